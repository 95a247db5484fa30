import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { alignEditions, newEdition, previousEdition, type Alignment } from '../ingest/align';
import { draftKeys, planDraft, writeDraft } from '../ingest/draft';
import { extractDocument } from '../ingest/extract';
import { proposeStatements } from '../ingest/propose';
import { loadVocabulary } from '../ingest/propose/vocabulary';
import { proposeProviderTypes, withProposedTypes } from '../ingest/propose/provider-types';
import { alignmentCounts, changeReport, countsLine } from '../ingest/report';
import { structure } from '../ingest/structure';
import { IngestError, type StructuredDocument } from '../ingest/types';
import { DRAFTS_FOLDER } from '../seed/draft-shape';
import { validateSeed } from '../seed/validate-seed';

/**
 * `zorginkoop ingest FILE --policy KEY --insurer KEY --year YYYY [--previous KEY] [--seed DIR]`: a new policy
 * document in, a draft and a change report out. Every refusal happens before anything is written, so a
 * wrong key or an unreadable file leaves the seed as it was.
 */

export const INGEST_USAGE =
  'zorginkoop ingest FILE --policy KEY --insurer KEY --year YYYY [--previous POLICY_KEY] [--seed DIR]';

export const INGEST_HELP = [
  'Reads FILE (PDF, HTML or plain text), finds its sections, lists and tables, and proposes cited criteria,',
  'milestones and change-table rows from its Dutch wording. Writes to the seed folder:',
  '  sources/NNN_<hash>.txt      the text as lines, which the draft cites',
  `  ${DRAFTS_FOLDER}/POLICY.yaml          the draft: policy, document and proposals, each reviewed: false`,
  `  ${DRAFTS_FOLDER}/POLICY.report.md     the change report against --previous: criteria and milestones unchanged,`,
  '                              reworded, date changed, moved, added, removed, and what the change table',
  '                              documents against what changed',
  `The seed loader skips ${DRAFTS_FOLDER}/ unless asked: \`zorginkoop serve --drafts\` serves the draft, flagged reviewed: false.`,
  "--policy: the new policy's key (not yet in the seed); --insurer: an insurer",
  'of the seed; --previous: the policy this one follows (e.g. vgz-msz-2024). --seed DIR: another seed folder.',
].join('\n');

export const INGEST_OPTIONS = ['policy', 'insurer', 'year', 'previous', 'seed'] as const;

