import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  alignEditions,
  newEdition,
  previousEdition,
  type AlignedStatement,
  type Alignment,
  type AlignmentClass,
  type PreviousEdition,
  type StatementType,
} from '../../src/ingest/align';
import { draftKeys } from '../../src/ingest/draft';
import { proposeStatements } from '../../src/ingest/propose';
import { loadVocabulary } from '../../src/ingest/propose/vocabulary';
import { structure } from '../../src/ingest/structure';
import type { Proposal } from '../../src/ingest/types';
import { ROOT_DIR } from '../../src/paths';
import { validateSeed } from '../../src/seed/validate-seed';
import { YEARLY_FIXTURE } from './command-line';

/**
 * The yearly test pair: the fictional 2025 edition of the whole VGZ MSZ 2024 document against the curated 2024
 * policy, through the real structure and proposal rules, as `zorginkoop ingest --previous vgz-msz-2024` runs it;
 * and the edits the fixture is known to hold (tests/fixtures/ingest/README.md, whose table lists the same ids).
 */

export const SEED_DIR = join(ROOT_DIR, 'seed');
export const FIXTURE_README = join(ROOT_DIR, 'tests', 'fixtures', 'ingest', 'README.md');

export interface KnownEdit {
  id: string;
  /** What the report should call it, in words a policy team uses. */
  what: string;
  type: StatementType;
  expected: AlignmentClass | 'removed';
  /** The 2024 statements it changes (none for an addition). */
  keys: string[];
  /** The 2025 line the statement stands on (none for a removal). */
  line?: number;
}

export const KNOWN_EDITS: KnownEdit[] = [
  {
    id: 'C-R1',
    what: 'the VMS rewording',
    type: 'criterion',
    expected: 'reworded',
    keys: ['vgz-msz-2024-msz-kwaliteitssysteem-vms'],
    line: 368,
  },
  {
    id: 'C-R2',
    what: 'the ZBC achterwacht rewording',
    type: 'criterion',
    expected: 'reworded',
    keys: ['vgz-msz-2024-zbc-achterwachtregeling'],
    line: 380,
  },
  {
    id: 'C-R3',
    what: 'the rewording of the conditions for new providers',
    type: 'criterion',
    expected: 'reworded',
    keys: ['vgz-msz-2024-nieuwe-aanbieders-dezelfde-voorwaarden'],
    line: 255,
  },
  {
    id: 'C-R4',
    what: 'the 70 % that became 80 % of the zorgkostenplafond',
    type: 'criterion',
    expected: 'reworded',
    keys: ['vgz-msz-2024-aanvullend-melding-70-procent'],
    line: 277,
  },
  {
    id: 'C-A1',
    what: 'the added PREM requirement for ZBC’s',
    type: 'criterion',
    expected: 'added',
    keys: [],
    line: 381,
  },
  {
    id: 'C-A2',
    what: 'the added samen-beslissen requirement',
    type: 'criterion',
    expected: 'added',
    keys: [],
    line: 372,
  },
  {
    id: 'C-A3',
    what: 'the added sentence on waiting times',
    type: 'criterion',
    expected: 'added',
    keys: [],
    line: 269,
  },
  {
    id: 'C-D1',
    what: 'the removed Transparantiekalender requirement',
    type: 'criterion',
    expected: 'removed',
    keys: ['vgz-msz-2024-zbc-transparantiekalender'],
  },
  {
    id: 'C-D2',
    what: 'the removed innovatieconsultants sentence',
    type: 'criterion',
    expected: 'removed',
    keys: ['vgz-msz-2024-innovatieconsultants'],
  },
  {
    id: 'C-D3',
    what: 'the removed klantbeleving criterion for new ZBC’s',
    type: 'criterion',
    expected: 'removed',
    keys: ['vgz-msz-2024-nieuwe-zbc-klantbeleving'],
  },
  {
    id: 'C-M1',
    what: 'the IGJ requirement moved from the ZBC list to the MSZ list',
    type: 'criterion',
    expected: 'moved',
    keys: ['vgz-msz-2024-zbc-igj'],
    line: 371,
  },
  {
    id: 'C-M2',
    what: 'the sentence on announcing changes moved to "Onze bereikbaarheid"',
    type: 'criterion',
    expected: 'moved',
    keys: ['vgz-msz-2024-wijzigingen-bekendmaken'],
    line: 321,
  },
  {
    id: 'C-S1',
    what: 'two sentences merged into one with the same words',
    type: 'criterion',
    expected: 'unchanged',
    keys: ['vgz-msz-2024-tussentijds-aanpassen'],
    line: 331,
  },
  {
    id: 'M-D1',
    what: 'the explanation deadline moved from 15 June to 1 July in the text',
    type: 'milestone',
    expected: 'date-changed',
    keys: ['vgz-msz-2024-text-toelichten-inkoopbeleid'],
    line: 231,
  },
  {
    id: 'M-D2',
    what: 'the same deadline moved in the planning table',
    type: 'milestone',
    expected: 'date-changed',
    keys: ['vgz-msz-2024-planning-alle-toelichten-inkoopbeleid'],
    line: 292,
  },
  {
    id: 'M-D3',
    what: 'the publication date’s qualifier "Vanaf" that became "Uiterlijk"',
    type: 'milestone',
    expected: 'date-changed',
    keys: ['vgz-msz-2024-text-bekendmaking-zorgaanbod'],
    line: 315,
  },
  { id: 'M-A1', what: 'the added planning row for offers', type: 'milestone', expected: 'added', keys: [], line: 295 },
  { id: 'M-A2', what: 'the added PREM date', type: 'milestone', expected: 'added', keys: [], line: 381 },
  {
    id: 'M-R1',
    what: 'the removed 80 % message to ZBC’s, in the text and in the planning table',
    type: 'milestone',
    expected: 'removed',
    keys: ['vgz-msz-2024-text-bericht-zbc', 'vgz-msz-2024-planning-zbc-bericht-80-procent'],
  },
  {
    id: 'M-R2',
    what: 'the removed date of the 2023 amendment',
    type: 'milestone',
    expected: 'removed',
    keys: ['vgz-msz-2024-text-zekur-selectieve-inkoop-vervalt'],
  },
];

