import { formatProblem, type SeedFile, type SeedProblem, type SeedRecord } from '../read-seed';
import type { DraftOutcome, SeedValidation } from './graph-rows';

/**
 * The seed with its drafts (seed/drafts/*.yaml, each read as the document file it would become), for a team
 * that wants to query a new edition before a curator has been through it (`zorginkoop serve --drafts`).
 *
 * A fresh draft is what rules proposed, so some of its entries may not validate (a criterion without a topic, a
 * quote that is not in its lines). Such an entry is left out, with its problem, and the rest of the draft is
 * loaded: refusing the whole draft for one entry would keep a team from the edition it asked for, and refusing
 * the start would keep it from the curated graph too. What an entry left out was needed by (a change that
 * `affects` it) fails in its turn and is left out the same way, so nothing loaded points at what is not there.
 * The draft's file, document and policy are needed by every entry: a problem there leaves out the whole draft.
 * The curated seed is held to its usual standard: any problem of its own refuses the load.
 */
export function validateWithDrafts(
  files: SeedFile[],
  drafts: SeedFile[],
  validate: (files: SeedFile[]) => SeedValidation,
): SeedValidation {
  const outcomes = new Map<string, DraftOutcome>(
    drafts.map((d) => [d.file, { file: d.file, loaded: 0, unreviewed: 0, skipped: [], refused: [] }]),
  );
  let remaining = drafts;
  // Each round leaves out at least one entry or draft, or ends: at most one round per draft record, plus one.
  for (;;) {
    const validation = validate(withDrafts(files, remaining));
    if (validation.problems.length === 0) return { ...validation, drafts: counted(outcomes, files, remaining) };
    const names = new Set(remaining.map((d) => d.file));
    const curated = validation.problems.filter((p) => !names.has(p.file));
    if (curated.length > 0) {
      if (remaining.length === 0) return validation;
      const alone = validate(files);
      if (alone.problems.length > 0) return alone;
      // The seed alone is clean, so the drafts caused a problem named at a curated record (a cycle through a
      // shared node a draft declares anew): which draft cannot be told, so none is loaded.
      for (const d of remaining) outcomes.get(d.file)?.refused.push(...curated);
      return { ...alone, drafts: counted(outcomes, files, []) };
    }
    remaining = remaining.flatMap((draft) => {
      const own = validation.problems.filter((p) => p.file === draft.file);
      if (own.length === 0) return [draft];
      const outcome = outcomes.get(draft.file);
      const entries = new Set(draft.records.filter(isEntry).map((r) => r.line));
      const structural = own.filter((p) => p.line === undefined || !entries.has(p.line));
      if (structural.length > 0) {
        outcome?.refused.push(...structural);
        return [];
      }
      const byLine = new Map<number | undefined, SeedProblem[]>();
      for (const p of own) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
      for (const problems of byLine.values()) outcome?.skipped.push(oneLine(problems));
      // A problem found while reading the file (a control character) goes with its entry.
      const left = (x: { line?: number }) => !byLine.has(x.line);
      return [{ ...draft, records: draft.records.filter(left), problems: draft.problems.filter(left) }];
    });
  }
}

/** An entry of a draft may be left out on its own; the policy may not (every entry states something of it). */
const isEntry = (record: SeedRecord) => record.section !== 'policies';

/** One problem per entry: the first, with the others' fields and messages after it. */
function oneLine([first, ...rest]: SeedProblem[]): SeedProblem {
  if (!first) throw new Error('an entry is left out for a problem of its own');
  if (rest.length === 0) return first;
  const also = rest.map((p) => (p.field ? `field ${p.field}: ${p.message}` : p.message)).join('; ');
  return { ...first, message: `${first.message} (also ${also})` };
}

function counted(outcomes: Map<string, DraftOutcome>, files: SeedFile[], loaded: SeedFile[]): DraftOutcome[] {
  const curated = new Set<unknown>(files.flatMap((f) => (f.document ? [f.document.data.key] : [])));
  return [...outcomes.values()].map((outcome) => {
    const draft = loaded.find((d) => d.file === outcome.file);
    // A draft whose document is curated already (part of it accepted) declares no document of its own.
    const document = draft?.document && !curated.has(draft.document.data.key) ? [draft.document] : [];
    const records = draft ? [...document, ...draft.records] : [];
    return {
      ...outcome,
      loaded: records.length,
      unreviewed: records.filter((r) => r.reviewed === false).length,
      // In the order of the file, whichever round of validation found them.
      skipped: [...outcome.skipped].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    };
  });
}

/**
 * The seed's files with drafts among them. A draft whose document a document file already curates (part of it
 * was accepted) adds its entries to that file, whose document they cite; any other draft stands as its own file.
 * The files are copied, not changed.
 */
export function withDrafts(files: SeedFile[], drafts: SeedFile[]): SeedFile[] {
  const curated = files.map((f) => ({ ...f, records: [...f.records] }));
  const all = [...curated];
  for (const draft of drafts) {
    const key = draft.document?.data.key;
    const curating = key === undefined ? undefined : curated.find((f) => f.document?.data.key === key);
    if (curating) {
      curating.records.push(...draft.records);
      all.push({ ...draft, document: undefined, records: [] });
    } else all.push(draft);
  }
  return all;
}

/** What became of each draft, one line each, and one line per entry left out: for the start-up log. */
export function draftReport(outcomes: DraftOutcome[]): string[] {
  return outcomes.flatMap((o) => {
    if (o.refused.length > 0)
      return [
        `draft ${o.file} not loaded: ${o.refused.length} problem(s) of the file, its document or its policy, which every entry needs:`,
        ...o.refused.map((p) => `  ${oneLineOf(p)}`),
      ];
    return [
      `draft ${o.file}: ${o.loaded} records loaded, ${o.unreviewed} of them unreviewed (reviewed: false in every answer)` +
        (o.skipped.length > 0 ? `; ${o.skipped.length} ${o.skipped.length === 1 ? 'entry' : 'entries'} left out:` : ''),
      ...o.skipped.map((p) => `  left out ${oneLineOf(p)}`),
    ];
  });
}

/** A log line per problem: a YAML error's message goes on with the lines it quotes, which the file shows better. */
const oneLineOf = (p: SeedProblem) => formatProblem(p).split('\n')[0] ?? '';
