import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/paths';
import { formatProblem } from '../../src/seed/read-seed';
import { validateSeed } from '../../src/seed/validate-seed';
import { copyOfSeed } from '../utils/server';

const problemsIn = (dir: string) => validateSeed(dir).problems.map(formatProblem).join('\n');

function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test set-up: ${String(from)} not found in ${file}`);
  writeFileSync(path, next);
}

const ASR = 'documents/002-asr-elv-grz-gzsp-2023-2024.yaml';
const CARESQ = 'documents/004-caresq-ziekenhuizen-2025.yaml';
const MSZ = 'documents/001-vgz-msz-2024.yaml';

describe('the milestone rules the seed check enforces', () => {
  it('refuses a contact row as a milestone: contact details without a date or term are a contact', () => {
    const dir = copyOfSeed();
    edit(
      dir,
      ASR,
      /\n {2}- key: asr-elv-grz-gzsp-2023-2024-tijdpad-inkoopgesprekken\n/,
      `
  - key: asr-elv-grz-gzsp-2023-2024-contact-declaraties-als-milestone
    dateText: het hele jaar door
    datePrecision: unspecified
    dateQualifier: unspecified
    kind: planned-step
    action: Declaraties
    channel: zorg.claimcontrol@asr.nl 030 - 278 36 36
    policy: asr-elv-grz-gzsp-2023-2024
    cite: { lines: 289-295 }
  - key: asr-elv-grz-gzsp-2023-2024-tijdpad-inkoopgesprekken
`,
    );
    expect(problemsIn(dir)).toMatch(
      /contact-declaraties-als-milestone, field action: contact details without a date or term are a contact/,
    );
  });

  it('dates "vóór juli" by 30 June, not in July: a month before which something is due is not covered', () => {
    const dir = copyOfSeed();
    edit(
      dir,
      ASR,
      /date: 2022-06-30\n(\s+)dateText: vóór juli jaar T-1/,
      'date: 2022-07-01\n$1dateEnd: 2022-07-31\n$1dateText: vóór juli jaar T-1',
    );
    const problems = problemsIn(dir);
    expect(problems).toMatch(
      /tijdpad-aanmelden-nieuwe-aanbieders, field date: before a month \("vóór juli"\) the date is the last day before it/,
    );
    expect(problems).toMatch(
      /tijdpad-aanmelden-nieuwe-aanbieders, field dateEnd: "before" a month or year does not cover it/,
    );
  });

  it('keeps "begin juni" as stated: the part is required, and it is not all of June', () => {
    const dir = copyOfSeed();
    edit(
      dir,
      CARESQ,
      /(dateText: "Uiterlijk begin juni 2024"\n\s+datePrecision: month\n)\s+datePart: begin\n/,
      '$1    dateEnd: 2024-06-30\n',
    );
    const problems = problemsIn(dir);
    expect(problems).toMatch(
      /email-route-naar-12-november, field datePart: the source says "begin juni 2024": datePart must be begin/,
    );
    const part = copyOfSeed();
    edit(
      part,
      CARESQ,
      /(dateText: "Uiterlijk begin juni 2024"\n\s+datePrecision: month\n\s+datePart: begin\n)/,
      '$1    dateEnd: 2024-06-30\n',
    );
    expect(problemsIn(part)).toMatch(
      /email-route-naar-12-november, field dateEnd: the begin of a month or year is not all of it/,
    );
  });

  it('asks a relative term what it counts from', () => {
    const dir = copyOfSeed();
    edit(dir, CARESQ, /\n\s+termFrom: aanbieding definitieve zorgovereenkomst 2025/, '');
    expect(problemsIn(dir)).toMatch(
      /uiterste-tekendatum, field termFrom: a relative term names the event it counts from/,
    );
  });

  it('asks every curated milestone what it is (a deadline, a planned step, a past event, ...)', () => {
    const dir = copyOfSeed();
    edit(dir, MSZ, /(text-informatiebijeenkomsten\n(?:.*\n)*?)\s+kind: past-event\n/, '$1\n');
    expect(problemsIn(dir)).toMatch(/text-informatiebijeenkomsten, field kind: a curated milestone says what it is/);
  });
});

/**
 * Dates a criterion states (a day, a month, a term such as "binnen 5 werkdagen") are milestones too: each
 * criterion with one has a milestone citing its lines, or stands here with the reason it has none.
 */
const NO_MILESTONE: Record<string, string> = {
  'caresq-ziekenhuizen-2025-gddz-doelen':
    'The date (4 november 2022, the GDDZ 3.0 agreement) is the milestone caresq-ziekenhuizen-2025-gddz-ondertekend at line 173, where the document first states it.',
};

describe('dates inside criteria', () => {
  const MONTH = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
  const DATE = new RegExp(
    `\\b\\d{1,2} (?:${MONTH})\\b|\\b(?:${MONTH}) 20\\d\\d\\b|\\bbinnen (?:\\d+|een|twee|drie|vier|vijf|zes) (?:werk)?(?:dagen|weken|week|maanden|maand)\\b|\\b\\d+ weken na\\b`,
    'iu',
  );

  it('every date a current criterion states is a milestone citing the same lines, or has a reason here', () => {
    const { graph } = validateSeed(SEED_DIR);
    const withdrawn = new Set(
      graph.relationships.filter((r) => r.type === 'WITHDRAWN_BY').flatMap((r) => r.rows.map((row) => row.fromKey)),
    );
    const milestones = graph.nodes.Milestone;
    const missing = graph.nodes.Criterion.filter((c) => DATE.test(String(c.text)) && !withdrawn.has(String(c.key)))
      .filter(
        (c) =>
          !milestones.some(
            (m) =>
              m.sourceDocument === c.sourceDocument &&
              Number(m.lineStart) <= Number(c.lineEnd) &&
              Number(c.lineStart) <= Number(m.lineEnd),
          ),
      )
      .map((c) => String(c.key))
      .filter((key) => !(key in NO_MILESTONE));
    expect(missing).toEqual([]);
  });
});
