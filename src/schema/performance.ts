import { builder } from './builder';
import { CareType } from './care-type';
import { defineGraphNode, linkedNode, linkedNodes } from './graph-node';
import { Policy } from './policy';
import { PolicyChange } from './policy-change';
import { ProviderType } from './provider-type';

export const Performance = defineGraphNode('Performance');

builder.objectFields(Performance, (t) => ({
  policy: t.field({ type: Policy, description: 'The policy that treats the prestatie this way.', resolve: async (p, _a, ctx) => (await linkedNode(ctx, 'IN_POLICY', 'out', 'Performance', ['Policy'], p.key))! }),
  careTypes: t.field({ type: [CareType], description: 'Care types of the prestatie.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'CONCERNS', 'out', 'Performance', ['CareType'], p.key) }),
  contractedBy: t.field({ type: [ProviderType], description: 'Provider types that can contract it.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'CONTRACTED_BY', 'out', 'Performance', ['ProviderType'], p.key) }),
  previousVersion: t.field({ type: Performance, nullable: true, description: 'The same prestatie in the previous version of the policy.', resolve: (p, _a, ctx) => linkedNode(ctx, 'PREVIOUS_VERSION', 'out', 'Performance', ['Performance'], p.key) }),
  nextVersion: t.field({ type: Performance, nullable: true, description: 'The same prestatie in the next version of the policy.', resolve: (p, _a, ctx) => linkedNode(ctx, 'PREVIOUS_VERSION', 'in', 'Performance', ['Performance'], p.key) }),
  documentedChanges: t.field({ type: [PolicyChange], description: 'Changes the insurer documents about this prestatie.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'AFFECTS', 'in', 'Performance', ['PolicyChange'], p.key) }),
}));
