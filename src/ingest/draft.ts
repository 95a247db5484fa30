import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Document, isMap, isPair, isScalar, visit } from 'yaml';
import { ruleForce, whereForceWordsStand } from '../model/force-rule';
import { DRAFTS_FOLDER } from '../seed/draft-shape';
import type { SeedGraph } from '../seed/validate-seed';
import type { AlignedStatement, Alignment } from './align';
import type { ProposedProviderType } from './propose/provider-types';
import type { ExtractedText, Proposal } from './types';

/**
 * The draft `zorginkoop ingest` writes to seed/drafts/POLICY.yaml: the policy, its document and every proposal
 * as a record in the seed's own shape, each `reviewed: false` with the rules that made it and how sure they
 * were, and where last year's policy was compared, which statement it continues. The seed loader skips
 * seed/drafts/, so nothing here reaches the curated graph until a curator has reviewed and accepted it; only a
 * server started with --drafts serves it, every record not marked `reviewed: true` answering reviewed: false.
 */

export interface DraftInput {
  seedDir: string;
  graph: SeedGraph;
  policy: string;
  insurer: string;
  year: number;
  previous?: string;
  extracted: ExtractedText;
  /** The original file's bytes: the source text's name carries their hash, as the five sources' names do. */
  original: Buffer;
  title: string;
  /** The line the title stands on (1-based). */
  titleLine: number;
  proposals: Proposal[];
  /** Provider types the document names beyond the vocabulary, proposed for the curator to declare. */
  providerTypes?: ProposedProviderType[];
  /** The draft key of each proposal, in order (see draftKeys). */
  keys: string[];
  alignment?: Alignment;
}

export interface DraftFiles {
  documentKey: string;
  sourceName: string;
  sourceText: string;
  sourceSha256: string;
  draftPath: string;
  draft: string;
  reportPath: string;
}

/** `POLICY-001`, `POLICY-002`, ...: one key per proposal, in the document's order. */
export const draftKeys = (policy: string, proposals: Proposal[]) =>
  proposals.map((_, i) => `${policy}-${String(i + 1).padStart(3, '0')}`);

/** The next free document number: after every `doc-NNN` in the graph and every `NNN_` source text. */
function nextDocumentNumber(seedDir: string, graph: SeedGraph): number {
  const numbers = [
    ...graph.nodes.SourceDocument.map((r) => /^doc-(\d+)$/.exec(String(r.key))?.[1]),
    ...(existsSync(join(seedDir, 'sources')) ? readdirSync(join(seedDir, 'sources')) : []).map(
      (name) => /^(\d+)_/.exec(name)?.[1],
    ),
  ].map(Number);
  return Math.max(-1, ...numbers.filter(Number.isInteger)) + 1;
}

/** A page map as ranges of lines per page, which a curator can read (the full map has one entry per line). */
function pageRanges(pages: number[]): { page: number; lines: string }[] {
  const ranges: { page: number; start: number; end: number }[] = [];
  pages.forEach((page, i) => {
    const last = ranges.at(-1);
    if (last && last.page === page && last.end === i) last.end = i + 1;
    else ranges.push({ page, start: i + 1, end: i + 1 });
  });
  return ranges.map((r) => ({ page: r.page, lines: r.start === r.end ? `${r.start}` : `${r.start}-${r.end}` }));
}

const cite = (p: Proposal) => ({
  lines: p.lineStart === p.lineEnd ? p.lineStart : `${p.lineStart}-${p.lineEnd}`,
  quote: p.quote,
});

/** Fields without a value are left out, as a curator writes them. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

/**
 * A proposal whose force differs from its kind's (src/model/force-rule.ts) names the word the force rule
 * matched (`force:moet`) when it stands in the statement, as the curated files name an exception's words; the
 * curator reviews it. Without such a word the entry has none, and accepting it asks for them.
 */
