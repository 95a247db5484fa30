import { join } from 'node:path';
import { findDates } from '../../src/ingest/propose/dates';
import { loadVocabulary, proposeStatements } from '../../src/ingest/propose';
import { structure } from '../../src/ingest/structure';
import type { ChangeProposal, CriterionProposal, MilestoneProposal, Proposal } from '../../src/ingest/types';

const vocabulary = loadVocabulary(join(__dirname, '..', '..', 'seed'));
const propose = (lines: string[], year?: number): Proposal[] =>
  proposeStatements(structure(lines), vocabulary, { year });
const criteria = (lines: string[]): CriterionProposal[] =>
  propose(lines).filter((p): p is CriterionProposal => p.type === 'criterion');
const milestones = (lines: string[], year?: number): MilestoneProposal[] =>
  propose(lines, year).filter((p): p is MilestoneProposal => p.type === 'milestone');

describe('dates as Dutch policy texts write them', () => {
  it("'uiterlijk 15 september 2023' is a deadline by that day", () => {
    expect(findDates('Uiterlijk 15 september 2023 stellen we de uitvraagmodule open.')[0]).toMatchObject({
      qualifier: 'by',
      precision: 'day',
      date: '2023-09-15',
    });
  });

  it("'vóór 1 juli 2022' means before: the last day is 30 June", () => {
    expect(findDates('Nieuwe aanbieders die zich vóór 1 juli 2022 melden')[0]).toMatchObject({
      qualifier: 'before',
      date: '2022-06-30',
    });
  });

  it("'ná 1 juli 2022' means after: from 2 July", () => {
    expect(findDates('Aanmeldingen ná 1 juli 2022 worden zo spoedig mogelijk opgepakt.')[0]).toMatchObject({
      qualifier: 'after',
      date: '2022-07-02',
    });
  });

  it("'vanaf 1 januari 2023', 'per 2020' and 'sinds 2019' are from", () => {
    expect(findDates('vanaf 1 januari 2023')[0]).toMatchObject({ qualifier: 'from', date: '2023-01-01' });
    expect(findDates('per 2020')[0]).toMatchObject({ qualifier: 'from', precision: 'year', date: '2020-01-01' });
    expect(findDates('sinds 2019')[0]).toMatchObject({ qualifier: 'from', date: '2019-01-01' });
  });

  it("'in mei 2023' is during the month, from its first to its last day", () => {
    expect(findDates('Vektis maakt in mei 2023 de verschillen zichtbaar.')[0]).toMatchObject({
      qualifier: 'during',
      precision: 'month',
      date: '2023-05-01',
      dateEnd: '2023-05-31',
    });
  });

  it("'1 september – 31 december 2020' is a period", () => {
    expect(findDates('1 september – 31 december 2020')[0]).toMatchObject({
      precision: 'period',
      date: '2020-09-01',
      dateEnd: '2020-12-31',
    });
  });

  it("'half november 2020' is around the middle of the month", () => {
    expect(findDates('dan wordt uw organisatie half november 2020 gepubliceerd')[0]).toMatchObject({
      qualifier: 'around',
      precision: 'mid-month',
      date: '2020-11-15',
    });
  });

  it("'ingangsdatum 1 januari 2021' is from; 'uiterste indieningsdatum 15 juli 2020' is by", () => {
    expect(findDates('een eenjarige overeenkomst met ingangsdatum 1 januari 2021')[0]).toMatchObject({
      qualifier: 'from',
      date: '2021-01-01',
    });
    expect(findDates('De uiterste indieningsdatum 15 juli 2020 geldt voor alle offertes.')[0]).toMatchObject({
      qualifier: 'by',
      date: '2020-07-15',
    });
  });

  it("'binnen 2 weken' is kept as a relative term, never a date", () => {
    const d = findDates('Reactie zorgaanbieder binnen 2 weken')[0];
    expect(d).toMatchObject({ relativeTerm: 'binnen 2 weken', qualifier: 'unspecified' });
    expect(d?.date).toBeUndefined();
  });

  it("a year in a title ('Inkoopbeleid 2024') is no date", () => {
    expect(findDates('Inkoopbeleid Medisch Specialistische Zorg 2024')).toEqual([]);
  });
});

