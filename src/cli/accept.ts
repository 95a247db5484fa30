import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { seedYaml, writeAtomically } from '../ingest/draft';
import { DRAFT_ENTRY_SECTIONS, DRAFTS_FOLDER, draftHeader, isReviewed, seedShapeOf } from '../seed/draft-shape';
import { formatProblem } from '../seed/read-seed';
import { validateSeed } from '../seed/validate-seed';

/**
 * `zorginkoop accept POLICY [--seed DIR]`: the entries of seed/drafts/POLICY.yaml a curator marked
 * `reviewed: true` become the document file seed/documents/NNN-POLICY.yaml, in the seed's own shape, with the
 * document and the policy; the rest stay in the draft. The would-be seed is validated in a temporary copy
 * first: a seed with problems is refused with them, and nothing is written.
 */

export const ACCEPT_USAGE = 'zorginkoop accept POLICY [--seed DIR]';

export const ACCEPT_HELP = [
  `Moves the entries of ${DRAFTS_FOLDER}/POLICY.yaml marked reviewed: true (criteria, milestones, change-table rows)`,
  'into documents/NNN-POLICY.yaml (NNN: the number of the draft’s document), with the document and the policy:',
  'the review fields are dropped, a criterion’s `continues: KEY` becomes `previousVersion: KEY`, and the policy’s',
  'previousVersion is the policy the draft was compared with. The entries not reviewed stay in the draft.',
  'The seed with the new file must validate, else nothing is written. --seed DIR: another seed folder.',
].join('\n');

export const ACCEPT_OPTIONS = ['seed'] as const;

class Refusal extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

type Data = Record<string, unknown>;

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface AcceptPlan {
  documentPath: string;
  documentText: string;
  draftPath: string;
  /** The draft without the accepted entries; undefined when none are left (the draft is removed). */
  draftText: string | undefined;
  accepted: number;
  remaining: number;
}

/** What accept writes, as text, once the would-be seed validated; nothing is written here. */
export function planAccept(seedDir: string, policy: string): AcceptPlan {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(policy))
    throw new Refusal(`POLICY must be a key: lowercase letters, digits and single hyphens (got ${policy})`, 2);
  const draftPath = join(seedDir, DRAFTS_FOLDER, `${policy}.yaml`);
  if (!existsSync(draftPath))
    throw new Refusal(`no draft of ${policy} (${draftPath}); \`zorginkoop ingest\` writes one`, 1);
  const text = readFileSync(draftPath, 'utf8');
  const parsed = parseDocument(text);
  if (parsed.errors.length > 0)
    throw new Refusal(`the draft ${draftPath} is not valid YAML: ${parsed.errors[0]?.message}`, 1);
  const draft: unknown = parsed.toJS();
  if (!isData(draft) || !isData(draft.document)) throw new Refusal(`the draft ${draftPath} has no document section`, 1);
  const header = isData(draft.draft) ? draft.draft : {};
  const shape = draftHeader(header);

  const sections = DRAFT_ENTRY_SECTIONS.map((section) => {
    const entries: unknown[] = Array.isArray(draft[section]) ? draft[section] : [];
    return { section, accept: entries.filter(isReviewed), keep: entries.filter((e) => !isReviewed(e)) };
  });
  const count = sections.reduce((n, s) => n + s.accept.length, 0);
  if (count === 0)
    throw new Refusal(`no entry of the draft ${draftPath} is marked reviewed: true; review some entries first`, 1);

  const number = /^doc-(\d+)$/.exec(String(draft.document.key))?.[1];
  if (number === undefined)
    throw new Refusal(`the draft's document key ${String(draft.document.key)} is not doc-NNN`, 1);
  const documentsDir = join(seedDir, 'documents');
  const documentPath = join(documentsDir, `${number}-${policy}.yaml`);
  const taken = existsSync(documentsDir) ? readdirSync(documentsDir).filter((n) => n.startsWith(`${number}-`)) : [];
  if (existsSync(documentPath) || taken.length > 0)
    throw new Refusal(
      `a document file for ${String(draft.document.key)} is already there (${join(documentsDir, taken[0] ?? `${number}-${policy}.yaml`)})`,
      1,
    );

  // The policy and its document go with the first accepted entries, reviewed or not: the entries need them.
  const policies = (Array.isArray(draft.policies) ? draft.policies : []).filter(isData);
  const documentFile: Data = {
    document: seedShapeOf('document', draft.document, shape),
    policies: policies.map((p) => seedShapeOf('policies', p, shape)),
  };
  for (const s of sections)
    if (s.accept.length > 0)
      documentFile[s.section] = s.accept.filter(isData).map((e) => seedShapeOf(s.section, e, shape));
  const title = `# ${typeof draft.document.title === 'string' ? draft.document.title : policy}: accepted from ${DRAFTS_FOLDER}/${policy}.yaml by \`zorginkoop accept\`.\n`;
  const documentText = title + seedYaml(documentFile);

  // The rest of the draft: its header and document, and the entries still to review (the policy is accepted).
  const remaining = sections.reduce((n, s) => n + s.keep.length, 0);
  let draftText: string | undefined;
  if (remaining > 0) {
    const rest: Data = {
      draft: { ...header, accepted: relative(seedDir, documentPath).replace(/\\/g, '/') },
      document: draft.document,
    };
    for (const s of sections) if (s.keep.length > 0) rest[s.section] = s.keep;
    const comments = text.split('\n').filter((line, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('#')));
    draftText = (comments.length > 0 ? `${comments.join('\n')}\n` : '') + seedYaml(rest);
  }
  return { documentPath, documentText, draftPath, draftText, accepted: count, remaining };
}

/** The problems the seed would have with the new document file: checked in a temporary copy. */
function problemsOfWouldBeSeed(seedDir: string, plan: AcceptPlan): string[] {
  const copy = mkdtempSync(join(tmpdir(), 'zorginkoop-accept-'));
  try {
    cpSync(seedDir, copy, { recursive: true });
    writeAtomically(join(copy, relative(seedDir, plan.documentPath)), plan.documentText);
    return validateSeed(copy).problems.map(formatProblem);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

export function runAccept(
  positionals: string[],
  options: Partial<Record<(typeof ACCEPT_OPTIONS)[number], string>>,
  defaultSeedDir: () => string,
): number {
  try {
    const [policy] = positionals;
    if (positionals.length !== 1 || policy === undefined)
      throw new Refusal(`accept needs one POLICY key (got ${positionals.length})`, 2);
    const seedDir = options.seed !== undefined ? resolve(options.seed) : defaultSeedDir();
    const plan = planAccept(seedDir, policy);
    const problems = problemsOfWouldBeSeed(seedDir, plan);
    if (problems.length > 0)
      throw new Refusal(
        `the seed with ${relative(seedDir, plan.documentPath)} would have ${problems.length} problem(s); nothing written:\n${problems.join('\n')}`,
        1,
      );
    writeAtomically(plan.documentPath, plan.documentText);
    if (plan.draftText !== undefined) writeAtomically(plan.draftPath, plan.draftText);
    else rmSync(plan.draftPath);
    console.log(`accepted ${plan.accepted} entries of ${policy} into ${plan.documentPath}`);
    console.log(
      plan.draftText !== undefined
        ? `${plan.remaining} entries still to review in ${plan.draftPath}`
        : `every entry accepted: removed ${plan.draftPath}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof Refusal) {
      console.error(`zorginkoop accept: ${error.message}${error.code === 2 ? `\nUsage: ${ACCEPT_USAGE}` : ''}`);
      return error.code;
    }
    throw error;
  }
}
