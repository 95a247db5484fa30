import { Alliance } from './alliance';
import { builder } from './builder';
import { defineGraphNode, linkedNode, linkedNodes } from './graph-node';
import { Policy } from './policy';

export const Region = defineGraphNode('Region');

builder.objectFields(Region, (t) => ({
  alliances: t.field({ type: [Alliance], description: 'Alliances that work in this region.', resolve: (r, _a, ctx) => linkedNodes(ctx, 'IN_REGION', 'in', 'Region', ['Alliance'], r.key) }),
  policy: t.field({ type: Policy, description: 'The policy or guideline that describes the region.', resolve: async (r, _a, ctx) => (await linkedNode(ctx, 'IN_POLICY', 'out', 'Region', ['Policy'], r.key))! }),
}));
