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
    resolve: async (_root, args, ctx) => {
      const params = { withAlliances: args.withAlliances ?? false };
      if (!ctx.nestedReads) return (await ctx.db.read('region/find-regions', params)).map((r) => r.node);
      // One statement: the regions with their alliances, partners and policies, primed for the fields below.
      const [answer] = await ctx.db.read('region/answer-regions.neo4j', params);
      if (!answer) throw new Error('region/answer-regions.neo4j returned no row');
      const { regions } = answer;
      for (const { node, alliances } of regions) {
        ctx.loaders.primeLinks('IN_REGION', 'in', 'Region', 'Alliance', node.key, alliances);
        for (const a of alliances) {
          ctx.loaders.primeAllLinks('PARTNER', 'out', 'Alliance', a.node.key, a.partners);
          ctx.loaders.primeLinks('IN_POLICY', 'out', 'Alliance', 'Policy', a.node.key, a.policy);
        }
      }
      return regions.map((r) => r.node);
    },
  }),
);
