import { builder } from './builder';
import { weighs } from './cost';
import { parseDate, parseYear, requireKeys } from './arguments';
import { Criterion } from './criterion';
import { arrayConnection, DateScalar, totalCountField } from './graph-node';
import { followNode } from './links';
import { statementFilterParams, statementFilters } from './statement-filters';
import { checkPage } from './pagination';
import { Insurer } from './insurer';
import { Policy } from './policy';
import { ProviderType } from './provider-type';

/** One answer to "which requirements apply to this provider type": the criterion, where, and through what. */
interface RequirementRow {
  criterion: string;
  policy: string;
  appliesVia: string;
}

export const Requirement = builder.objectRef<RequirementRow>('Requirement').implement({
  description: 'A requirement that applies to the asked provider type, in one policy.',
  fields: (t) => ({
    criterion: t.field({
      type: Criterion,
      description: 'The requirement, with its text, kind, topic and citation.',
      resolve: (r, _a, ctx) => ctx.loaders.node('Criterion', r.criterion),
    }),
    policy: t.field({
      type: Policy,
      description: 'The policy that states it.',
      resolve: (r, _a, ctx) => ctx.loaders.node('Policy', r.policy),
    }),
    insurer: t.field({
      type: Insurer,
      nullable: true,
      description: 'The insurer (or purchasing organisation) issuing that policy; null for a joint guideline.',
      resolve: (r, _a, ctx) => followNode(ctx, 'ISSUED_BY', 'out', 'Policy', ['Insurer'], r.policy),
    }),
    appliesVia: t.field({
      type: ProviderType,
      description: 'The provider type the requirement names: the asked one, or a broader type it belongs to.',
      resolve: (r, _a, ctx) => ctx.loaders.node('ProviderType', r.appliesVia),
    }),
  }),
});

builder.queryField('requirements', (t) =>
  t.connection(
    {
      type: Requirement,
      // Walks the provider-type and care-type hierarchies over every policy in scope.
      extensions: weighs(300),
      description:
        'Every requirement that applies to a provider type, directly or through a broader type in the hierarchy, ordered by policy and criterion.',
      args: {
        providerType: t.arg.string({ required: true, description: 'Key of the provider type, e.g. "zbc".' }),
        insurer: t.arg.string({
          description: 'Only policies issued by, or purchasing on behalf of, this insurer (key).',
        }),
        careType: t.arg.string({
          description: 'Only requirements of policies covering this care type (or a narrower one), or about it (key).',
        }),
        year: t.arg.int({
          description: 'Only policies covering this year. Without it: the latest version of each policy.',
        }),
        knownAt: t.arg({
          type: DateScalar,
          description:
            'Date of knowledge: amendments dated after it are not yet applied. Without it: all amendments are applied.',
        }),
        topic: t.arg.string({ description: 'Only requirements on this topic (key, see `topics`).' }),
        ...statementFilters(t.arg),
        includeGuidelines: t.arg.boolean({
          description:
            'Also what guidelines (the ZN/LHV/InEen leidraad) expect, which binds no one. Default: only the insurers’ policies.',
        }),
      },
      resolve: async (_root, args, ctx) => {
        checkPage(args);
        const year = parseYear('year', args.year);
        const knownAt = parseDate('knownAt', args.knownAt);
        await requireKeys(ctx, [
          ['providerType', 'ProviderType', args.providerType],
          ['insurer', 'Insurer', args.insurer],
          ['careType', 'CareType', args.careType],
          ['topic', 'Topic', args.topic],
        ]);
        const rows = await ctx.db.read('requirement/find-requirements', {
          providerType: args.providerType,
          insurer: args.insurer ?? '',
          careType: args.careType ?? '',
          topic: args.topic ?? '',
          year: year ?? 0,
          knownAt: knownAt ?? '',
          ...statementFilterParams(args),
          includeGuidelines: args.includeGuidelines ?? false,
        });
        return arrayConnection(args, mostSpecificPerCriterion(rows));
      },
    },
    { name: 'RequirementConnection', description: 'A page of requirements.', fields: totalCountField },
  ),
);

/** A criterion reached through several types in the hierarchy is listed once, under the most specific one. */
function mostSpecificPerCriterion(rows: readonly RequirementRow[]): RequirementRow[] {
  const seen = new Set<string>();
  const out: RequirementRow[] = [];
  for (const { criterion, policy, appliesVia } of rows) {
    const key = `${policy}|${criterion}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ criterion, policy, appliesVia });
  }
  return out;
}