describe('criteria from the Dutch wording', () => {
  it("'De zorgaanbieder beschikt over een geldige AGB-code' under minimeisen for ZBC's: an additional requirement on ZBC's", () => {
    const [c] = criteria([
      "Aanvullende minimeisen voor ZBC's:",
      '',
      '- De zorgaanbieder beschikt over een geldige AGB-code voor het leveren van de zorg.',
    ]).filter((p) => p.lineStart === 3);
    expect(c).toMatchObject({
      kind: 'additional-requirement',
      party: 'provider',
      appliesTo: ['zbc'],
      topic: 'registration',
    });
  });

  it("'dient u … aan te geven' binds the provider: a requirement", () => {
    const [c] = criteria(['Wilt u een contract voor 2024 dan dient u dit vóór 1 juli 2023 bij ons aan te geven.']);
    expect(c).toMatchObject({ party: 'provider', force: 'requirement' });
  });

  it("'indien u hoog-complexe zorg aanbiedt' makes a condition", () => {
    const [c] = criteria(['- indien u hoog-complexe zorg aanbiedt, dient u ook laag-complexe zorg aan te bieden.']);
    expect(c?.force).toBe('condition');
  });

  it("'Wij verwachten dat zorgaanbieders …' is an expectation of the provider", () => {
    const [c] = criteria(['Wij verwachten dat zorgaanbieders actief samenwerken met huisartsen in de regio.']);
    expect(c).toMatchObject({ party: 'provider', force: 'expectation' });
  });

  it("'Wij streven ernaar binnen 5 werkdagen te reageren' is the insurer's intention", () => {
    const [c] = criteria(['Wij streven ernaar binnen 5 werkdagen een reactie op uw e-mail te geven.']);
    expect(c).toMatchObject({ party: 'insurer', force: 'intention', kind: 'contact-route' });
  });

  it("'behouden ons het recht voor' is a reservation of rights", () => {
    const [c] = criteria(['Wij behouden ons het recht voor om het inkoopbeleid tussentijds aan te passen.']);
    expect(c?.kind).toBe('reservation-of-rights');
  });

  it("'ziekenhuizen' and \"ZBC's\" name the provider types in plural", () => {
    const [c] = criteria(["Dit beleid geldt voor ziekenhuizen en ZBC's die medisch specialistische zorg leveren."]);
    expect(c?.appliesTo.sort()).toEqual(['zbc', 'ziekenhuis']);
    expect(c?.careTypes).toContain('msz');
  });

  it('a guideline that never says "wij" or "u" addresses both parties and expects rather than requires', () => {
    const lines = [
      ...Array.from({ length: 24 }, (_, i) => [
        `Alinea ${i} over regionale samenwerking in de huisartsenzorg.`,
        '',
      ]).flat(),
      'De regionale huisartsenorganisatie en de zorgverzekeraar stellen samen een regioplan op.',
    ];
    const c = criteria(lines).find((p) => p.quote.includes('regioplan'));
    expect(c).toMatchObject({ party: 'provider-and-insurer', force: 'expectation' });
  });

  it('"wij behouden ons het recht voor" under a heading of requirements binds no one: background', () => {
    const [c] = criteria([
      'Onze minimumeisen',
      '',
      'Wij behouden ons het recht voor om een maximum te hanteren voor het aantal overeenkomsten.',
    ]).filter((p) => p.lineStart === 3);
    expect(c).toMatchObject({ party: 'insurer', force: 'background', kind: 'reservation-of-rights' });
  });

  it('a provider doing something in the present tense, without a modal verb, is an expectation', () => {
    const [c] = criteria(['De zorgaanbieder zet slimme zorg en e-health in.']);
    expect(c).toMatchObject({ party: 'provider', force: 'expectation' });
  });

  it("'wij' doing something in the present tense is the insurer's intention", () => {
    const [c] = criteria(['Met deze zorggroepen sluiten wij meerjarige overeenkomsten af.']);
    expect(c).toMatchObject({ party: 'insurer', force: 'intention' });
  });

  it('an insurer naming itself as the subject states its intention: an insurer commitment', () => {
    const [c] = criteria(['Caresq ondersteunt initiatieven gericht op preventie en zelfredzaamheid.']);
    expect(c).toMatchObject({ party: 'insurer', force: 'intention', kind: 'insurer-commitment' });
  });

  it("'indien …, gaan wij graag met u in gesprek' is an intention framed by a condition", () => {
    const [c] = criteria(['Indien andere financiering nodig is, gaan wij daarover graag met u in gesprek.']);
    expect(c).toMatchObject({ party: 'insurer', force: 'intention' });
  });

  it("contact details are the provider's route to the insurer: background", () => {
    const [c] = criteria(['Vragen over zorginkoop kunt u stellen via zorginkoop@verzekeraar.nl of 030 - 257 25 00.']);
    expect(c).toMatchObject({ party: 'provider', force: 'background', kind: 'contact-route' });
  });

  it("'hieronder verstaan we' is a definition", () => {
    const [c] = criteria([
      'Hieronder verstaan we de zorg die we inkopen bij de ziekenhuizen, behalve spoedeisende zorg.',
    ]);
    expect(c).toMatchObject({ force: 'background', kind: 'definition' });
  });

  it("'wij vinden het belangrijk dat', 'Caresq verwacht van zorgaanbieders', 'wij kopen alleen in bij' ask something of the provider", () => {
    for (const line of [
      'Wij vinden het belangrijk dat zorgaanbieders actief zijn op het gebied van preventie.',
      'Caresq verwacht van zorgaanbieders dat zij digitale zorg bewust inzetten.',
      'Wij kopen revalidatiezorg alleen in bij instellingen die voldoen aan het beroepskader.',
      'We rekenen erop dat u onze verzekerden begrijpelijk informeert.',
    ])
      expect(criteria([line])[0]?.party).toBe('provider');
  });

  it("'onze verzekerden' does not make the insurer the subject", () => {
    const [c] = criteria(['Het ziekenhuis informeert onze verzekerden over de wachttijden.']);
    expect(c?.party).toBe('provider');
  });

  it('a list item under a lead-in naming criteria is a condition', () => {
    const [c] = criteria([
      'Bij het selecteren van ziekenhuizen hanteren wij de volgende inkoopcriteria:',
      '',
      '- Het ziekenhuis scoort gemiddeld een 7 of hoger op Zorgkaart Nederland.',
    ]).filter((p) => p.lineStart === 3);
    expect(c?.force).toBe('condition');
  });

  it("'zorgaanbieders' in a heading names no provider type: the care type of the lead-in says which are meant", () => {
    const [c] = criteria([
      'Onze minimumeisen voor zorgaanbieders',
      '',
      'Minimumeisen voor medisch specialistische zorg:',
      '',
      '- De zorgaanbieder voldoet aan de normen van de wetenschappelijke verenigingen.',
    ]).filter((p) => p.lineStart === 5);
    expect(c?.appliesTo).toEqual(['msz-aanbieder']);
  });

  it("providers the opening refers elsewhere ('verwijzen wij u naar') are outside the document's scope", () => {
    const c = criteria([
      'Inkoopbeleid Ziekenhuizen 2025',
      '',
      "Voor het beleid voor ZBC's verwijzen wij u naar het inkoopbeleid ZBC's.",
      '',
      `${'Deze inleiding beschrijft de uitgangspunten van ons beleid voor de komende jaren. '.repeat(2)}`,
      '',
      'De zorgaanbieder zet e-health in waar dat kan.',
    ]).find((p) => p.quote.includes('e-health'));
    expect(c?.appliesTo).toEqual(['ziekenhuis']);
  });

  it('a provider type a document file declares in full is part of the vocabulary', () => {
    expect(vocabulary.providerTypes.map((p) => p.key)).toContain('regionale-huisartsenorganisatie');
    const [c] = criteria(['De regionale huisartsenorganisatie stelt samen met de zorgverzekeraar een regioplan op.']);
    expect(c?.appliesTo).toEqual(['regionale-huisartsenorganisatie']);
  });

  it('struck text is proposed and marked as withdrawn', () => {
    const [c] = criteria(['~~Ziekenhuizen waarmee wij een alliantie hebben, kopen wij selectief in.~~']);
    expect(c?.rules).toContain('withdrawn:doorgehaald');
  });
});