function forceException(p: Extract<Proposal, { type: 'criterion' }>): { forceWords?: string; forceReason?: string } {
  const rule = ruleForce(p.kind);
  if (!rule || rule === p.force) return {};
  for (const name of p.rules) {
    const words = /^force:(.+)$/u.exec(name)?.[1];
    if (!words || !whereForceWordsStand({ ...p, text: p.quote, forceWords: words })) continue;
    return {
      forceWords: words,
      forceReason: `Proposed by rule ${name}: "${words}" makes it ${p.force}, where a ${p.kind} is ${rule}.`,
    };
  }
  return {};
}

function record(p: Proposal, key: string, input: DraftInput, aligned: AlignedStatement | undefined) {
  const review = {
    reviewed: false,
    rules: p.rules,
    confidence: Math.round(p.confidence * 100) / 100,
    continues: aligned?.previous?.key,
    alignment: aligned?.class,
  };
  switch (p.type) {
    case 'criterion':
      return compact({
        key,
        text: p.quote,
        kind: p.kind,
        party: p.party,
        force: p.force,
        ...forceException(p),
        heading: p.heading,
        policy: input.policy,
        topic: p.topic,
        appliesTo: p.appliesTo,
        careTypes: p.careTypes,
        ...review,
        cite: cite(p),
      });
    case 'milestone':
      return compact({
        key,
        action: p.action,
        // A relative term ("binnen 2 weken") is the date as the source writes it; the model keeps no other field for it.
        dateText: p.dateText ?? p.relativeTerm,
        date: p.date,
        dateEnd: p.dateEnd,
        dateQualifier: p.dateQualifier,
        datePrecision: p.datePrecision,
        audienceTypes: p.appliesTo,
        policy: input.policy,
        ...review,
        cite: cite(p),
      });
    case 'change':
      return compact({
        key,
        subject: p.subject,
        before: p.before,
        after: p.after,
        effect: p.effect,
        policy: input.policy,
        comparedWith: input.previous,
        careTypes: p.careTypes,
        ...review,
        cite: cite(p),
      });
  }
}

/** The care types a policy covers in the validated graph (COVERS). */
function coveredCareTypes(graph: SeedGraph, policy: string): string[] {
  return graph.relationships
    .filter((b) => b.type === 'COVERS' && b.fromLabel === 'Policy')
    .flatMap((b) => b.rows)
    .filter((r) => r.fromKey === policy)
    .map((r) => String(r.toKey));
}

/** The seed's curated documents name their publisher as the insurer's name. */
function insurerName(graph: SeedGraph, insurer: string): string {
  const name = graph.nodes.Insurer.find((r) => r.key === insurer)?.name;
  return typeof name === 'string' ? name : insurer;
}

