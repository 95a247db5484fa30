import type { NodeRow } from '../model/rows';
import { builder } from './builder';
import { CareType } from './care-type';
import { weighs } from './cost';
import { givenKeys, parseYear, requireKeys, type NamedKeys } from './arguments';
import type { RowOf } from '../engine/statements';
import { Insurer } from './insurer';
import { Policy } from './policy';
import { ReachedNodes } from './reached-nodes';
import { SourceDocument } from './source-document';
import { BINDING_FORCES, BINDING_PARTIES } from './statement-filters';
import { Topic } from './topic';

/** What the graph holds on one topic for one insurer, care type and year. */
interface TopicCount {
  topic: NodeRow<'Topic'>;
  statements: number;
  binding: number;
}

/** One cell of the coverage matrix: an insurer, a care type and a year the graph holds a policy for. */
interface CoverageCell {
  insurer: NodeRow<'Insurer'>;
  careType: NodeRow<'CareType'>;
  year: number;
  policies: Array<NodeRow<'Policy'>>;
  documents: Array<NodeRow<'SourceDocument'>>;
  topics: TopicCount[];
}

type CoverageRow = RowOf<'policy/find-coverage'>;
type CoverageAnswerRow = RowOf<'policy/answer-coverage.neo4j'>;

interface CoverageAnswer {
  cells: CoverageCell[];
  emptyReason: string | null;
}

const TopicCoverage = builder.objectRef<TopicCount>('TopicCoverage').implement({
  description: 'A topic the policies of a coverage cell state something on, with how much.',
  fields: (t) => ({
    topic: t.field({ type: Topic, description: 'The topic.', resolve: (c) => c.topic }),
    statements: t.int({
      description:
        'How many current statements (of any force and party) the cell’s policies make on it, whichever of their care types a statement is about.',
      resolve: (c) => c.statements,
    }),
    binding: t.int({
      description:
        'How many of them bind the provider (forces requirement and condition, party provider or provider-and-insurer: what `requirements` answers by default).',
      resolve: (c) => c.binding,
    }),
  }),
});

const CoverageCellRef = builder.objectRef<CoverageCell>('CoverageCell').implement({
  description:
    'What the graph holds for one insurer, care type and year: the policies (issued by the insurer or purchasing on its behalf) that cover the care type in that year, their source documents, and the topics they state something on.',
  fields: (t) => ({
    insurer: t.field({ type: Insurer, description: 'The insurer.', resolve: (c) => c.insurer }),
    careType: t.field({ type: CareType, description: 'The care type the policies cover.', resolve: (c) => c.careType }),
    year: t.int({ description: 'The year the policies cover.', resolve: (c) => c.year }),
    policies: t.field({
      type: [Policy],
      description: 'The policies, by key (a version reconstructed from a later change table included).',
      resolve: (c) => c.policies,
    }),
    documents: t.field({
      type: [SourceDocument],
      description: 'The source documents the policies are documented in.',
      resolve: (c) => c.documents,
    }),
    topics: t.field({
      type: [TopicCoverage],
      description:
        'The topics the policies state something on, by key; a topic missing here is one the graph holds no statement on for this cell.',
      resolve: (c) => c.topics,
    }),
  }),
});

const Coverage = builder.objectRef<CoverageAnswer>('Coverage').implement({
  description: 'Which policies and documents the graph holds, per insurer, care type and year, and what they address.',
  fields: (t) => ({
    cells: t.field({
      type: [CoverageCellRef],
      description:
        'One cell per insurer, care type and year the graph holds a policy for, by insurer, care type and year.',
      resolve: (a) => a.cells,
    }),
    emptyReason: t.string({
      nullable: true,
      description:
        'Null when there is a cell; otherwise why not, in words (no policy of that insurer for that care type).',
      resolve: (a) => a.emptyReason,
    }),
  }),
});

