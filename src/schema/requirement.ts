import { builder } from './builder';
import { ReachedNodes } from './reached-nodes';
import { weighs } from './cost';
import { givenKeys, parseDate, parseYear, requireKeys, type NamedKeys } from './arguments';
import type { Context } from './context';
import type { ParamsOf } from '../engine/statements';
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
        const keys: NamedKeys = [
          ['providerType', 'ProviderType', args.providerType],
          ['insurer', 'Insurer', args.insurer],
          ['careType', 'CareType', args.careType],
          ['topic', 'Topic', args.topic],
        ];
        const params = {
          providerType: args.providerType,
          insurer: args.insurer ?? '',
          careType: args.careType ?? '',
          topic: args.topic ?? '',
          year: year ?? 0,
          knownAt: knownAt ?? '',
          ...statementFilterParams(args),
          includeGuidelines: args.includeGuidelines ?? false,
        };
        const rows = ctx.nestedReads
          ? await answerRequirements(ctx, keys, params)
          : await findRequirements(ctx, keys, params);
        return arrayConnection(args, mostSpecificPerCriterion(rows));
      },
    },
    { name: 'RequirementConnection', description: 'A page of requirements.', fields: totalCountField },
  ),
);

type RequirementParams = ParamsOf<'requirement/find-requirements'>;

/** The requirements as keys, their nodes and links left to the loaders (the embedded engine). */
async function findRequirements(ctx: Context, keys: NamedKeys, params: RequirementParams): Promise<RequirementRow[]> {
  await requireKeys(ctx, keys);
  return ctx.db.read('requirement/find-requirements', params);
}

/**
 * The requirements and what the usual selection follows from them, in one statement (Neo4j): the loaders
 * are primed with every node and link it returned, the keys the question named included, so that the
 * rest of the request asks nothing more.
 */
async function answerRequirements(ctx: Context, keys: NamedKeys, params: RequirementParams): Promise<RequirementRow[]> {
  givenKeys(keys);
  const [answer] = await ctx.db.read('requirement/answer-requirements.neo4j', params);
  if (!answer) throw new Error('requirement/answer-requirements.neo4j returned no row');
  const { loaders } = ctx;
  if (params.providerType) loaders.prime('ProviderType', params.providerType, answer.asked);
  if (params.insurer) loaders.prime('Insurer', params.insurer, answer.insurer);
  if (params.careType) loaders.prime('CareType', params.careType, answer.careType);
  if (params.topic) loaders.prime('Topic', params.topic, answer.topic);
  await requireKeys(ctx, keys);
  for (const { node, issuedBy } of answer.policies) {
    loaders.prime('Policy', node.key, node);
    loaders.primeLinks('ISSUED_BY', 'out', 'Policy', 'Insurer', node.key, issuedBy);
  }
  for (const type of answer.providerTypes) loaders.prime('ProviderType', type.key, type);
  const topics = new ReachedNodes(answer.topics, 'requirement/answer-requirements.neo4j');
  return answer.items.map((item) => {
    loaders.prime('Criterion', item.criterion.key, item.criterion);
    loaders.primeLinks('HAS_TOPIC', 'out', 'Criterion', 'Topic', item.criterion.key, topics.links('Topic', item.topic));
    loaders.primeLinks('WITHDRAWN_BY', 'out', 'Criterion', 'Amendment', item.criterion.key, item.withdrawnBy);
    return { criterion: item.criterion.key, policy: item.policy, appliesVia: item.appliesVia };
  });
}

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