const key = (what: string) =>
  z
    .string({ error: `--${what} KEY is needed` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `--${what} must be a key: lowercase letters, digits and single hyphens`);

const Arguments = z.object({
  file: z.string({ error: 'FILE is needed: the document to ingest' }),
  policy: key('policy'),
  insurer: key('insurer'),
  year: z
    .string({ error: '--year YYYY is needed' })
    .regex(/^\d{4}$/, '--year must be a year of four digits, e.g. 2025')
    .transform(Number)
    .refine((year) => year >= 2000 && year <= 2100, '--year must be from 2000 to 2100'),
  previous: key('previous').optional(),
  seed: z.string().optional(),
});

/** A refusal: one message naming what is wrong; exit code 2 for the arguments' shape, 1 for what they name. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

export async function runIngest(
  positionals: string[],
  options: Partial<Record<(typeof INGEST_OPTIONS)[number], string>>,
  defaultSeedDir: () => string,
): Promise<number> {
  try {
    return await ingest(positionals, options, defaultSeedDir);
  } catch (error) {
    if (error instanceof Refusal) {
      console.error(`zorginkoop ingest: ${error.message}${error.code === 2 ? `\nUsage: ${INGEST_USAGE}` : ''}`);
      return error.code;
    }
    if (error instanceof IngestError) {
      console.error(`zorginkoop ingest: ${error.message} (nothing written)`);
      return 1;
    }
    throw error;
  }
}

async function ingest(
  positionals: string[],
  options: Partial<Record<(typeof INGEST_OPTIONS)[number], string>>,
  defaultSeedDir: () => string,
): Promise<number> {
  if (positionals.length > 1) throw new Refusal(`one FILE at a time (got ${positionals.length})`, 2);
  const parsed = Arguments.safeParse({ file: positionals[0], ...options, year: options.year });
  if (!parsed.success) throw new Refusal(parsed.error.issues.map((i) => i.message).join('; '), 2);
  const args = parsed.data;
  const seedDir = args.seed !== undefined ? resolve(args.seed) : defaultSeedDir();
  if (!existsSync(args.file)) throw new Refusal(`no file ${args.file}`, 1);

  const { graph, problems } = validateSeed(seedDir);
  if (problems.length > 0)
    throw new Refusal(`the seed ${seedDir} has ${problems.length} problem(s); \`zorginkoop validate\` lists them`, 1);
  const has = (label: 'Insurer' | 'Policy', k: string) => graph.nodes[label].some((r) => r.key === k);
  if (!has('Insurer', args.insurer)) throw new Refusal(`--insurer ${args.insurer} is not an insurer of the seed`, 1);
  if (args.previous !== undefined && !has('Policy', args.previous))
    throw new Refusal(`--previous ${args.previous} is not a policy of the seed`, 1);
  if (has('Policy', args.policy))
    throw new Refusal(`--policy ${args.policy} is already a policy of the seed; choose a new key`, 1);
  const draftPath = join(seedDir, DRAFTS_FOLDER, `${args.policy}.yaml`);
  if (existsSync(draftPath))
    throw new Refusal(`a draft of ${args.policy} exists (${draftPath}); remove it to ingest again`, 1);

  const extracted = await extractDocument(args.file);
  if (!extracted.lines.some((line) => line.trim() !== '')) throw new IngestError(args.file, 'holds no text');
  const doc = structure(extracted.lines);
  const known = loadVocabulary(seedDir);
  // Provider types the document names beyond the vocabulary are proposed too, and scope its statements.
  const providerTypes = proposeProviderTypes(extracted.lines, known);
  const vocabulary = withProposedTypes(known, providerTypes);
  const proposals = proposeStatements(doc, vocabulary);
  const keys = draftKeys(args.policy, proposals);

  let alignment: Alignment | undefined;
  if (args.previous !== undefined) {
    // Last year's text goes through the same rules, so that both editions are cut into statements alike.
    const cut = (lines: string[]) => proposeStatements(structure(lines), vocabulary);
    alignment = alignEditions(
      newEdition(proposals, keys, extracted.lines),
      previousEdition(graph, seedDir, args.previous, cut),
    );
  }

  const { title, line: titleLine } = titleOf(doc);
  const files = planDraft({
    seedDir,
    graph,
    policy: args.policy,
    insurer: args.insurer,
    year: args.year,
    previous: args.previous,
    extracted,
    original: readFileSync(args.file),
    title,
    titleLine,
    proposals,
    providerTypes,
    keys,
    alignment,
  });
  const report = changeReport({
    policy: args.policy,
    previous: args.previous,
    fileName: basename(args.file),
    sourceName: files.sourceName,
    lineCount: extracted.lines.length,
    draftPath: relative(seedDir, files.draftPath),
    proposals,
    providerTypes,
    alignment,
  });
  const written = writeDraft(files, seedDir, report);

  const count = (type: string) => proposals.filter((p) => p.type === type).length;
  console.log(
    `ingested ${args.file} as ${args.policy} (${files.documentKey}): ${extracted.lines.length} lines, ` +
      `${proposals.length} proposals (${count('criterion')} criteria, ${count('milestone')} milestones, ${count('change')} change-table rows)`,
  );
  for (const t of providerTypes)
    console.log(`new provider type proposed: ${t.nameNl} (${t.key}, named ${t.count} times; give it an English name)`);
  if (alignment) {
    console.log(`compared with ${args.previous}:`);
    console.log(`  criteria: ${countsLine(alignmentCounts(alignment.criteria), false)}`);
    console.log(`  milestones: ${countsLine(alignmentCounts(alignment.milestones), true)}`);
  }
  for (const path of written.slice(0, -1)) console.log(`wrote ${path}`);
  console.log(`report: ${written.at(-1)}`);
  return 0;
}

/** The title is the first heading (a document without one: its first line of text). */
function titleOf(doc: StructuredDocument): { title: string; line: number } {
  const heading = doc.blocks.find((b) => b.kind === 'heading');
  if (heading) return { title: heading.text, line: heading.lineStart };
  const index = doc.lines.findIndex((l) => l.trim() !== '');
  return { title: (doc.lines[index] ?? '').trim(), line: index + 1 };
}
