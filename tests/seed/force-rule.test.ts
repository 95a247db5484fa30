import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORCE_OF_KIND, ruleForce, whereForceWordsStand } from '../../src/model/force-rule';
import { formatProblem } from '../../src/seed/read-seed';
import { validateSeed } from '../../src/seed/validate-seed';
import { copyOfSeed, useTestApi } from '../utils/server';
import { validatedSeed } from '../utils/shared-seed';

/**
 * One reading of force per kind of statement (seed/README.md, "One reading of force and party per kind of
 * statement"): a statement's force is its kind's, unless the source's own words make it stronger or weaker.
 */

/**
 * Every statement of the five documents whose force differs from its kind's: key, kind -> force, and the
 * source's words that make it so. A new exception, or one that goes, changes this list.
 */
const EXCEPTIONS: [key: string, kindToForce: string, words: string][] = [
  [
    'asr-elv-grz-gzsp-2023-2024-coordinatiefunctie-aantal-meldingen',
    'information-requirement -> expectation',
    'verwacht a.s.r.',
  ],
  [
    'asr-elv-grz-gzsp-2023-2024-coordinatiefunctie-financieel-adherentiegebied',
    'purchasing-criterion -> intention',
    'gaan de komende tijd',
  ],
  [
    'asr-elv-grz-gzsp-2023-2024-coordinatiefunctie-financieel-complexiteit-regio',
    'purchasing-criterion -> intention',
    'gaan de komende tijd',
  ],
  [
    'asr-elv-grz-gzsp-2023-2024-coordinatiefunctie-financieel-kosten-meldingen',
    'purchasing-criterion -> intention',
    'gaan de komende tijd',
  ],
  [
    'asr-elv-grz-gzsp-2023-2024-coordinatiefunctie-instroom',
    'information-requirement -> expectation',
    'verwacht a.s.r.',
  ],
  [
    'asr-elv-grz-gzsp-2023-2024-coordinatiefunctie-niet-geplaatst',
    'information-requirement -> expectation',
    'verwacht a.s.r.',
  ],
  ['asr-elv-grz-gzsp-2023-2024-duurzaamheid-vooraanstaande-rol', 'plan-theme -> intention', 'wil a.s.r.'],
  [
    'asr-elv-grz-gzsp-2023-2024-individuele-so-geen-voorstander',
    'purchasing-criterion -> intention',
    'geen voorstander',
  ],
  ['asr-elv-grz-gzsp-2023-2024-innovatievoorstellen-toetsing', 'purchasing-criterion -> condition', 'Wij toetsen of'],
  [
    'asr-elv-grz-gzsp-2023-2024-meldingen-na-1-juli-geen-garantie',
    'reservation-of-rights -> intention',
    'zo spoedig mogelijk',
  ],
  [
    'asr-elv-grz-gzsp-2023-2024-verlengingsaanvraag-zorg-in-een-groep-overwogen',
    'reservation-of-rights -> intention',
    'overwegen wij',
  ],
  ['caresq-ziekenhuizen-2025-csrd-informatie', 'information-requirement -> expectation', 'We verwachten'],
  [
    'caresq-ziekenhuizen-2025-digitale-zorg-toegevoegde-waarde',
    'quality-expectation -> condition',
    'Een randvoorwaarde',
  ],
  ['caresq-ziekenhuizen-2025-digitale-zorg-zorgvraag', 'quality-expectation -> requirement', 'dient'],
  ['caresq-ziekenhuizen-2025-duurzaamheidsgesprekken-marktleider', 'purchasing-criterion -> intention', 'zullen wij'],
  ['caresq-ziekenhuizen-2025-email-agb-code-zorgsoort', 'contact-route -> requirement', 'Vermeld'],
  [
    'caresq-ziekenhuizen-2025-informeren-transformatieplannen',
    'information-requirement -> expectation',
    'Wij verwachten',
  ],
  [
    'caresq-ziekenhuizen-2025-natura-select-alsnog-aanbod',
    'purchasing-criterion -> intention',
    'stellen we deze ziekenhuizen in de gelegenheid',
  ],
  ['caresq-ziekenhuizen-2025-natura-select-betaalbaarheid', 'selection-criterion -> intention', 'de voorkeur'],
  ['caresq-ziekenhuizen-2025-natura-select-marktaandeel', 'selection-criterion -> intention', 'Bij voorkeur'],
  [
    'caresq-ziekenhuizen-2025-natura-select-toegankelijkheid',
    'selection-criterion -> intention',
    'We selecteren tenminste',
  ],
  ['caresq-ziekenhuizen-2025-natura-select-type-ziekenhuis', 'selection-criterion -> intention', 'met name geschikt'],
  ['caresq-ziekenhuizen-2025-transparantie-transformatie', 'information-requirement -> expectation', 'Wij vragen'],
  [
    'leidraad-regionale-samenwerking-2020-doelstelling-samenwerking-eerste-lijn',
    'quality-expectation -> intention',
    'Doelstelling is',
  ],
  [
    'leidraad-regionale-samenwerking-2020-regiobeeld-beschrijving-regio',
    'plan-theme -> expectation',
    'Een regiobeeld bevat',
  ],
  [
    'leidraad-regionale-samenwerking-2020-regiobeeld-deelnemende-partijen',
    'plan-theme -> expectation',
    'Een regiobeeld bevat',
  ],
  ['leidraad-regionale-samenwerking-2020-regiobeeld-trends', 'plan-theme -> expectation', 'Een regiobeeld bevat'],
  ['leidraad-regionale-samenwerking-2020-regiobeeld-uitdagingen', 'plan-theme -> expectation', 'Een regiobeeld bevat'],
  ['leidraad-regionale-samenwerking-2020-regiobeeld-zorgaanbod', 'plan-theme -> expectation', 'Een regiobeeld bevat'],
  ['leidraad-regionale-samenwerking-2020-regiobeeld-zorgvraag', 'plan-theme -> expectation', 'Een regiobeeld bevat'],
  ['leidraad-regionale-samenwerking-2020-regioplan-activiteiten-tijdpad', 'plan-theme -> expectation', 'bij voorkeur'],
  ['leidraad-regionale-samenwerking-2020-regioplan-afspraken-monitoring', 'plan-theme -> expectation', 'bij voorkeur'],
  ['leidraad-regionale-samenwerking-2020-regioplan-governance-draagvlak', 'plan-theme -> expectation', 'bij voorkeur'],
  ['leidraad-regionale-samenwerking-2020-regioplan-ict-visie', 'plan-theme -> expectation', 'verdient het aanbeveling'],
  [
    'leidraad-regionale-samenwerking-2020-regioplan-jaarplan-contractafspraken',
    'plan-theme -> expectation',
    'bevatten een plan van aanpak',
  ],
  ['leidraad-regionale-samenwerking-2020-regioplan-missie-visie', 'plan-theme -> expectation', 'bij voorkeur'],
  [
    'leidraad-regionale-samenwerking-2020-regioplan-multidisciplinaire-samenwerking',
    'plan-theme -> expectation',
    'Ook verwoordt het regioplan',
  ],
  [
    'leidraad-regionale-samenwerking-2020-regioplan-prioritering-uitdagingen',
    'plan-theme -> expectation',
    'bij voorkeur',
  ],
  [
    'leidraad-regionale-samenwerking-2020-regioplan-uitdagingen-opgepakt',
    'plan-theme -> expectation',
    'In het regioplan staat hoe',
  ],
  [
    'leidraad-regionale-samenwerking-2020-regioplan-zeggenschap-betrokkenheid',
    'plan-theme -> expectation',
    'Het regioplan geeft inzicht',
  ],
  [
    'vgz-huisartsenzorg-2021-aandoeningsspecifieke-en-generieke-criteria',
    'quality-expectation -> background',
    'Er zijn aandoeningsspecifieke criteria',
  ],
  [
    'vgz-huisartsenzorg-2021-astma-niet-naar-nieuwe-regios',
    'purchasing-criterion -> intention',
    'We kiezen er daarom voor',
  ],
  ['vgz-huisartsenzorg-2021-diversiteit-zorgaanbod', 'selection-criterion -> intention', 'streven we naar'],
  ['vgz-huisartsenzorg-2021-gli-alleen-erkende-interventies', 'purchasing-criterion -> condition', 'alleen erkende'],
  [
    'vgz-huisartsenzorg-2021-gli-kwaliteit-en-afstemming-keten',
    'contract-condition -> requirement',
    'is verantwoordelijk voor',
  ],
  [
    'vgz-huisartsenzorg-2021-gli-nieuwe-erkende-programmas',
    'purchasing-criterion -> condition',
    "Als er nieuwe programma's",
  ],
  [
    'vgz-huisartsenzorg-2021-gli-open-voor-nieuwe-aanbieders',
    'purchasing-criterion -> intention',
    'staan wij open voor',
  ],
  ['vgz-huisartsenzorg-2021-gli-spiegelinformatie-capaciteit', 'purchasing-criterion -> intention', 'willen we'],
  [
    'vgz-huisartsenzorg-2021-gli-verwijzing-en-erkend-programma',
    'minimum-requirement -> condition',
    'stelt als voorwaarde',
  ],
  ['vgz-huisartsenzorg-2021-gli-voorkeur-samenwerkingsverbanden', 'selection-criterion -> intention', 'bij voorkeur'],
  ['vgz-huisartsenzorg-2021-good-practice-efficiente-capaciteit', 'selection-criterion -> background', 'kunnen leiden'],
  ['vgz-huisartsenzorg-2021-hds-in-door-uitstroom', 'quality-expectation -> intention', 'We kijken met u naar'],
  [
    'vgz-huisartsenzorg-2021-inclusie-alleen-bij-noodzaak',
    'quality-expectation -> intention',
    'Hiermee zorgen we ervoor dat',
  ],
  [
    'vgz-huisartsenzorg-2021-ketens-conform-zorgstandaarden',
    'quality-expectation -> background',
    'leveren alle zorggroepen de zorg conform de zorgstandaarden',
  ],
  ['vgz-huisartsenzorg-2021-kwetsbare-ouderen-module-vervalt', 'purchasing-criterion -> condition', "In regio's waar"],
  ['vgz-huisartsenzorg-2021-kwetsbare-ouderen-standaardisering', 'purchasing-criterion -> intention', 'waar mogelijk'],
  [
    'vgz-huisartsenzorg-2021-landelijke-in-exclusiecriteria',
    'quality-expectation -> background',
    'hebben landelijke in- en exclusiecriteria opgesteld',
  ],
  ['vgz-huisartsenzorg-2021-praktijkmanagement-80-procent-regionaal', 'purchasing-criterion -> condition', 'Indien'],
  [
    'vgz-huisartsenzorg-2021-regiomanagement-juiste-partijen-aangesloten',
    'minimum-requirement -> condition',
    'Belangrijke voorwaarde',
  ],
  [
    'vgz-huisartsenzorg-2021-regiomanagement-randvoorwaarden',
    'minimum-requirement -> condition',
    'alleen bij partijen waar',
  ],
  [
    'vgz-huisartsenzorg-2021-regiomanagement-regioplan',
    'minimum-requirement -> condition',
    'Om in aanmerking te komen',
  ],
  [
    'vgz-huisartsenzorg-2021-regioplan-aansluiting-alliantie',
    'plan-theme -> intention',
    'gaan we graag met u in gesprek',
  ],
  [
    'vgz-huisartsenzorg-2021-sturen-op-in-exclusiepercentages',
    'purchasing-criterion -> intention',
    'sturen we gezamenlijk op',
  ],
  [
    'vgz-huisartsenzorg-2021-wijkmanagement-regionaal-plan',
    'minimum-requirement -> condition',
    'als er geen regionaal plan bestaat',
  ],
  ['vgz-msz-2024-aanvullend-beoordelingscriteria', 'purchasing-criterion -> condition', 'belangrijkste criteria'],
  ['vgz-msz-2024-offerte-volumes-tarieven', 'information-requirement -> background', 'ontvangen we offertes'],
  ['vgz-msz-2024-revalidatie-beroepskader', 'additional-requirement -> condition', 'alleen in bij instellingen'],
  ['vgz-msz-2024-revalidatie-ccl', 'additional-requirement -> condition', 'alleen in bij instellingen'],
  ['vgz-msz-2024-uitgangspunt-digitalisering', 'plan-theme -> intention', 'ruim baan voor initiatieven'],
  ['vgz-msz-2024-uitgangspunt-duurzaamheid', 'plan-theme -> intention', 'we stimuleren'],
  ['vgz-msz-2024-zekur-reisafstand', 'selection-criterion -> requirement', 'moeten'],
];