/** Lines 196-202: "Belangrijkste wijzigingen" speaks of 2025's changes, new text where 2024 had its own. */
export const REWRITTEN_LINES = { from: 196, to: 202 };

export interface YearlyPair {
  lines: string[];
  proposals: Proposal[];
  keys: string[];
  previous: PreviousEdition;
  alignment: Alignment;
}

/** The proposal rules, as ingest runs them on both editions. */
export function cutter(seedDir = SEED_DIR) {
  const vocabulary = loadVocabulary(seedDir);
  return (lines: string[]) => proposeStatements(structure(lines), vocabulary);
}

/** Runs the alignment as ingest does, on any new text against vgz-msz-2024 (by default the yearly fixture). */
export function alignWith2024(lines = readFileSync(YEARLY_FIXTURE, 'utf8').split('\n')): YearlyPair {
  const { graph, problems } = validateSeed(SEED_DIR);
  if (problems.length > 0) throw new Error(`seed/ does not validate: ${problems[0]?.message}`);
  const cut = cutter();
  const proposals = cut(lines);
  const keys = draftKeys('vgz-msz-2025', proposals);
  const previous = previousEdition(graph, SEED_DIR, 'vgz-msz-2024', cut);
  const alignment = alignEditions(newEdition(proposals, keys, lines), previous);
  return { lines, proposals, keys, previous, alignment };
}

/** The statements of one type in an alignment. */
export const statementsOf = (a: Alignment, type: StatementType): AlignedStatement[] =>
  type === 'criterion' ? a.criteria.statements : a.milestones.statements;
