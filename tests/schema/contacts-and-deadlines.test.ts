import { useTestApi } from '../utils/server';

interface Contact {
  key: string;
  subject: string;
  department: string | null;
  emails: string[];
  phones: string[];
  url: string | null;
  channel: string | null;
  openingHours: string | null;
  source: { lineStart: number; lineEnd: number };
}

interface Milestone {
  key: string;
  kind: string | null;
  date: string | null;
  dateEnd: string | null;
  dateText: string | null;
  datePrecision: string;
  dateQualifier: string;
  datePart: string | null;
  term: string | null;
  termFrom: string | null;
  action: string;
  source: { lineStart: number; lineEnd: number };
}

const CONTACT = 'key subject department emails phones url channel openingHours source { lineStart lineEnd }';
const MILESTONE =
  'key kind date dateEnd dateText datePrecision dateQualifier datePart term termFrom action source { lineStart lineEnd }';

describe('contacts and deadlines as an analyst reads them', () => {
  const api = useTestApi();

  const milestonesOf = async (insurer: string, range = '') => {
    const body = await api().query<{ milestones: Milestone[] }>(
      `{ milestones(insurer: "${insurer}"${range}) { ${MILESTONE} } }`,
    );
    expect(body.errors).toBeUndefined();
    return body.data!.milestones;
  };
  const contactsOf = async (policy: string) => {
    const body = await api().query<{ policy: { contacts: Contact[] } }>(
      `{ policy(key: "${policy}") { contacts { ${CONTACT} } } }`,
    );
    expect(body.errors).toBeUndefined();
    return body.data!.policy.contacts;
  };

  it('whom do I ask at a.s.r. about the contract process? department, e-mail and telephone apart, not one tab-separated text', async () => {
    const contacts = await contactsOf('asr-elv-grz-gzsp-2023-2024');
    const proces = contacts.find((c) => c.subject === 'Proces overeenkomst');
    expect(proces).toMatchObject({
      department: 'Afdeling overeenkomsten',
      emails: ['zorg.overeenkomsten@asr.nl'],
      phones: ['030 - 257 25 00'],
      openingHours: 'het hele jaar door',
    });
    const beleid = contacts.find((c) => c.subject === 'Inhoud overeenkomsten en beleid');
    expect(beleid?.emails).toEqual(['elv-en-grz@asr.nl', 'gzsp@asr.nl']);
    expect(contacts.find((c) => c.subject === 'Status declaraties en wijzigingen doorgeven')?.url).toBe(
      'mijnzorgverlener.asr.nl',
    );
    for (const c of contacts) for (const field of [c.subject, c.department ?? '']) expect(field).not.toMatch(/\t/);
  });

  it('when can I phone VGZ as a leefstijlcoach? the opening hours as stated, and no number the source does not give', async () => {
    const contacts = await contactsOf('vgz-huisartsenzorg-2021');
    const loket = contacts.find((c) => c.department === 'Zorgaanbiedersloket');
    expect(loket).toMatchObject({ openingHours: 'van maandag t/m vrijdag van 8.30 – 17.00 uur', phones: [] });
  });

  it('lists Caresq’s contacts, the contact table’s rows and the cover page’s telephone numbers, each cited', async () => {
    const body = await api().query<{ contacts: { edges: Array<{ node: Contact }> } }>(
      `{ contacts(first: 100) { edges { node { ${CONTACT} } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const caresq = body.data!.contacts.edges.map((e) => e.node).filter((c) => c.key.startsWith('caresq-'));
    expect(caresq.find((c) => c.subject === 'Vragen over zorginkoop')).toMatchObject({
      emails: ['zorginkoop@caresq.nl'],
      source: { lineStart: 333, lineEnd: 334 },
    });
    expect(caresq.find((c) => c.subject === 'Aanvragen zorgovereenkomst')?.url).toBe('www.caresq.nl');
    expect(caresq.some((c) => c.phones.includes('088 35 35 732'))).toBe(true);
  });

  it('a contact row is never a milestone: a.s.r.’s contact table (002:289-295) gives no milestone', async () => {
    const milestones = await milestonesOf('asr');
    const inContactTable = milestones.filter((m) => m.source.lineStart >= 289 && m.source.lineEnd <= 295);
    expect(inContactTable).toEqual([]);
    for (const m of milestones) expect(`${m.action}`).not.toMatch(/@asr\.nl/);
  });

  it('how long may a hospital take to react to Caresq’s process proposal? the term and what it counts from (004:344-345)', async () => {
    const milestones = await milestonesOf('eucare');
    expect(milestones.find((m) => m.key === 'caresq-ziekenhuizen-2025-reactie-procesvoorstel')).toMatchObject({
      kind: 'DEADLINE',
      date: null,
      term: 'binnen 2 weken',
      termFrom: "Versturen email 'De route naar 12 november'",
    });
    expect(milestones.find((m) => m.term === 'reactietermijn 4 weken')).toMatchObject({
      kind: 'DEADLINE',
      termFrom: 'Aanleveren overzicht wijzigingen overeenkomst 2025 t.o.v. overeenkomst 2024 via de mail',
      source: { lineStart: 345, lineEnd: 345 },
    });
    expect(milestones.find((m) => m.key === 'caresq-ziekenhuizen-2025-uiterste-tekendatum')).toMatchObject({
      term: '4 weken na',
      termFrom: 'aanbieding definitieve zorgovereenkomst 2025',
    });
  });

  it('"begin 2023 plaatsgevonden" is a past event, not a deadline for all of 2023', async () => {
    const milestones = await milestonesOf('vgz', ', from: "2023-06-01", to: "2023-12-31"');
    expect(milestones.map((m) => m.key)).not.toContain('vgz-msz-2024-text-informatiebijeenkomsten');
    const all = await milestonesOf('vgz');
    expect(all.find((m) => m.key === 'vgz-msz-2024-text-informatiebijeenkomsten')).toMatchObject({
      kind: 'PAST_EVENT',
      date: '2023-01-01',
      dateEnd: null,
      datePart: 'BEGIN',
      dateText: 'begin 2023',
    });
  });

  it('"uiterlijk begin juni 2024" keeps its "begin" and is not all of June: no end date, no day invented', async () => {
    const late = await milestonesOf('eucare', ', from: "2024-06-15", to: "2024-06-30"');
    expect(late.map((m) => m.key)).not.toContain('caresq-ziekenhuizen-2025-email-route-naar-12-november');
    const all = await milestonesOf('eucare');
    expect(all.find((m) => m.key === 'caresq-ziekenhuizen-2025-email-route-naar-12-november')).toMatchObject({
      kind: 'DEADLINE',
      date: '2024-06-01',
      dateEnd: null,
      datePrecision: 'MONTH',
      datePart: 'BEGIN',
      dateQualifier: 'BY',
      dateText: 'Uiterlijk begin juni 2024',
    });
  });

  it('"vóór juli" in a.s.r.’s planning table (column "Wanneer (2022)") is by 30 June 2022, as "vóór 1 juli" is', async () => {
    const june30 = await milestonesOf('asr', ', from: "2022-06-30", to: "2022-06-30"');
    const keys = june30.map((m) => m.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'asr-elv-grz-gzsp-2023-2024-tijdpad-aanmelden-nieuwe-aanbieders',
        'asr-elv-grz-gzsp-2023-2024-nieuwe-aanbieders-melden-voor-1-juli-2022',
      ]),
    );
    const july = await milestonesOf('asr', ', from: "2022-07-01", to: "2022-07-31"');
    expect(july.map((m) => m.key)).not.toContain('asr-elv-grz-gzsp-2023-2024-tijdpad-aanmelden-nieuwe-aanbieders');
    expect(june30.find((m) => m.key.endsWith('tijdpad-aanmelden-nieuwe-aanbieders'))).toMatchObject({
      kind: 'DEADLINE',
      dateEnd: null,
      datePrecision: 'MONTH',
      dateQualifier: 'BEFORE',
    });
  });

  it('the 1 November cut-off for the 4 % surcharge (000:107), stated inside a criterion, is a deadline too', async () => {
    const milestones = await milestonesOf('vgz');
    expect(milestones.find((m) => m.source.lineStart === 107)).toMatchObject({
      kind: 'DEADLINE',
      dateQualifier: 'BEFORE',
      term: 'voor 1 november voorafgaand aan',
      termFrom: 'het contractjaar',
    });
  });
});
