import { foldLine, icsText } from '../../src/server/milestone-calendar';
import { useTestApi } from '../utils/server';

interface VEvent {
  [property: string]: string;
}

/** Reads an iCalendar text as a calendar client does: unfolds its lines, then splits name, parameters, value. */
function readCalendar(text: string): { calendar: Record<string, string>; events: VEvent[] } {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const calendar: Record<string, string> = {};
  const events: VEvent[] = [];
  let event: VEvent | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') event = {};
    else if (line === 'END:VEVENT') {
      events.push(event!);
      event = undefined;
    } else if (line) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon);
      (event ?? calendar)[name] = line.slice(colon + 1);
    }
  }
  return { calendar, events };
}

/** A TEXT value as written, read back (RFC 5545 3.3.11). */
const unescape = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('the purchasing calendar as an iCalendar feed per insurer (GET /export/milestones.ics?insurer=…)', () => {
  const api = useTestApi();
  const feed = async (query: string) => {
    const res = await fetch(`${api().server.url}/export/milestones.ics?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    return res.text();
  };

  it('the VGZ deadlines feed holds the 2024 contract deadline with its citation', async () => {
    const text = await feed('insurer=vgz');
    const { calendar, events } = readCalendar(text);
    expect([calendar.BEGIN, calendar.VERSION]).toEqual(['VCALENDAR', '2.0']);
    expect(calendar['X-WR-CALNAME']).toContain('VGZ');
    const deadline = events.find((e) => e.UID === 'vgz-msz-2024-planning-alle-uitvraagmodule@zorginkoop-graph')!;
    // "Uiterlijk 15 september 2023": an all-day event on that day (DTEND is the day after, RFC 5545).
    expect(deadline).toMatchObject({
      'DTSTART;VALUE=DATE': '20230915',
      'DTEND;VALUE=DATE': '20230916',
      SUMMARY: 'Openstellen uitvraagmodule en beschikbaar stellen standaard overeenkomst 2024',
    });
    const description = unescape(deadline.DESCRIPTION!);
    expect(description).toContain('Wanneer: Uiterlijk 15 september 2023');
    expect(description).toContain('Via: VECOZO');
    expect(description).toMatch(/Bron: doc-001 \(.+\), regels 363:\n“.*uitvraagmodule.*”/);
    // Every content line at most 75 octets, CRLF-terminated.
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('puts a period the source states on the calendar as that span, titled with the source’s words', async () => {
    const { events } = readCalendar(await feed('insurer=vgz&from=2023-01-01&to=2023-12-31'));
    const talks = events.find((e) => e.UID === 'vgz-msz-2024-text-gesprekken-dashboard@zorginkoop-graph')!;
    // "in mei en juni 2023": 1 May up to and including 30 June.
    expect(talks['DTSTART;VALUE=DATE']).toBe('20230501');
    expect(talks['DTEND;VALUE=DATE']).toBe('20230701');
    expect(unescape(talks.SUMMARY!)).toMatch(/^in mei en juni 2023: /);
  });

  it('puts a.s.r.’s “vóór juli jaar T-1” on 30 June 2022, the day before July', async () => {
    const { events } = readCalendar(await feed('insurer=asr'));
    const signUp = events.find(
      (e) => e.UID === 'asr-elv-grz-gzsp-2023-2024-tijdpad-aanmelden-nieuwe-aanbieders@zorginkoop-graph',
    )!;
    expect([signUp['DTSTART;VALUE=DATE'], signUp['DTEND;VALUE=DATE']]).toEqual(['20220630', '20220701']);
    expect(unescape(signUp.DESCRIPTION!)).toContain('Soort: termijn');
  });

  it('holds no past event: the GDDZ signed on 4 November 2022 is background to Caresq’s 2025 policy, not a date to act on', async () => {
    const { calendar, events } = readCalendar(await feed('insurer=eucare'));
    expect(events.map((e) => e.UID)).not.toContain('caresq-ziekenhuizen-2025-gddz-ondertekend@zorginkoop-graph');
    expect(unescape(calendar['X-WR-CALDESC']!)).toContain(
      'caresq-ziekenhuizen-2025-gddz-ondertekend (op 4 november 2022: al voorbij toen het beleid verscheen)',
    );
  });

  it('invents no day: “begin juni”, mid-month, year-only and undated milestones are left out, and the calendar lists them', async () => {
    const { calendar, events } = readCalendar(await feed('insurer=eucare'));
    const uids = events.map((e) => e.UID);
    // "uiterlijk half september 2024" names no day; "(in 2026)" only a year; "Na bereiken onderhandelakkoord" no date.
    expect(uids).not.toContain('caresq-ziekenhuizen-2025-uitnodiging-inkoopgesprek@zorginkoop-graph');
    expect(uids).not.toContain('caresq-ziekenhuizen-2025-csrd-rapportage-2026@zorginkoop-graph');
    expect(uids).not.toContain('caresq-ziekenhuizen-2025-aanbieding-prijslijst@zorginkoop-graph');
    // "Uiterlijk begin juni 2024": an event over all of June would say "until 30 June".
    expect(uids).not.toContain('caresq-ziekenhuizen-2025-email-route-naar-12-november@zorginkoop-graph');
    const description = unescape(calendar['X-WR-CALDESC']!);
    expect(description).toContain('caresq-ziekenhuizen-2025-uitnodiging-inkoopgesprek (uiterlijk half september 2024');
    expect(description).toContain('caresq-ziekenhuizen-2025-aanbieding-prijslijst');
    expect(description).toContain(
      'caresq-ziekenhuizen-2025-email-route-naar-12-november (Uiterlijk begin juni 2024: begin',
    );
    expect(uids).toContain('caresq-ziekenhuizen-2025-overzicht-wijzigingen-overeenkomst@zorginkoop-graph');
  });

  it('gives every event a UID of its own that stays the same from one fetch to the next', async () => {
    const first = readCalendar(await feed('insurer=asr')).events.map((e) => e.UID);
    const second = readCalendar(await feed('insurer=asr')).events.map((e) => e.UID);
    expect(first.length).toBeGreaterThan(0);
    expect(new Set(first).size).toBe(first.length);
    expect(second).toEqual(first);
    for (const e of readCalendar(await feed('insurer=asr')).events) expect(e.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('asks for the insurer the feed is for, and names a wrong one', async () => {
    const missing = await fetch(`${api().server.url}/export/milestones.ics`);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', argument: 'insurer' } }],
    });
    const unknown = await fetch(`${api().server.url}/export/milestones.ics?insurer=zilveren-maan`);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toMatch(/zilveren-maan/);
  });

  it('escapes text and folds long lines as RFC 5545 says, never inside a character', () => {
    expect(icsText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
    const line = `DESCRIPTION:${'patiëntengroepen “quote” '.repeat(10)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((part) => part.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
