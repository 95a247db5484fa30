import type {
  CHANGE_EFFECTS,
  CRITERION_FORCES,
  CRITERION_KINDS,
  CRITERION_PARTIES,
  DATE_PRECISIONS,
  DATE_QUALIFIERS,
} from '../model/graph-model';

/**
 * Ingestion turns a new policy document into a draft a curator reviews: extraction (src/ingest/extract/)
 * gives the document's lines in reading order, structure (src/ingest/structure.ts) finds its sections,
 * lists and tables, and proposal rules (src/ingest/propose/) suggest cited statements from the Dutch
 * wording. These are the shapes that pass between the three.
 */

/** The formats insurers publish in. */
export type SourceFormat = 'pdf' | 'html' | 'text';

/** A document as extracted: the lines a source text in seed/sources/ holds, 1-based in citations. */
export interface ExtractedText {
  /** The original file's name (not its path). */
  fileName: string;
  format: SourceFormat;
  /** The text, one entry per line, in reading order; tables as tab-separated rows, as the five sources. */
  lines: string[];
  /** For a PDF: the page (1-based) of every line, as long as `lines`. */
  pages?: number[];
}

/** Input ingestion cannot take: says which file and what is wrong, and nothing is written. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'IngestError';
  }
}

/** What a table is for, from its header and the words around it. */
export type TableKind = 'planning' | 'contact' | 'change' | 'other';

/** One unit of text a statement can be proposed from. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'bullet' | 'table-row';
  /** First and last line (1-based, inclusive). */
  lineStart: number;
  lineEnd: number;
  /** The text, lines joined with a space (a table row: its cells joined with a tab). */
  text: string;
  /** The headings this block stands under, outermost first (a heading block: its parents). */
  headingPath: string[];
  /** A table row's cells, in order. */
  cells?: string[];
  /** A table row's table: its kind, and its header row's cells when it has one. */
  table?: { kind: TableKind; header?: string[] };
}

/** A document's structure: its blocks in reading order. */
export interface StructuredDocument {
  lines: string[];
  blocks: Block[];
}

/** Why a proposal says what it says: the rule (a named rule of Dutch policy language) and how sure it is. */
export interface Reasoned {
  /** Names of the rules that made the proposal, e.g. "force:moet", "kind:heading-minimumeisen". */
  rules: string[];
  /** 0..1. */
  confidence: number;
}

interface ProposalBase extends Reasoned {
  /** The cited lines (1-based, inclusive) and the verbatim words. */
  lineStart: number;
  lineEnd: number;
  quote: string;
  /** The heading or lead-in it stands under, and the whole heading path. */
  heading?: string;
  headingPath: string[];
  /** Provider type and care type keys from the vocabulary (and its synonyms) the text names. */
  appliesTo: string[];
  careTypes: string[];
}

export interface CriterionProposal extends ProposalBase {
  type: 'criterion';
  kind: (typeof CRITERION_KINDS)[number];
  party: (typeof CRITERION_PARTIES)[number];
  force: (typeof CRITERION_FORCES)[number];
  /** A topic key from the vocabulary, when the words name one. */
  topic?: string;
}

export interface MilestoneProposal extends ProposalBase {
  type: 'milestone';
  action: string;
  dateText?: string;
  /** YYYY-MM-DD where the wording gives a day (or a month / period: its first day as the rule says). */
  date?: string;
  dateEnd?: string;
  dateQualifier: (typeof DATE_QUALIFIERS)[number];
  datePrecision: (typeof DATE_PRECISIONS)[number];
  /** A relative term kept as written ("binnen 2 weken"), never turned into a date. */
  relativeTerm?: string;
}

export interface ChangeProposal extends ProposalBase {
  type: 'change';
  subject: string;
  before?: string;
  after?: string;
  effect: (typeof CHANGE_EFFECTS)[number];
}

/** A statement proposed from the source's words, for a curator to review. */
export type Proposal = CriterionProposal | MilestoneProposal | ChangeProposal;