/** Everything ingest writes, as text: nothing is written here (see writeDraft). */
export function planDraft(input: DraftInput, reportName = `${input.policy}.report.md`): DraftFiles {
  const number = String(nextDocumentNumber(input.seedDir, input.graph)).padStart(3, '0');
  const documentKey = `doc-${number}`;
  const sourceName = `${number}_${createHash('sha256').update(input.original).digest('hex').slice(0, 16)}.txt`;
  // As the five sources: lines joined by newlines, no newline after the last.
  const sourceText = input.extracted.lines.join('\n');
  const sourceSha256 = createHash('sha256').update(sourceText).digest('hex');
  const alignedByKey = new Map<string, AlignedStatement>();
  const aligned = [...(input.alignment?.criteria.statements ?? []), ...(input.alignment?.milestones.statements ?? [])];
  for (const a of aligned) if (a.statement.key) alignedByKey.set(a.statement.key, a);
  const previousKeys = (list: 'removed' | 'notProposed') =>
    input.alignment &&
    [input.alignment.criteria, input.alignment.milestones].flatMap((t) =>
      list === 'removed' ? t.removed.map((r) => r.key) : t.notProposed.map((n) => n.previous.key),
    );
  const sections = { criteria: [] as unknown[], milestones: [] as unknown[], policyChanges: [] as unknown[] };
  const section = { criterion: 'criteria', milestone: 'milestones', change: 'policyChanges' } as const;
  input.proposals.forEach((p, i) => {
    const key = input.keys[i] ?? `${input.policy}-${i + 1}`;
    sections[section[p.type]].push(record(p, key, input, alignedByKey.get(key)));
  });
  const careTypes = input.previous
    ? coveredCareTypes(input.graph, input.previous)
    : [...new Set(input.proposals.flatMap((p) => p.careTypes))];
  const data = {
    draft: compact({
      reviewed: false,
      createdBy: 'zorginkoop ingest',
      originalFile: input.extracted.fileName,
      comparedWith: input.previous,
      removed: previousKeys('removed'),
      notProposed: previousKeys('notProposed'),
      report: reportName,
    }),
    document: compact({
      key: documentKey,
      fileName: sourceName,
      title: input.title,
      publisher: insurerName(input.graph, input.insurer),
      format: input.extracted.format,
      sha256: sourceSha256,
      pages: input.extracted.pages ? pageRanges(input.extracted.pages) : undefined,
    }),
    policies: [
      compact({
        key: input.policy,
        title: input.title,
        kind: 'purchasing-policy',
        years: [input.year],
        issuedBy: [input.insurer],
        careTypes,
        document: documentKey,
        previousVersion: input.previous,
        reviewed: false,
        cite: { lines: input.titleLine, quote: input.title },
      }),
    ],
    // Declared in full as a document file declares a type it introduces (seed/README.md); the English name
    // is the curator's translation, so it is left out and validation asks for it.
    providerTypes: input.providerTypes?.length
      ? input.providerTypes.map((t) =>
          compact({
            key: t.key,
            nameNl: t.nameNl,
            broader: t.broader,
            reviewed: false,
            rules: [`vocabulary:samenstelling-met-${t.builtOn}`, `vocabulary:${t.count}-keer-genoemd`],
            confidence: 0.5,
            cite: { lines: t.lineStart, quote: t.quote },
          }),
        )
      : undefined,
    ...compact(sections),
  };
  const header = [
    `# DRAFT of ${input.policy}, written by \`zorginkoop ingest\` from ${input.extracted.fileName}: not curated.`,
    '# Every record was proposed by rules (`rules`, `confidence`) and is `reviewed: false`; the seed loader skips',
    `# ${DRAFTS_FOLDER}/ unless served with --drafts, which answers every record not yet reviewed as reviewed: false.`,
    ...(input.previous
      ? [
          `# \`continues\`/\`alignment\`: the ${input.previous} statement it continues, and how (an \`alignment\` without`,
          `# \`continues\`: its words stood in ${input.previous}'s text, where no statement was curated). draft.removed:`,
          `# ${input.previous} statements nothing continues; draft.notProposed: ${input.previous} statements whose words`,
          '# still stand in the text but that no entry holds (add them by hand).',
        ]
      : []),
    '',
  ].join('\n');
  return {
    documentKey,
    sourceName,
    sourceText,
    sourceSha256,
    draftPath: join(input.seedDir, DRAFTS_FOLDER, `${input.policy}.yaml`),
    draft: header + seedYaml(data),
    reportPath: join(input.seedDir, DRAFTS_FOLDER, reportName),
  };
}

/** Data as YAML in the curated files' style: citations and lists of keys on one line, no line wrapping. */
export function seedYaml(data: unknown): string {
  // The proposer shares arrays between proposals; a curator should read each record whole, not via &anchors.
  const doc = new Document(data, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair: (_, pair) => {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'cite' && isMap(pair.value)) pair.value.flow = true;
    },
    Seq: (_, seq) => {
      if (seq.items.every(isScalar)) seq.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A file that is either all there or not there: written beside its place under a temporary name, then renamed. */
export function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Writes the source text, the draft and the report; returns the paths written. */
export function writeDraft(files: DraftFiles, seedDir: string, report: string): string[] {
  const sourcePath = join(seedDir, 'sources', files.sourceName);
  writeAtomically(sourcePath, files.sourceText);
  writeAtomically(files.draftPath, files.draft);
  writeAtomically(files.reportPath, report);
  return [sourcePath, files.draftPath, files.reportPath];
}
