import { builder } from './builder';
import { CareType } from './care-type';
import { defineGraphNode, linkedNode, linkedNodes } from './graph-node';
import { Policy } from './policy';
import { ChangeTarget, Reference } from './unions';

export const PolicyChange = defineGraphNode('PolicyChange');

builder.objectFields(PolicyChange, (t) => ({
  policy: t.field({ type: Policy, description: 'The newer policy, which lists the change.', resolve: async (c, _a, ctx) => (await linkedNode(ctx, 'IN_POLICY', 'out', 'PolicyChange', ['Policy'], c.key))! }),
  comparedWith: t.field({ type: Policy, nullable: true, description: 'The previous version the change is measured against.', resolve: (c, _a, ctx) => linkedNode(ctx, 'COMPARED_WITH', 'out', 'PolicyChange', ['Policy'], c.key) }),
  affects: t.field({ type: [ChangeTarget], description: 'Requirements, prestaties, care types and provider types the change is about.', resolve: (c, _a, ctx) => linkedNodes(ctx, 'AFFECTS', 'out', 'PolicyChange', ['Criterion', 'Performance', 'CareType', 'ProviderType', 'Milestone'], c.key) }),
  careTypes: t.field({ type: [CareType], description: 'Care types the change concerns.', resolve: (c, _a, ctx) => linkedNodes(ctx, 'CONCERNS', 'out', 'PolicyChange', ['CareType'], c.key) }),
  refersTo: t.field({ type: [Reference], description: 'Organisations and frameworks the change refers to.', resolve: (c, _a, ctx) => linkedNodes(ctx, 'REFERS_TO', 'out', 'PolicyChange', ['Stakeholder', 'Framework', 'Insurer'], c.key) }),
}));