describe('milestones and changes from tables', () => {
  it("a planning row without a year takes it from the header 'Wanneer (2022)'", () => {
    const [m] = milestones([
      'Wat\tWie\tWanneer (2022)',
      'Publicatie gecontracteerde partijen op de website\ta.s.r.\t12 november',
    ]);
    expect(m).toMatchObject({
      action: 'Publicatie gecontracteerde partijen op de website',
      date: '2022-11-12',
      dateQualifier: 'on',
    });
  });

  it("'Uiterlijk 1 juni 2023' in a planning row is a deadline by that day", () => {
    const [m] = milestones([
      '2023\tDatum en tijd\tActie\tWie\tVia',
      '\tUiterlijk 1 juni 2023\tAanvragen overeenkomst voor nieuwe zorgaanbieders\tNieuwe of overgenomen ZBC\tE-mail',
    ]);
    expect(m).toMatchObject({
      date: '2023-06-01',
      dateQualifier: 'by',
      action: 'Aanvragen overeenkomst voor nieuwe zorgaanbieders',
    });
  });

  it("a change row 'In 2023 was deze minimumeis nog niet van toepassing' is an added requirement with before and after", () => {
    const changes = propose([
      'Onderwerp\tBeleid 2023\tBeleid 2024',
      'Minimumeis voor moleculaire diagnostiek\tIn 2023 was deze minimumeis nog niet van toepassing.\tEr dienen SLA-overeenkomsten te zijn.',
    ]).filter((p): p is ChangeProposal => p.type === 'change');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      subject: 'Minimumeis voor moleculaire diagnostiek',
      effect: 'added',
      before: 'In 2023 was deze minimumeis nog niet van toepassing.',
    });
  });
});

