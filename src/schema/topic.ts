import { builder } from './builder';
import { Criterion } from './criterion';
import { arrayConnection, defineGraphNode, linkedNodes, totalCountField } from './graph-node';

export const Topic = defineGraphNode('Topic');

builder.objectFields(Topic, (t) => ({
  criteria: t.connection(
    { type: Criterion, description: 'Requirements on this topic, across insurers and years.', resolve: async (topic, args, ctx) => arrayConnection(args, () => linkedNodes(ctx, 'HAS_TOPIC', 'in', 'Topic', ['Criterion'], topic.key)) },
    { name: 'TopicCriteriaConnection', description: 'A page of requirements on the topic.', fields: totalCountField },
  ),
}));
