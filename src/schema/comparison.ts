import type { NodeRow } from '../model/rows';
import { builder } from './builder';
import { weighs } from './cost';
import { givenKeys, parseYear, requireKeys, type NamedKeys } from './arguments';
import type { Context } from './context';
import type { ParamsOf } from '../engine/statements';
import { Criterion } from './criterion';
import { Insurer } from './insurer';
import { statementFilterParams, statementFilters } from './statement-filters';
import { Topic } from './topic';

/** The cross-insurer view: per requirement topic, what each insurer asks of a provider type. */
interface InsurerEntry {
  insurer: string;
  criteria: string[];
  status: CellStatus;
  reason: string | null;
}

/** Why an insurer's cell holds what it holds; see ComparisonStatus. */
type CellStatus = 'STATED' | 'NOT_ASKED_FOR' | 'NO_STATEMENT' | 'NO_POLICY';

const ComparisonStatus = builder.enumType('ComparisonStatus', {
  description: 'What one insurer’s cell of the comparison means, so that an empty one can be read.',
  values: {
    STATED: { description: 'The insurer’s policy states requirements on the topic that reach the provider type.' },
    NOT_ASKED_FOR: {
      description:
        'The insurer’s policy states something on the topic for the provider type, but none of it has the forces and parties asked.',
    },
    NO_STATEMENT: {
      description:
        'The insurer has a policy with statements for the provider type, but none on this topic (the graph holds the statements curated from the sources; the source text no statement cites can be searched as SOURCE_TEXT).',
    },
    NO_POLICY: {
      description:
        'The graph holds no policy of the insurer (in the year asked, or its latest version) that states anything for the provider type or a broader type: for a.s.r. and a hospital, the sources hold no hospital policy at all.',
    },
  } as const,
});
interface TopicEntry {
  topic: NodeRow<'Topic'>;
  insurers: InsurerEntry[];
}

const InsurerRequirements = builder.objectRef<InsurerEntry>('InsurerRequirements').implement({
  description: 'What one insurer requires on one topic; an empty list where it states nothing on it.',
  fields: (t) => ({
    insurer: t.field({
      type: Insurer,
      description: 'The insurer.',
      resolve: (e, _a, ctx) => ctx.loaders.node('Insurer', e.insurer),
    }),
    criteria: t.field({
      type: [Criterion],
      description: 'Its requirements on the topic that reach the provider type.',
      resolve: (e, _a, ctx) => ctx.loaders.allNodes('Criterion', e.criteria),
    }),
    count: t.int({ description: 'How many requirements.', resolve: (e) => e.criteria.length }),
    status: t.field({
      type: ComparisonStatus,
      description: 'STATED, or why the list is empty: NO_POLICY, NO_STATEMENT (on this topic) or NOT_ASKED_FOR.',
      resolve: (e) => e.status,
    }),
    reason: t.string({
      nullable: true,
      description:
        'Null when the insurer states requirements on the topic; otherwise why the list is empty, in words, naming the policies looked in.',
      resolve: (e) => e.reason,
    }),
  }),
});

const TopicComparison = builder.objectRef<TopicEntry>('TopicComparison').implement({
  description: 'One requirement topic, with what each compared insurer requires on it.',
  fields: (t) => ({
    topic: t.field({ type: Topic, description: 'The topic.', resolve: (e) => e.topic }),
    insurers: t.field({
      type: [InsurerRequirements],
      description: 'Per insurer, in the order asked (or by key).',
      resolve: (e) => e.insurers,
    }),
  }),
});