builder.queryField('coverage', (t) =>
  t.field({
    type: Coverage,
    // One statement over every policy and its statements.
    extensions: weighs(100),
    description:
      'What the graph holds, insurer by care type by year: the policies and source documents, and per topic how many statements (and how many binding ones) they make. Answers "is there a hospital policy of a.s.r. at all?" before a comparison shows an empty cell.',
    args: {
      insurer: t.arg.string({
        description: 'Only this insurer (key); its policies include those purchasing on its behalf.',
      }),
      careType: t.arg.string({ description: 'Only this care type (key), narrower care types included.' }),
      year: t.arg.int({ description: 'Only this year. Without it: every year a policy covers, every version.' }),
    },
    resolve: async (_root, args, ctx) => {
      const year = parseYear('year', args.year);
      const keys: NamedKeys = [
        ['insurer', 'Insurer', args.insurer],
        ['careType', 'CareType', args.careType],
      ];
      const params = {
        insurer: args.insurer ?? '',
        careType: args.careType ?? '',
        year: year ?? 0,
        forces: [...BINDING_FORCES],
        parties: [...BINDING_PARTIES],
      };
      let rows: ReadonlyArray<CoverageRow>;
      if (ctx.nestedReads) {
        // One statement on Neo4j: the keys asked come with the answer.
        givenKeys(keys);
        const [answer] = await ctx.db.read('policy/answer-coverage.neo4j', params);
        if (!answer) throw new Error('policy/answer-coverage.neo4j returned no row');
        if (params.insurer) ctx.loaders.prime('Insurer', params.insurer, answer.insurer);
        if (params.careType) ctx.loaders.prime('CareType', params.careType, answer.careType);
        await requireKeys(ctx, keys);
        rows = coverageRows(answer);
      } else {
        await requireKeys(ctx, keys);
        rows = await ctx.db.read('policy/find-coverage', params);
      }
      const cells = new Map<string, CoverageCell>();
      for (const row of rows) {
        if (!row.asked) continue;
        for (const y of row.policy.years) {
          if (year && y !== year) continue;
          const id = `${row.insurer.key}|${row.careType.key}|${y}`;
          let cell = cells.get(id);
          if (!cell) {
            cell = { insurer: row.insurer, careType: row.careType, year: y, policies: [], documents: [], topics: [] };
            cells.set(id, cell);
          }
          if (!cell.policies.some((p) => p.key === row.policy.key)) cell.policies.push(row.policy);
          if (row.document && !cell.documents.some((d) => d.key === row.document!.key))
            cell.documents.push(row.document);
          if (!row.topic) continue;
          const topic = cell.topics.find((c) => c.topic.key === row.topic!.key);
          if (topic) {
            topic.statements += row.statements;
            topic.binding += row.binding;
          } else cell.topics.push({ topic: row.topic, statements: row.statements, binding: row.binding });
        }
      }
      const sorted = [...cells.values()].sort(
        (a, b) =>
          a.insurer.key.localeCompare(b.insurer.key) || a.careType.key.localeCompare(b.careType.key) || a.year - b.year,
      );
      for (const cell of sorted) cell.topics.sort((a, b) => a.topic.key.localeCompare(b.topic.key));
      if (sorted.length > 0) return { cells: sorted, emptyReason: null };
      const instead = [...new Set(rows.map((r) => r.careType.key))].sort();
      return { cells: sorted, emptyReason: noCoverage(args.insurer, args.careType, year, instead) };
    },
  }),
);

function noCoverage(
  insurer: string | null | undefined,
  careType: string | null | undefined,
  year: number | undefined,
  instead: string[],
): string {
  const whose = insurer ? ` of ${insurer}` : '';
  const covering = careType ? ` covering ${careType} (or a narrower care type)` : '';
  const when = year ? ` for ${year}` : '';
  const whoseInstead = insurer ? `Its policies${when}` : `The policies in the graph${when}`;
  const other = instead.length > 0 ? ` ${whoseInstead} cover ${instead.join(', ')}.` : '';
  return `No policy${whose}${covering}${when}: the graph holds none.${other}`;
}

/**
 * The rows policy/find-coverage gives, from Neo4j's answer per policy: every insurer by care type by document
 * by topic of a policy (a policy that states nothing on any topic: one row without a topic), in the order of
 * the policies' keys, so that a cell lists its policies and documents as on the embedded engine.
 */
function coverageRows(answer: CoverageAnswerRow): CoverageRow[] {
  const reached = new ReachedNodes(answer.reached, 'policy/answer-coverage.neo4j');
  const rows: CoverageRow[] = [];
  for (const p of answer.policies) {
    const documents = p.documents.length > 0 ? p.documents.map((k) => reached.node('SourceDocument', k)) : [null];
    const topics =
      p.topics.length > 0
        ? p.topics.map((t) => ({ topic: reached.node('Topic', t.key), statements: t.statements, binding: t.binding }))
        : [{ topic: null, statements: 0, binding: 0 }];
    for (const insurerKey of p.insurers) {
      const insurer = reached.node('Insurer', insurerKey);
      for (const ct of p.careTypes) {
        const careType = reached.node('CareType', ct.key);
        for (const document of documents)
          for (const t of topics) rows.push({ insurer, careType, policy: p.node, document, ...t, asked: ct.asked });
      }
    }
  }
  return rows;
}