interface Statement {
  key: string;
  kind: string;
  force: string;
  party: string;
  text: string;
  heading: string | null;
  quote: string | null;
  forceWords: string | null;
  forceReason: string | null;
}

const statements = () => validatedSeed().graph.nodes.Criterion as unknown as Statement[];

const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test set-up: ${String(from)} not found in ${file}`);
  writeFileSync(path, next);
};
const problemsIn = (dir: string) => validateSeed(dir).problems.map(formatProblem).join('\n');

const HUISARTSEN = 'documents/000-vgz-huisartsenzorg-2021.yaml';

describe('one reading of force per kind of statement, across the five documents', () => {
  it('the rule gives every kind a force', () => {
    for (const s of statements()) expect(ruleForce(s.kind)).toBeDefined();
    expect(FORCE_OF_KIND['minimum-requirement']).toBe('requirement');
    expect(FORCE_OF_KIND['plan-theme']).toBe('background');
  });

  it('lists every statement whose force differs from its kind’s, each with the source’s words and why', () => {
    const deviations = statements()
      .filter((s) => s.force !== ruleForce(s.kind))
      .sort((a, b) => a.key.localeCompare(b.key));
    expect(deviations.map((s) => [s.key, `${s.kind} -> ${s.force}`, s.forceWords])).toEqual(EXCEPTIONS);
    for (const s of deviations) {
      expect(s.forceReason).toEqual(expect.stringMatching(/\S/));
      // The words stand in the statement: its text, its quote or the lead-in it stands under.
      expect([s.key, whereForceWordsStand(s)]).toEqual([s.key, expect.stringMatching(/^(text|quote|heading)$/)]);
    }
  });

  it('the party follows the kind where the table fixes it: the provider for requirements, the insurer for its commitments and rights', () => {
    const partyOf: Record<string, string[]> = {
      'minimum-requirement': ['provider'],
      'additional-requirement': ['provider'],
      'information-requirement': ['provider'],
      'insurer-commitment': ['insurer', 'provider-and-insurer'],
      'reservation-of-rights': ['insurer'],
    };
    const off = statements().filter((s) => partyOf[s.kind] && !partyOf[s.kind]!.includes(s.party));
    expect(off.map((s) => [s.key, s.kind, s.party])).toEqual([]);
  });

  it('a statement that follows the rule carries no exception', () => {
    const following = statements().filter((s) => s.force === ruleForce(s.kind));
    expect(following.filter((s) => s.forceWords !== null || s.forceReason !== null).map((s) => s.key)).toEqual([]);
  });

  it('the same kind of statement has the same force in different documents: capping providers, announcing changes', () => {
    const byKey = new Map(statements().map((s) => [s.key, s]));
    const cap = statements().filter((s) => s.kind === 'reservation-of-rights' && /maximum/i.test(s.text));
    expect(cap.length).toBeGreaterThanOrEqual(2);
    expect(new Set(cap.map((s) => s.force))).toEqual(new Set(['background']));
    const announced = statements().filter((s) => /wijzigingen/i.test(s.text) && /bekend/.test(s.text));
    expect(announced.map((s) => [s.kind, s.force])).toEqual([
      ['insurer-commitment', 'intention'],
      ['insurer-commitment', 'intention'],
    ]);
    const retroactive = [
      'vgz-huisartsenzorg-2021-gli-geen-terugwerkende-kracht',
      'asr-elv-grz-gzsp-2023-2024-geen-terugwerkende-kracht',
    ];
    expect(retroactive.map((k) => [byKey.get(k)?.kind, byKey.get(k)?.force])).toEqual([
      ['contract-condition', 'condition'],
      ['contract-condition', 'condition'],
    ]);
  });
});

describe('the seed check refuses a force that differs from its kind’s without the source’s words', () => {
  it('names the file, line and field of a deviation without its words', () => {
    const dir = copyOfSeed();
    edit(
      dir,
      HUISARTSEN,
      /(- key: vgz-huisartsenzorg-2021-maximaal-te-includeren-patienten\n(?:.*\n)*?\s+)force: condition/,
      '$1force: requirement',
    );
    expect(problemsIn(dir)).toMatch(
      /documents\/000-vgz-huisartsenzorg-2021\.yaml:\d+, record criteria\[\d+\] vgz-huisartsenzorg-2021-maximaal-te-includeren-patienten, field force: force requirement differs from condition, the force of every contract-condition/,
    );
  });

  it('refuses words that do not stand in the statement, and a reason left out', () => {
    const dir = copyOfSeed();
    edit(dir, HUISARTSEN, /forceWords: "willen we"\n\s+forceReason: .*\n/, 'forceWords: "moet"\n');
    const problems = problemsIn(dir);
    expect(problems).toMatch(
      /gli-spiegelinformatie-capaciteit, field forceWords: "moet" does not stand in the statement/,
    );
    expect(problems).toMatch(/gli-spiegelinformatie-capaciteit, field forceReason: a force that differs from its kind/);
  });

  it('refuses words on a statement whose force is its kind’s', () => {
    const dir = copyOfSeed();
    edit(
      dir,
      HUISARTSEN,
      /(- key: vgz-huisartsenzorg-2021-maximaal-te-includeren-patienten\n(?:.*\n)*?\s+force: condition\n)/,
      '$1    forceWords: "We maken"\n    forceReason: "no reason"\n',
    );
    expect(problemsIn(dir)).toMatch(
      /maximaal-te-includeren-patienten, field forceWords: force condition is the force of every contract-condition: forceWords and forceReason are only for a statement whose force differs/,
    );
  });
});

describe('an analyst reads why a statement’s force differs from its kind’s', () => {
  const api = useTestApi();

  it('"willen we" makes VGZ’s wish on GLI mirror information an intention, not a description of its purchasing', async () => {
    const body = await api().query<{
      criterion: { kind: string; force: string; forceWords: string | null; forceReason: string | null };
    }>(
      '{ criterion(key: "vgz-huisartsenzorg-2021-gli-spiegelinformatie-capaciteit") { kind force forceWords forceReason } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.criterion).toMatchObject({
      kind: 'PURCHASING_CRITERION',
      force: 'INTENTION',
      forceWords: 'willen we',
    });
    expect(body.data!.criterion.forceReason).toMatch(/willen we/);
  });

  it('a statement whose force is its kind’s has no exception words', async () => {
    const body = await api().query<{ criterion: { force: string; forceWords: string | null } }>(
      '{ criterion(key: "vgz-huisartsenzorg-2021-maximaal-te-includeren-patienten") { force forceWords } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.criterion).toEqual({ force: 'CONDITION', forceWords: null });
  });
});
