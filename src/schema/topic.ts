import { builder } from './builder';
import { Criterion } from './criterion';
import { arrayConnection, defineGraphNode, totalCountField } from './graph-node';
import { declareLink, followNodes } from './links';

export const Topic = defineGraphNode('Topic');

const criteriaLink = declareLink({ type: 'HAS_TOPIC', direction: 'in', self: 'Topic', others: ['Criterion'] });

builder.objectFields(Topic, (t) => ({
  criteria: t.connection(
    {
      type: Criterion,
      description: 'Requirements on this topic, across insurers and years.',
      resolve: (topic, args, ctx) =>
        arrayConnection(args, () => followNodes(ctx, 'HAS_TOPIC', 'in', 'Topic', criteriaLink.others, topic.key)),
    },
    { name: 'TopicCriteriaConnection', description: 'A page of requirements on the topic.', fields: totalCountField },
  ),
}));