describe('lead-ins', () => {
  it('a lead-in ending in a colon is no statement of its own: its list items are', () => {
    const proposed = criteria([
      'Minimeisen voor medisch specialistische zorg:',
      '',
      '- De zorgaanbieder voldoet aan de normen die door de wetenschappelijke beroepsverenigingen zijn opgesteld.',
    ]);
    expect(proposed.map((p) => p.quote)).toEqual([
      '- De zorgaanbieder voldoet aan de normen die door de wetenschappelijke beroepsverenigingen zijn opgesteld.',
    ]);
    expect(proposed[0]?.headingPath).toContain('Minimeisen voor medisch specialistische zorg:');
  });

  it("'kunnen … aanvragen via Vecozo' offers a possibility that binds no one: background", () => {
    const [c] = criteria(['Gecontracteerde praktijken kunnen via Vecozo een extra module aanvragen.']);
    expect(c).toMatchObject({ force: 'background' });
  });

  it("a restricted possibility ('alleen mogelijk als') is still a condition", () => {
    const [c] = criteria(['Extra financiering is alleen mogelijk als er vooraf afspraken zijn gemaakt met de regio.']);
    expect(c).toMatchObject({ force: 'condition' });
  });

  it("a 'kan' inside a subordinate clause ('als dat kan') is not the statement's modal verb", () => {
    const [c] = criteria(['De zorgaanbieder behandelt thuis als dat kan.']);
    expect(c?.force).not.toBe('background');
  });

  it("'u wordt uitgesloten … als …' makes a condition", () => {
    const [c] = criteria(['- u wordt uitgesloten van contractering als u een ernstige fout heeft begaan;']);
    expect(c).toMatchObject({ force: 'condition' });
  });

  it("'Nieuwe aanbieders contracteren wij alleen als …': 'wij' is the subject wherever it stands", () => {
    const [c] = criteria(['Nieuwe aanbieders contracteren wij alleen als dit nodig is voor onze zorgplicht.']);
    expect(c).toMatchObject({ party: 'insurer' });
  });

  it('with no actor named, how contracts are made is the insurer’s arrangement', () => {
    const [c] = criteria(['Zorgovereenkomsten worden niet met terugwerkende kracht gesloten.']);
    expect(c).toMatchObject({ party: 'insurer' });
  });

  it('what the insurer says of its own buying is a purchasing criterion; its preference a selection criterion', () => {
    const [buys] = criteria(['Wij kopen deze zorg in 2026 niet in bij nieuwe aanbieders.']);
    expect(buys).toMatchObject({ party: 'insurer', kind: 'purchasing-criterion' });
    const [prefers] = criteria(['Bij voorkeur contracteren wij ziekenhuizen met een grote populatie verzekerden.']);
    expect(prefers).toMatchObject({ party: 'insurer', kind: 'selection-criterion' });
  });

  it("list items under 'Voorwaarden en kwaliteitseisen voor een contract' are minimum requirements", () => {
    const proposed = criteria([
      'Voorwaarden en kwaliteitseisen voor een contract',
      '',
      'Wij verwachten dat zorgaanbieders voldoen aan onderstaande voorwaarden.',
      '',
      'Algemeen',
      '',
      '- u beschikt over een Vecozo-certificaat;',
    ]).filter((p) => p.lineStart === 7);
    expect(proposed[0]).toMatchObject({ party: 'provider', force: 'requirement', kind: 'minimum-requirement' });
  });

  it('what a plan section lists without naming who acts is a plan theme', () => {
    const proposed = criteria(['Het regioplan', '', 'Het regioplan bevat:', '', '- Een duidelijke missie en visie.']);
    expect(proposed.find((p) => p.lineStart === 5)).toMatchObject({ kind: 'plan-theme' });
  });

  it("a planning table in a section on 'Planning en bereikbaarheid' gives milestones dated from its 'Datum' column", () => {
    const proposed = propose([
      '5. Planning en bereikbaarheid',
      '',
      'Wij hanteren de volgende planning:',
      '',
      'Onderwerp\tDatum',
      "Versturen e-mail 'De route naar 12 november'\tUiterlijk begin juni 2024",
      'Publicatie gecontracteerde zorgaanbieders\tVanaf 12 november 2024',
    ]);
    const rows = proposed.filter((p): p is MilestoneProposal => p.type === 'milestone');
    expect(rows.map((m) => [m.lineStart, m.date, m.dateQualifier])).toEqual([
      [6, '2024-06-01', 'by'],
      [7, '2024-11-12', 'from'],
    ]);
  });

  it("each item under 'Wijzigingen ten opzichte van 2024' is a documented change, its verb the effect", () => {
    const changes = propose([
      'Wijzigingen ten opzichte van het inkoopbeleid van 2024',
      '',
      '- In hoofdstuk 3 is een voorwaarde over wachttijden toegevoegd.',
      '- In hoofdstuk 4 is de aankondiging van de vragenlijst verwijderd.',
      '- In hoofdstuk 3 zijn de voorwaarden over digitale zorg gewijzigd.',
    ]).filter((p): p is ChangeProposal => p.type === 'change');
    expect(changes.map((c) => [c.lineStart, c.effect])).toEqual([
      [3, 'added'],
      [4, 'removed'],
      [5, 'changed'],
    ]);
  });

  it("'in 2023 gecontracteerde zorgaanbieders' says which providers, not when", () => {
    expect(findDates('Toelichten inkoopbeleid aan in 2023 gecontracteerde zorgaanbieders')).toEqual([]);
  });

  it('in a section about zorggroepen, a statement naming no provider applies to the zorggroep', () => {
    const proposed = criteria([
      'Ketenzorg',
      '',
      'Met zorggroepen maken wij afspraken over ketenzorg. Een zorggroep levert de keten in de regio.',
      '',
      'U levert jaarlijks een verslag aan over de uitvoering.',
    ]);
    expect(proposed.find((p) => p.lineStart === 5)).toMatchObject({ appliesTo: ['zorggroep'] });
  });

  it("'Er is sprake van misbruik als …' and 'Een regiobeeld is een beschrijving …' are definitions, binding no one", () => {
    for (const sentence of [
      'Er is sprake van misbruik als feiten door de zorgaanbieder worden verzwegen.',
      'Een regiobeeld is een beschrijving van de bestaande situatie in de regio.',
      'Bij leiderschap gaat het om het vermogen de achterban mee te nemen.',
    ]) {
      const [c] = criteria([sentence]);
      expect({ sentence, kind: c?.kind, force: c?.force }).toEqual({
        sentence,
        kind: 'definition',
        force: 'background',
      });
    }
  });

  it("'aanvragen via Vecozo' and 'bespreken met de regionale zorginkoper' are contact routes", () => {
    for (const sentence of [
      'Praktijken die een addendum willen afsluiten, kunnen dat aanvragen via Vecozo.',
      'Zorggroepen die aanvullende afspraken willen maken, kunnen dat bespreken met de regionale zorginkoper.',
    ]) {
      const [c] = criteria([sentence]);
      expect({ sentence, kind: c?.kind }).toEqual({ sentence, kind: 'contact-route' });
    }
  });

  it("what the contract itself says ('Overeenkomsten gaan in op …') is a contract condition", () => {
    const [c] = criteria(['Overeenkomsten gaan in op de eerste dag van de maand waarin zij zijn getekend.']);
    expect(c).toMatchObject({ kind: 'contract-condition' });
  });

  it('a party named as the source of a norm (van de beroepsgroep, van de IGJ) is not the one who must act', () => {
    const [c] = criteria(['- De zorg wordt geleverd conform de meest recente richtlijnen van de beroepsgroep.']);
    expect(c).toMatchObject({ party: 'provider' });
  });

  it("'samen' joining others than the insurer and the provider does not make a joint statement", () => {
    const [c] = criteria(['Wij vinden het belangrijk dat de behandelaar en de cliënt samen de voortgang monitoren.']);
    expect(c).toMatchObject({ party: 'provider' });
    const [joint] = criteria(['Samen met zorgaanbieders versnellen wij de inzet van digitale zorg.']);
    expect(joint).toMatchObject({ party: 'provider-and-insurer' });
  });

  it("'Caresq verwacht dat zorgaanbieders …' asks something of the provider", () => {
    const [c] = criteria(['Daarom verwacht Caresq dat zorgaanbieders de PREM gebruiken.']);
    expect(c).toMatchObject({ party: 'provider', force: 'expectation' });
  });

  it("the norm word nearest a lead-in's colon names what follows: '… minimumeisen en de onderstaande criteria:' lists conditions", () => {
    const proposed = criteria([
      'Nieuwe zorgaanbieders',
      '',
      'Wij wegen een verzoek aan de hand van onze minimumeisen en de onderstaande aanvullende criteria:',
      '',
      '- De zorgaanbieder heeft een concurrerende prijsstelling.',
    ]);
    expect(proposed.find((p) => p.lineStart === 5)).toMatchObject({ force: 'condition' });
  });

  it("'Wilt u …, dan dient u …' and 'kopen wij alleen in bij' make conditions", () => {
    for (const sentence of [
      'Wilt u een contract voor 2027, dan dient u dit vóór 1 juli bij ons aan te geven.',
      'Deze zorg kopen wij alleen in bij instellingen die voldoen aan het kwaliteitskader.',
    ]) {
      const [c] = criteria([sentence]);
      expect({ sentence, force: c?.force }).toEqual({ sentence, force: 'condition' });
    }
  });

  it("'hoeven geen overeenkomst te sluiten' and a relative clause before 'kunnen' bind no one", () => {
    for (const sentence of [
      'Praktijken die alleen basiszorg leveren, hoeven geen overeenkomst met ons te sluiten.',
      'Huisartsen die zich nieuw vestigen, kunnen een overeenkomst aanvragen bij de zorginkoper.',
    ]) {
      const [c] = criteria([sentence]);
      expect({ sentence, force: c?.force }).toEqual({ sentence, force: 'background' });
    }
  });

  it("what has been done ('heeft … gesloten') is a fact, not an intention", () => {
    const [c] = criteria([
      'Caresq heeft in 2026 met een deel van de ziekenhuizen een meerjarige overeenkomst gesloten.',
    ]);
    expect(c).toMatchObject({ party: 'insurer', force: 'background' });
  });

  it("a bare day in a planning row whose action is 'Uiterlijke indieningsdatum …' is due by that day", () => {
    const [m] = milestones(['Planning', '', 'Actie\tDatum', 'Uiterlijke indieningsdatum offerte\t15 juli 2026']);
    expect(m).toMatchObject({ date: '2026-07-15', dateQualifier: 'by' });
  });

  it("'Voor alle zorgaanbieders m.u.v. ZBC's' leaves the ZBC's out of the scope", () => {
    const [m] = milestones([
      "Voor alle zorgaanbieders m.u.v. ZBC's",
      '',
      'Uiterlijk 15 juni 2026 lichten wij het beleid toe.',
    ]);
    expect(m?.appliesTo).not.toContain('zbc');
  });

  it("what a provider must meet to be contracted at all ('Om in aanmerking te komen …') is a minimum requirement", () => {
    const [c] = criteria(['Om in aanmerking te komen voor regiomanagement stelt de zorggroep een regioplan op.']);
    expect(c).toMatchObject({ kind: 'minimum-requirement' });
  });

  it("whom the insurer contracts only ('contracteren wij alleen als …') is a selection criterion", () => {
    const [c] = criteria(['Nieuwe aanbieders contracteren wij alleen als dit nodig is voor onze zorgplicht.']);
    expect(c).toMatchObject({ party: 'insurer', kind: 'selection-criterion' });
  });

  it("a heading that speaks of changes ('Tussentijdse aanpassingen door beleidswijzigingen') lists none", () => {
    const changes = propose([
      'Tussentijdse aanpassingen door wets- en beleidswijzigingen',
      '',
      '- De inhoud van de overeenkomsten kan tussentijds worden aangepast.',
    ]).filter((p) => p.type === 'change');
    expect(changes).toEqual([]);
  });
});
