/**
 * A draft (seed/drafts/POLICY.yaml, written by `zorginkoop ingest`) read as the document file it would become.
 * One conversion for the three readers of a draft, so that they cannot drift apart: `zorginkoop accept` (the
 * reviewed entries become a document file), `zorginkoop validate` (each draft checked as that file) and the
 * load with drafts (`zorginkoop serve --drafts`: every entry, each flagged by its review state).
 */

/** The folder under the seed where `zorginkoop ingest` writes drafts: unreviewed, so not part of the graph. */
export const DRAFTS_FOLDER = 'drafts';

/** The fields only a draft holds: the review state and how each proposal was made (src/ingest/draft.ts). */
export const DRAFT_ONLY_FIELDS = ['reviewed', 'rules', 'confidence', 'continues', 'alignment'] as const;

/** What ingest records of the original file in the draft's `document`: its format, text hash and page map. */
export const DRAFT_DOCUMENT_FIELDS = ['format', 'sha256', 'pages'] as const;

/** The draft's sections of proposals, each entry reviewed on its own (the policy and document go with them); a
 * provider type the document names beyond the vocabulary comes first, as a document file declares it. */
export const DRAFT_ENTRY_SECTIONS = ['providerTypes', 'criteria', 'milestones', 'policyChanges'] as const;

type Data = Record<string, unknown>;

/** What the `draft:` header says that decides the records' shape. */
export interface DraftHeader {
  /** The policy the draft was compared with (`--previous`): the draft's policy follows it. */
  comparedWith?: string;
}

export function draftHeader(value: unknown): DraftHeader {
  const comparedWith = isData(value) ? value.comparedWith : undefined;
  return typeof comparedWith === 'string' ? { comparedWith } : {};
}

/** Whether a curator marked a draft's record `reviewed: true`; ingest writes every record `reviewed: false`. */
export const isReviewed = (data: unknown): boolean => isData(data) && data.reviewed === true;

export function withoutFields(data: Data, fields: readonly string[]): Data {
  return Object.fromEntries(Object.entries(data).filter(([k]) => !fields.includes(k)));
}

/**
 * A draft's record (its `document`, a policy, or an entry of a section) as the document file holds it: the
 * draft-only fields dropped, a criterion's `continues: KEY` as its `previousVersion`, and the policy's
 * `previousVersion` the policy the draft was compared with.
 */
export function seedShapeOf(section: string, data: Data, header: DraftHeader): Data {
  if (section === 'document') return withoutFields(data, [...DRAFT_ONLY_FIELDS, ...DRAFT_DOCUMENT_FIELDS]);
  const fields = withoutFields(data, DRAFT_ONLY_FIELDS);
  const previous = section === 'criteria' ? data.continues : section === 'policies' ? header.comparedWith : undefined;
  if (typeof previous !== 'string') return fields;
  // previousVersion before the citation, as the curated files write it.
  const { cite, ...rest } = fields;
  return { ...rest, previousVersion: previous, ...(cite === undefined ? {} : { cite }) };
}

/**
 * The fields of a record's seed shape that the draft writes under another name, so that a problem can name the
 * field the curator sees: a criterion's previousVersion is its `continues`, the policy's the header's
 * `comparedWith`.
 */
export function renamedFields(section: string, data: Data, header: DraftHeader): Record<string, string> {
  if (section === 'criteria' && typeof data.continues === 'string') return { previousVersion: 'continues' };
  if (section === 'policies' && header.comparedWith !== undefined)
    return { previousVersion: 'previousVersion (from draft.comparedWith)' };
  return {};
}

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
