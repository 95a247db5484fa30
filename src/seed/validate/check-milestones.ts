import type { SeedProblem } from '../read-seed';
import { problemAt, type Definition } from './declaration';

/** Contact details in a milestone's words: an e-mail address, a telephone number or a web address. */
const CONTACT_DETAILS = /[\w.+-]+@[\w-]+\.[\w.]+|\b0\d{2,3}[ -]+\d{2,3}[\d ]*\d\b|\bwww\.|\b[\w-]+\.(?:nl|com)\b/u;

/** Words that name part of a month or year without a day: "begin juni", "half september", "eind 2024". */
const PART_WORDS =
  /\b(begin|half|medio|eind)\s+(?:\S+\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|\d{4})\b/iu;

/** The part the words name, as the model writes it. */
const PART_OF: Record<string, string> = { begin: 'begin', half: 'mid', medio: 'mid', eind: 'end' };

const iso = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;

const nextDay = (day: string): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * The date rules of the planning calendar (seed/README.md, "Milestones"), for each milestone:
 * - a curated one says what it is (`kind`: a deadline, a planned step, a past event, ...);
 * - contact details without a date or term are a contact (`contacts:`), never a milestone;
 * - "vóór juli" is before the month: the date is its day before (30 June), as for "vóór 1 juli"; "ná juli" is
 *   the first day after it (1 August); neither covers the month, so there is no `dateEnd`;
 * - "begin juni", "half september", "eind 2024" keep their part (`datePart`) and imply no day: the date is the
 *   first day of the month or year (the 15th for the middle of a month) and there is no `dateEnd`;
 * - a relative term (`term`) names the event it counts from (`termFrom`).
 */
export function checkMilestones(definitions: Map<string, Definition>, problems: SeedProblem[]): void {
  for (const { node: d } of definitions.values()) {
    if (d.label !== 'Milestone') continue;
    const m = d.data;
    if (d.record.reviewed !== false && !m.kind)
      problems.push(problemAt(d, 'kind', 'a curated milestone says what it is: deadline, planned-step, ... (kind)'));
    const date = iso(m.date);
    const dateEnd = iso(m.dateEnd);
    const words = [m.action, m.channel].filter((v): v is string => typeof v === 'string').join(' ');
    if (!date && !m.term && CONTACT_DETAILS.test(words))
      problems.push(
        problemAt(d, 'action', 'contact details without a date or term are a contact (contacts:), not a milestone'),
      );
    const monthLevel = m.datePrecision === 'month' || m.datePrecision === 'year';
    if (monthLevel && (m.dateQualifier === 'before' || m.dateQualifier === 'after')) {
      if (dateEnd)
        problems.push(problemAt(d, 'dateEnd', `"${String(m.dateQualifier)}" a month or year does not cover it`));
      const firstAfter = date && m.dateQualifier === 'before' ? nextDay(date) : date;
      if (firstAfter && !firstAfter.endsWith('-01'))
        problems.push(
          problemAt(
            d,
            'date',
            m.dateQualifier === 'before'
              ? 'before a month ("vóór juli") the date is the last day before it (30 June)'
              : 'after a month ("ná juli") the date is the first day after it (1 August)',
          ),
        );
    }
    const stated = typeof m.dateText === 'string' ? PART_WORDS.exec(m.dateText) : null;
    const part = stated ? PART_OF[stated[1]!.toLowerCase()] : undefined;
    if (part && m.datePart !== part)
      problems.push(problemAt(d, 'datePart', `the source says "${stated![0]}": datePart must be ${part}`));
    if (m.datePart === 'begin' || m.datePart === 'end') {
      if (dateEnd) problems.push(problemAt(d, 'dateEnd', `the ${m.datePart} of a month or year is not all of it`));
      if (!monthLevel)
        problems.push(problemAt(d, 'datePrecision', 'a part of a month or year has precision month or year'));
      if (date && !date.endsWith(m.datePrecision === 'year' ? '-01-01' : '-01'))
        problems.push(problemAt(d, 'date', `the ${m.datePart} of a month or year is dated its first day, no other`));
    }
    if (m.datePart === 'mid' && m.datePrecision !== 'mid-month')
      problems.push(problemAt(d, 'datePrecision', 'the middle of a month ("half september") has precision mid-month'));
    if (m.term && !m.termFrom)
      problems.push(problemAt(d, 'termFrom', 'a relative term names the event it counts from'));
  }
}
