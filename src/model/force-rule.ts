import type { CRITERION_FORCES, CRITERION_KINDS } from './graph-model';

export type CriterionKind = (typeof CRITERION_KINDS)[number];
export type CriterionForce = (typeof CRITERION_FORCES)[number];

/**
 * One reading of force per kind of statement, across documents (seed/README.md, "One reading of force and
 * party per kind of statement"): a statement's force is its kind's unless the source's own words make it
 * stronger or weaker, and then the statement says which words (`forceWords`) and why (`forceReason`).
 */
export const FORCE_OF_KIND: Record<CriterionKind, CriterionForce> = {
  'minimum-requirement': 'requirement',
  'additional-requirement': 'requirement',
  'information-requirement': 'requirement',
  'contract-condition': 'condition',
  'selection-criterion': 'condition',
  'exclusion-ground': 'condition',
  'payment-consequence': 'condition',
  'quality-expectation': 'expectation',
  'insurer-commitment': 'intention',
  'plan-theme': 'background',
  'reservation-of-rights': 'background',
  'purchasing-criterion': 'background',
  'contact-route': 'background',
  definition: 'background',
  'legal-duty': 'background',
};

/** A statement as the force rule reads it: its kind, its force and where the exception's words may stand. */
export interface ForceReading {
  kind: string;
  force: string;
  text?: unknown;
  heading?: unknown;
  quote?: unknown;
  forceWords?: unknown;
  forceReason?: unknown;
}

/** The force the rule gives a statement of this kind (undefined for a kind the model does not know). */
export const ruleForce = (kind: string): CriterionForce | undefined =>
  (FORCE_OF_KIND as Record<string, CriterionForce | undefined>)[kind];

const normalised = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').toLowerCase() : '';

/**
 * Where the exception's words stand: the statement's text, its citation's quote or the lead-in it stands
 * under (a list item's "bevat bij voorkeur:" is in its heading). Undefined when `forceWords` is not there.
 */
export function whereForceWordsStand(s: ForceReading): 'text' | 'quote' | 'heading' | undefined {
  const words = normalised(s.forceWords);
  if (!words) return undefined;
  for (const field of ['text', 'quote', 'heading'] as const) if (normalised(s[field]).includes(words)) return field;
  return undefined;
}

/**
 * What is wrong with a statement's force against the rule, as problems on a field: a deviation without its
 * words or reason, words that do not stand in the statement, or words on a statement that follows the rule.
 */
export function forceProblems(s: ForceReading): { field: string; message: string }[] {
  const rule = ruleForce(s.kind);
  if (!rule) return [];
  const hasWords = typeof s.forceWords === 'string' && s.forceWords.trim() !== '';
  const hasReason = typeof s.forceReason === 'string' && s.forceReason.trim() !== '';
  if (s.force === rule)
    return hasWords || hasReason
      ? [
          {
            field: hasWords ? 'forceWords' : 'forceReason',
            message: `force ${s.force} is the force of every ${s.kind}: forceWords and forceReason are only for a statement whose force differs from its kind's`,
          },
        ]
      : [];
  const problems: { field: string; message: string }[] = [];
  if (!hasWords)
    problems.push({
      field: 'force',
      message: `force ${s.force} differs from ${rule}, the force of every ${s.kind} (seed/README.md, "One reading of force"): set force ${rule}, or give forceWords (the source's words that make it ${s.force}) and forceReason`,
    });
  else if (!whereForceWordsStand(s))
    problems.push({
      field: 'forceWords',
      message: `"${String(s.forceWords)}" does not stand in the statement's text, its quote or its heading`,
    });
  if (hasWords && !hasReason)
    problems.push({ field: 'forceReason', message: `a force that differs from its kind's (${rule}) says why` });
  return problems;
}
