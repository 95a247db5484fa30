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
}
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
      'For every requirement topic, per insurer, the requirements that reach a provider type (through the hierarchy), empty where an insurer states nothing on the topic.',
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
      };
      const { rows, topics } = ctx.nestedReads
        ? await answerComparison(ctx, keys, params)
        : await findComparison(ctx, keys, params);
      const insurers = asked.length > 0 ? asked : [...new Set(rows.map((r) => r.insurer))].sort();
      return topics.map((topic) => {
        return {
          topic,
          insurers: insurers.map((insurer) => ({
            insurer,
            criteria: rows.filter((r) => r.topic === topic.key && r.insurer === insurer).map((r) => r.criterion),
          })),
        };
      });
    },
  }),
);

type ComparisonParams = ParamsOf<'requirement/compare-requirements'>;
interface ComparisonRows {
  rows: Array<{ topic: string; insurer: string; criterion: string }>;
  topics: Array<NodeRow<'Topic'>>;
}

/** The comparison as keys, the nodes left to the loaders (the embedded engine). */
async function findComparison(ctx: Context, keys: NamedKeys, params: ComparisonParams): Promise<ComparisonRows> {
  await requireKeys(ctx, keys);
  const [rows, topics] = await Promise.all([
    ctx.db.read('requirement/compare-requirements', params),
    ctx.db.read('model/topic/list', { skip: 0, limit: 1000 }),
  ]);
  return { rows, topics: topics.map((t) => t.node) };
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
  return { rows: answer.rows, topics: answer.topics };
}
