import { builder } from './builder';
import { defineGraphNode, linkedNode, linkedNodes } from './graph-node';
import { Organization } from './organization';
import { Policy } from './policy';
import { Region } from './region';

export const Alliance = defineGraphNode('Alliance');

builder.objectFields(Alliance, (t) => ({
  partners: t.field({ type: [Organization], description: 'The parties in the alliance.', resolve: (a, _a, ctx) => linkedNodes(ctx, 'PARTNER', 'out', 'Alliance', ['Insurer', 'Stakeholder'], a.key) }),
  regions: t.field({ type: [Region], description: 'Regions the alliance works in.', resolve: (a, _a, ctx) => linkedNodes(ctx, 'IN_REGION', 'out', 'Alliance', ['Region'], a.key) }),
  policy: t.field({ type: Policy, description: 'The policy or guideline that describes the alliance.', resolve: async (a, _a, ctx) => (await linkedNode(ctx, 'IN_POLICY', 'out', 'Alliance', ['Policy'], a.key))! }),
}));