builder.queryField('compareRequirements', (t) =>
  t.field({
    type: [TopicComparison],
    // What requirements reads, once per insurer compared.
    extensions: weighs(600),
    description:
      'For every requirement topic, per insurer, the requirements that reach a provider type (through the hierarchy), empty where an insurer states nothing on the topic; each insurer’s `status` and `reason` tell "no policy" from "no statement on the topic".',
    args: {
      providerType: t.arg.string({
        description:
          'Key of the provider type, e.g. "ziekenhuis"; without it, every requirement, whichever providers it is for.',
      }),
      insurers: t.arg.stringList({
        description:
          'Keys of the insurers to compare; without it, every insurer that issues a policy with requirements for the type.',
      }),
      year: t.arg.int({
        description: 'Only policies covering this year. Without it: the latest version of each policy.',
      }),
      ...(({ forces, parties }) => ({ forces, parties }))(statementFilters(t.arg)),
      includeNarrower: t.arg.boolean({
        description:
          'Also statements scoped to a narrower provider type (what is asked of a huisarts, for a huisartsenpraktijk); each criterion’s `appliesTo` names the type it is scoped to. Default: only the type itself and its broader types.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const year = parseYear('year', args.year);
      const asked = [...new Set(args.insurers ?? [])];
      const keys: NamedKeys = [
        ['providerType', 'ProviderType', args.providerType],
        ...asked.map((k, i): [string, 'Insurer', string] => [`insurers[${i}]`, 'Insurer', k]),
      ];
      const params = {
        providerType: args.providerType ?? '',
        insurers: asked,
        year: year ?? 0,
        ...(({ forces, parties }) => ({ forces, parties }))(statementFilterParams(args)),
        includeNarrower: args.includeNarrower ?? false,
      };
      const { rows, topics, scope } = ctx.nestedReads
        ? await answerComparison(ctx, keys, params)
        : await findComparison(ctx, keys, params);
      const insurers = asked.length > 0 ? asked : [...new Set(rows.map((r) => r.insurer))].sort();
      return topics.map((topic) => {
        return {
          topic,
          insurers: insurers.map((insurer) => {
            const criteria = rows.filter((r) => r.topic === topic.key && r.insurer === insurer).map((r) => r.criterion);
            return { insurer, criteria, ...cellStatus(params, scope, insurer, topic.key, criteria.length) };
          }),
        };
      });
    },
  }),
);

type ComparisonParams = ParamsOf<'requirement/compare-requirements'>;
type ScopeRow = { insurer: string; policy: string; topic: string; statements: number };
interface ComparisonRows {
  rows: Array<{ topic: string; insurer: string; criterion: string }>;
  topics: Array<NodeRow<'Topic'>>;
  /** Per insurer, policy and topic, the statements reaching the provider type whatever their force and party. */
  scope: readonly ScopeRow[];
}

/** What an insurer's cell means, and in words why it is empty. */
function cellStatus(
  params: ComparisonParams,
  scope: readonly ScopeRow[],
  insurer: string,
  topic: string,
  found: number,
): { status: CellStatus; reason: string | null } {
  if (found > 0) return { status: 'STATED', reason: null };
  const mine = scope.filter((r) => r.insurer === insurer);
  const policies = [...new Set(mine.map((r) => r.policy))].join(', ');
  const forType = params.providerType ? ` for ${params.providerType}` : '';
  const when = params.year ? ` for ${params.year}` : ' (latest versions)';
  if (mine.length === 0)
    return {
      status: 'NO_POLICY',
      reason: params.providerType
        ? `No policy of ${insurer}${when} in the graph states anything for ${params.providerType} or a broader type${params.includeNarrower ? ' or a narrower one' : ''}: the graph holds no such policy (see coverage).`
        : `No policy of ${insurer}${when} in the graph (see coverage).`,
    };
  const onTopic = mine.filter((r) => r.topic === topic).reduce((n, r) => n + r.statements, 0);
  if (onTopic === 0)
    return {
      status: 'NO_STATEMENT',
      reason: `A policy, but no statement on ${topic}${forType}: ${policies} state${policies.includes(',') ? '' : 's'} nothing on it. The graph holds the statements curated from the sources; the source text no statement cites can be searched (search with kinds SOURCE_TEXT) and read (sourceDocument.passage).`,
    };
  return {
    status: 'NOT_ASKED_FOR',
    reason: `${policies} state${policies.includes(',') ? '' : 's'} ${onTopic} statement${onTopic === 1 ? '' : 's'} on ${topic}${forType}, none with the forces (${params.forces.join(', ')}) and parties (${params.parties.join(', ')}) asked.`,
  };
}

/** The comparison as keys, the nodes left to the loaders (the embedded engine). */
async function findComparison(ctx: Context, keys: NamedKeys, params: ComparisonParams): Promise<ComparisonRows> {
  await requireKeys(ctx, keys);
  const { forces: _forces, parties: _parties, ...scopeParams } = params;
  const [rows, topics, scope] = await Promise.all([
    ctx.db.read('requirement/compare-requirements', params),
    ctx.db.read('model/topic/list', { skip: 0, limit: 1000 }),
    ctx.db.read('requirement/find-comparison-scope', scopeParams),
  ]);
  return { rows, topics: topics.map((t) => t.node), scope };
}

/** The comparison in one statement (Neo4j), its nodes primed into the request's loaders. */
async function answerComparison(ctx: Context, keys: NamedKeys, params: ComparisonParams): Promise<ComparisonRows> {
  givenKeys(keys);
  const [answer] = await ctx.db.read('requirement/answer-compare-requirements.neo4j', params);
  if (!answer) throw new Error('requirement/answer-compare-requirements.neo4j returned no row');
  const { loaders } = ctx;
  if (params.providerType) loaders.prime('ProviderType', params.providerType, answer.asked);
  for (const { key, node } of answer.insurers) loaders.prime('Insurer', key, node);
  await requireKeys(ctx, keys);
  for (const insurer of answer.rowInsurers) loaders.prime('Insurer', insurer.key, insurer);
  for (const criterion of answer.criteria) loaders.prime('Criterion', criterion.key, criterion);
  return { rows: answer.rows, topics: answer.topics, scope: answer.scope };
}
