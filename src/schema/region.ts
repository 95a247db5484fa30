import { Alliance } from './alliance';
import { builder } from './builder';
import type { Row } from '../engine/graph-engine';
import { defineGraphNode, linkedNode, linkedNodes } from './graph-node';
import { Policy } from './policy';

export const Region = defineGraphNode('Region', { rootList: false });

builder.objectFields(Region, (t) => ({
  alliances: t.field({ type: [Alliance], description: 'Alliances that work in this region.', resolve: (r, _a, ctx) => linkedNodes(ctx, 'IN_REGION', 'in', 'Region', ['Alliance'], r.key) }),
  policy: t.field({ type: Policy, description: 'The policy or guideline that describes the region.', resolve: async (r, _a, ctx) => (await linkedNode(ctx, 'IN_POLICY', 'out', 'Region', ['Policy'], r.key))! }),
}));

builder.queryField('regions', (t) =>
  t.field({
    type: [Region],
    description: 'Regions in which parties work together, by name; each with its alliances and their partners.',
    args: { withAlliances: t.arg.boolean({ description: 'Only regions where at least one alliance works.' }) },
    resolve: async (_root, args, ctx) =>
      (await ctx.db.read('region/find-regions', { withAlliances: args.withAlliances ?? false })).map((r) => r.node as Row),
  }),
);
