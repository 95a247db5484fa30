import type { MilestonesExportRowFragment } from '../client/generated/graphql';

/**
 * An insurer's purchasing calendar as iCalendar (RFC 5545), for a calendar application to subscribe to:
 * one all-day event per milestone that is a date to act on or by, its description the source's citation
 * (document, lines, quote).
 *
 * What is on it: deadlines, planned steps, the dates something takes or loses effect, and aims (said so in
 * the description). Events already past when the document was published, and the dates a criterion is
 * measured at, are no date to act on: left out.
 *
 * Dates are what the source states, never a day it does not name:
 * - a day ("vóór 1 juli 2023", recorded as 30 June) is that day;
 * - a whole month or a period ("juni 2024", "juli t/m september") is one event spanning it, its title
 *   beginning with the source's words for the date;
 * - a part of a month or year ("begin juni", "half september", "eind 2024"), a year ("in 2024"), and a
 *   term without a calendar date ("binnen 2 weken") are left out: the source names no day or span to put
 *   them on (an event over the whole of June would say "until 30 June" where the source says "begin juni").
 *
 * The calendar's description lists every milestone left out, with its date as stated, so the analyst knows
 * it exists; milestones.csv has them all.
 */

type Milestone = MilestonesExportRowFragment;

/** The kinds of milestone on the calendar, and how the description names them. */
const KIND_ON_CALENDAR: Partial<Record<NonNullable<Milestone['kind']>, string>> = {
  DEADLINE: 'termijn',
  PLANNED_STEP: 'geplande stap',
  EFFECTIVE_DATE: 'ingangsdatum',
  AIM: 'streven (geen harde termijn)',
};
/** Why a milestone of another kind is left out. */
const KIND_LEFT_OUT: Partial<Record<NonNullable<Milestone['kind']>, string>> = {
  PAST_EVENT: 'al voorbij toen het beleid verscheen',
  REFERENCE_DATE: 'een peildatum, geen moment om te handelen',
};
/** Why a milestone of another precision is left out (any precision not named here is left out too). */
const PRECISION_LEFT_OUT: Partial<Record<Milestone['datePrecision'], string>> = {
  MID_MONTH: 'het midden van een maand, geen dag',
  YEAR: 'alleen een jaar',
  UNSPECIFIED: 'geen kalenderdatum',
};
/** The precisions that are on the calendar: a day as that day, a month or period as the span it is. */
const ON_CALENDAR = new Set<Milestone['datePrecision']>(['DAY', 'MONTH', 'PERIOD']);
const PART: Record<NonNullable<Milestone['datePart']>, string> = { BEGIN: 'begin', MID: 'half', END: 'eind' };

export interface CalendarEvent {
  uid: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (inclusive; the same as start for one day). */
  last: string;
  summary: string;
  description: string;
}

/** The event of a milestone, or why it is left out. */
export function milestoneEvent(m: Milestone): CalendarEvent | { leftOut: string } {
  // A draft's milestone may have no kind yet: it is on the calendar as what its date says.
  const kind = m.kind ? KIND_ON_CALENDAR[m.kind] : 'soort nog niet vastgesteld';
  if (kind === undefined) return { leftOut: (m.kind && KIND_LEFT_OUT[m.kind]) ?? 'geen moment om te handelen' };
  if (!ON_CALENDAR.has(m.datePrecision))
    return { leftOut: PRECISION_LEFT_OUT[m.datePrecision] ?? 'geen dag of periode' };
  if (m.datePart) return { leftOut: `${PART[m.datePart]} van een maand, geen dag of hele maand` };
  if (!m.date) return { leftOut: 'geen kalenderdatum' };
  const day = m.datePrecision === 'DAY';
  const lines = [
    m.dateText && `Wanneer: ${m.dateText}`,
    `Wat: ${m.action}`,
    `Soort: ${kind}`,
    m.actor && `Wie: ${m.actor}`,
    m.channel && `Via: ${m.channel}`,
    m.audience && `Voor: ${m.audience}`,
    m.term && `Termijn: ${m.term}${m.termFrom ? ` (vanaf: ${m.termFrom})` : ''}`,
    `Beleid: ${m.policy.key}`,
    '',
    `Bron: ${m.source.documentKey} (${m.source.document.title}), regels ${m.source.lines}:`,
    `“${m.source.quote}”`,
    m.curatorNote && `\nToelichting van de curator (geen feit uit de bron): ${m.curatorNote}`,
    !m.reviewed && '\nConcept: nog niet door een curator nagekeken.',
  ];
  return {
    uid: `${m.key}@zorginkoop-graph`,
    start: m.date,
    last: day ? m.date : (m.dateEnd ?? m.date),
    // A span says in its title what the source says of the date ("juni 2024: ..."), since it is no deadline day.
    summary: day || !m.dateText ? m.action : `${m.dateText}: ${m.action}`,
    description: lines.filter((l): l is string => typeof l === 'string').join('\n'),
  };
}

/** The calendar text of an insurer's milestones. */
export function milestoneCalendar(feed: {
  insurer: { key: string; name: string };
  milestones: Milestone[];
  /** DTSTAMP: when the feed was made (default: now). */
  now?: Date;
}): string {
  const events: CalendarEvent[] = [];
  const leftOut: string[] = [];
  for (const m of feed.milestones) {
    const event = milestoneEvent(m);
    if ('leftOut' in event) leftOut.push(`${m.key} (${m.dateText ?? 'zonder datum'}: ${event.leftOut})`);
    else events.push(event);
  }
  const name = `Zorginkoop: mijlpalen ${feed.insurer.name || feed.insurer.key}`;
  const description = [
    `Mijlpalen uit het inkoopbeleid van ${feed.insurer.name || feed.insurer.key}, elk met de bron (document, regels, citaat).`,
    'Termijnen, geplande stappen, ingangsdata en voornemens; een maand of periode is één gebeurtenis over die hele maand of periode.',
    leftOut.length
      ? `Niet in de kalender (geen dag of periode in de bron, of geen moment om te handelen): ${leftOut.join('; ')}.`
      : 'Elke mijlpaal staat in de kalender.',
  ].join(' ');
  const stamp = icsDateTime(feed.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//zorginkoop-graph//milestones//NL',
    'CALSCALE:GREGORIAN',
    `NAME:${icsText(name)}`,
    `X-WR-CALNAME:${icsText(name)}`,
    `DESCRIPTION:${icsText(description)}`,
    `X-WR-CALDESC:${icsText(description)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${icsText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.start)}`,
      // DTEND of an all-day event is the day after the last one (RFC 5545 3.6.1).
      `DTEND;VALUE=DATE:${icsDate(dayAfter(e.last))}`,
      `SUMMARY:${icsText(e.summary)}`,
      `DESCRIPTION:${icsText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped; other controls dropped. */
export function icsText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what TEXT may not hold
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/**
 * A content line folded at 75 octets (RFC 5545 3.1): CRLF and one space before each continuation, never
 * inside a UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; a continuation 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

const icsDate = (day: string) => day.replace(/-/g, '');

function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const icsDateTime = (at: Date) => `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
