import { builder } from './builder';
import { Criterion } from './criterion';
import { defineGraphNode, linkedNode, linkedNodes } from './graph-node';
import { Policy } from './policy';
import { ChangeTarget, Reference } from './unions';

export const Amendment = defineGraphNode('Amendment');

builder.objectFields(Amendment, (t) => ({
  policy: t.field({ type: Policy, description: 'The policy the amendment changes.', resolve: async (a, _a, ctx) => (await linkedNode(ctx, 'AMENDS', 'out', 'Amendment', ['Policy'], a.key))! }),
  withdraws: t.field({ type: [Criterion], description: 'Requirements this amendment withdrew (struck through in the source).', resolve: (a, _a, ctx) => linkedNodes(ctx, 'WITHDRAWN_BY', 'in', 'Amendment', ['Criterion'], a.key) }),
  adds: t.field({ type: [Criterion], description: 'Requirements this amendment added.', resolve: (a, _a, ctx) => linkedNodes(ctx, 'ADDED_BY', 'in', 'Amendment', ['Criterion'], a.key) }),
  affects: t.field({ type: [ChangeTarget], description: 'What the amendment affects.', resolve: (a, _a, ctx) => linkedNodes(ctx, 'AFFECTS', 'out', 'Amendment', ['Criterion', 'Performance', 'CareType', 'ProviderType', 'Milestone'], a.key) }),
  refersTo: t.field({ type: [Reference], description: 'Organisations and frameworks the amendment refers to.', resolve: (a, _a, ctx) => linkedNodes(ctx, 'REFERS_TO', 'out', 'Amendment', ['Stakeholder', 'Framework', 'Insurer'], a.key) }),
}));
