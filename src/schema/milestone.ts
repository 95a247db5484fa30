import { Amendment } from './amendment';
import { builder } from './builder';
import { PolicyChange } from './policy-change';
import { givenKeys, parseDate, requireKeys, type NamedKeys } from './arguments';
import { DateScalar, defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Policy } from './policy';
import { ProviderType } from './provider-type';
import { Reference } from './unions';

export const Milestone = defineGraphNode('Milestone', { rootList: false });

builder.objectFields(Milestone, (t) => {
  const link = linksOf(t, 'Milestone');
  return {
    policy: link.one('IN_POLICY', 'out', Policy, 'The policy whose purchasing round this milestone belongs to.'),
    audienceTypes: link.many('FOR_PROVIDER_TYPE', 'out', ProviderType, 'Provider types the milestone is addressed to.'),
    refersTo: link.many(
      'REFERS_TO',
      'out',
      Reference,
      'Organisations (e.g. VECOZO as channel) the milestone refers to.',
    ),
    documentedChanges: link.many('AFFECTS', 'in', PolicyChange, 'Documented changes that affect this milestone.'),
    amendments: link.many('AFFECTS', 'in', Amendment, 'Dated amendments that affect this milestone.'),
  };
});

builder.queryField('milestones', (t) =>
  t.field({
    type: [Milestone],
    description: 'The purchasing calendar: milestones by date (those without a day last).',
    args: {
      from: t.arg({ type: DateScalar, description: 'Only milestones on or after this day.' }),
      to: t.arg({ type: DateScalar, description: 'Only milestones on or before this day.' }),
      insurer: t.arg.string({
        description: 'Only milestones of policies issued by, or purchasing for, this insurer (key).',
      }),
      audience: t.arg.string({
        description: 'Only milestones addressed to this provider type or a broader one (key, e.g. "zbc").',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const from = parseDate('from', args.from);
      const to = parseDate('to', args.to);
      const keys: NamedKeys = [
        ['insurer', 'Insurer', args.insurer],
        ['audience', 'ProviderType', args.audience],
      ];
      const params = { from: from ?? '', to: to ?? '', insurer: args.insurer ?? '', audience: args.audience ?? '' };
      if (ctx.nestedReads) {
        // One statement: the keys asked and the milestones, the keys primed for the check below.
        givenKeys(keys);
        const [answer] = await ctx.db.read('milestone/answer-milestones.neo4j', params);
        if (!answer) throw new Error('milestone/answer-milestones.neo4j returned no row');
        if (params.insurer) ctx.loaders.prime('Insurer', params.insurer, answer.insurer);
        if (params.audience) ctx.loaders.prime('ProviderType', params.audience, answer.audience);
        await requireKeys(ctx, keys);
        return answer.milestones;
      }
      await requireKeys(ctx, keys);
      return (await ctx.db.read('milestone/find-milestones', params)).map((r) => r.node);
    },
  }),
);
