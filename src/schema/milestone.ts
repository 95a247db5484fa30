import { builder } from './builder';
import type { Row } from '../engine/graph-engine';
import { parseDate, requireKeys } from './arguments';
import { DateScalar, defineGraphNode, linkedNode, linkedNodes } from './graph-node';
import { Policy } from './policy';
import { ProviderType } from './provider-type';
import { Reference } from './unions';

export const Milestone = defineGraphNode('Milestone', { rootList: false });

builder.objectFields(Milestone, (t) => ({
  policy: t.field({ type: Policy, description: 'The policy whose purchasing round this milestone belongs to.', resolve: async (m, _a, ctx) => (await linkedNode(ctx, 'IN_POLICY', 'out', 'Milestone', ['Policy'], m.key))! }),
  audienceTypes: t.field({ type: [ProviderType], description: 'Provider types the milestone is addressed to.', resolve: (m, _a, ctx) => linkedNodes(ctx, 'FOR_PROVIDER_TYPE', 'out', 'Milestone', ['ProviderType'], m.key) }),
  refersTo: t.field({ type: [Reference], description: 'Organisations (e.g. VECOZO as channel) the milestone refers to.', resolve: (m, _a, ctx) => linkedNodes(ctx, 'REFERS_TO', 'out', 'Milestone', ['Stakeholder', 'Framework', 'Insurer'], m.key) }),
}));

builder.queryField('milestones', (t) =>
  t.field({
    type: [Milestone],
    description: 'The purchasing calendar: milestones by date (those without a day last).',
    args: {
      from: t.arg({ type: DateScalar, description: 'Only milestones on or after this day.' }),
      to: t.arg({ type: DateScalar, description: 'Only milestones on or before this day.' }),
      insurer: t.arg.string({ description: 'Only milestones of policies issued by, or purchasing for, this insurer (key).' }),
      audience: t.arg.string({ description: 'Only milestones addressed to this provider type or a broader one (key, e.g. "zbc").' }),
    },
    resolve: async (_root, args, ctx) => {
      const from = parseDate('from', args.from);
      const to = parseDate('to', args.to);
      await requireKeys(ctx, [
        ['insurer', 'Insurer', args.insurer],
        ['audience', 'ProviderType', args.audience],
      ]);
      const rows = await ctx.db.read('milestone/find-milestones', { from: from ?? '', to: to ?? '', insurer: args.insurer ?? '', audience: args.audience ?? '' });
      return rows.map((r) => r.node as Row);
    },
  }),
);
