import { Alliance } from './alliance';
import { builder } from './builder';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Policy } from './policy';

export const Region = defineGraphNode('Region', { rootList: false });

builder.objectFields(Region, (t) => {
  const link = linksOf(t, 'Region');
  return {
    alliances: link.many('IN_REGION', 'in', Alliance, 'Alliances that work in this region.'),
    policy: link.one('IN_POLICY', 'out', Policy, 'The policy or guideline that describes the region.'),
  };
});

builder.queryField('regions', (t) =>
  t.field({
    type: [Region],
    description: 'Regions in which parties work together, by name; each with its alliances and their partners.',
    args: { withAlliances: t.arg.boolean({ description: 'Only regions where at least one alliance works.' }) },
    resolve: async (_root, args, ctx) =>
      (await ctx.db.read('region/find-regions', { withAlliances: args.withAlliances ?? false })).map((r) => r.node),
  }),
);
