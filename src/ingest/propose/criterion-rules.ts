import type { CriterionProposal } from '../types';

/**
 * Rules of Dutch policy language: who must act (party), how binding the words are (force) and what sort
 * of statement it is (kind), read from the sentence and the headings it stands under. Each rule has a
 * name so that a curator sees why a proposal says what it says.
 */

type Party = CriterionProposal['party'];
type Force = CriterionProposal['force'];
type Kind = CriterionProposal['kind'];

export interface Ruled<T> {
  value: T;
  rule: string;
  confidence: number;
}

const has = (re: RegExp, s: string): boolean => re.test(s);

const INSURER =
  /(?<![\p{L}])(?:wij|we|ons|onze|vgz|a\.s\.r\.?|asr|caresq|eucare|aevitae|ditzo|de zorgverzekeraar|zorgverzekeraars?|verzekeraars?|zorginkoper|zorginkopers)(?![\p{L}])/iu;
const PROVIDER =
  /(?<![\p{L}])(?:u|uw|(?:de |het |een |nieuwe |alle )?(?:zorg)?aanbieders?|instellingen?|ziekenhuis|ziekenhuizen|praktijk|praktijken|huisarts(?:en)?|zorggroep(?:en)?|zbc(?:'s)?|specialisten|samenwerkingsverband(?:en)?|leefstijlcoach(?:es)?|zorgverleners?|hds(?:en)?|huisartsenorganisaties?|regio-organisaties?|partijen|\p{L}+(?:praktijk|praktijken|aanbieder|aanbieders|instelling|instellingen|centra|centrum)|coördinatiefuncties?)(?![\p{L}])/iu;
const PREPOSITIONAL_PROVIDER = new RegExp(
  `(?<![\\p{L}])(?:met|voor|bij|van|aan|naar|door|tussen|onder)\\s+(?:(?:de|het|deze|die|alle|onze|uw|een)\\s+)?${PROVIDER.source.replace(/^\(\?<!\[\\p\{L\}\]\)/, '')}`,
  'giu',
);
/** The same, once, without the global flag's memory between tests. */
const IN_PREPOSITIONAL_PHRASE = new RegExp(PREPOSITIONAL_PROVIDER.source, 'iu');
const OTHER =
  /(?<![\p{L}])(?:nza|zn|lhv|ineen|rivm|vektis|igj|inspectie|de overheid|het ministerie|vws|zorginstituut|de minister|patiëntenfederatie|de wetgever|nhg|federatie|beroepsgroep|zorgbranches)(?![\p{L}])/iu;
/** "samen met zorgaanbieders": the provider named beside the insurer, not as its object. */
const SIDE_BY_SIDE = /\bsamen met (?:u|(?:de |onze )?(?:zorg)?aanbieders?)\b/iu;

/** Words that put the insurer and the provider side by side; "samen" alone may join others (de behandelaar en de cliënt samen). */
const TOGETHER =
  /\b(?:samen met (?:u|ons|(?:de )?(?:zorg)?aanbieders?|(?:de )?zorgverzekeraars?)|gezamenlijk(?:e)?|met elkaar|over en weer|wederzijds(?:e)?|in (?:onderling )?overleg|in gesprek|in dialoog|partijen|wij en u|u en wij)\b/iu;

/**
 * What the document as a whole says about its voice. A purchasing policy speaks as "wij" (the insurer) to
 * "u" (the provider); a guideline written by the parties' associations speaks of neither, and what it
 * asks is asked of both sides.
 */
export interface Voice {
  guideline?: boolean;
}

/** A text that (almost) never says "wij" or "u" is a guideline between parties, not one insurer's policy. */
export function voiceOf(lines: string[]): Voice {
  const text = lines.join(' ');
  const persons = text.match(/(?<![\p{L}])(?:wij|we|ons|onze|u|uw)(?![\p{L}])/giu)?.length ?? 0;
  return { guideline: lines.length > 20 && persons * 20 < lines.length };
}

/**
 * The insurer saying what it wants of providers: "wij verwachten", "Caresq verwacht van zorgaanbieders",
 * "wij vinden het belangrijk dat", "wij hechten er waarde aan", "we rekenen erop dat", "wij geven de
 * voorkeur aan", "wij kopen alleen in bij": the provider is the one who must act.
 */
const ASKS_OF_PROVIDER =
  /\bverwacht(?:en)?\s+(?:[\p{L}.]+\s+)?dat\b|\b(?:wij|we)\s+(?:verwachten|vragen|eisen|stellen|verlangen)\b|\b(?:verwachten|vragen|eisen)\s+(?:wij|we)\b|\bverwacht\s+(?:van\s+)?(?:de\s+)?(?:zorg)?aanbieders?\b|\b(?:vinden|vindt)\s+(?:wij\s+|we\s+)?het\s+(?:erg\s+|heel\s+)?belangrijk\b|\bhecht(?:en)?\s+(?:wij\s+|we\s+)?(?:er\s+)?(?:veel\s+|grote\s+)?waarde\b|\brekenen\s+(?:wij\s+|we\s+)?erop\b|\bgaan\s+(?:wij\s+|we\s+)?er\s*vanuit\b|\bnodig(?:en|t)\s+(?:wij\s+|we\s+)?(?:de\s+)?(?:zorg)?aanbieders?\b|\bzien\s+(?:wij|we)\s+(?:een\s+)?(?:belangrijke\s+)?rol\b|\b(?:geven|geeft)\s+(?:wij\s+|we\s+)?(?:de\s+)?voorkeur\b|\balleen\s+(?:in\s+)?bij\b|\bstelt\s+als\s+voorwaarde\b/u;

/** An address, a phone number or a website: a way for the provider to reach the insurer. */
export const CONTACT_DETAILS =
  /[\w.-]+@[\w-]+\.\w+|\bwww\.|https?:\/\/|\b0\d{2,3}[ -]?\d{2,3}[ -]?\d{2}[ -]?\d{2,3}\b/iu;

const CONTRACTING =
  /\b(?:overeenkomsten?|zorgovereenkomsten?|contract\p{L}*|addend\p{L}*|tarie\p{L}*|opslag|nacalculatie|declar\p{L}*|inkoop\p{L}*|ingekocht|vergoed\p{L}*)\b/iu;

/**
 * Where the provider turns to: a channel ("aanvragen via Vecozo", "via het contactformulier"), a person
 * ("bespreken met de regionale zorginkoper", "u wenden tot"), a place to look ("vindt u op onze website").
 */
export const CONTACT_CHANNEL =
  /\bvia (?:vecozo|onze website|de website|het (?:digitale )?contactformulier|de chat|mijn zorgverlener)\b|\bcontactformulier\b|\bwenden tot\b|\b(?:bespreken|aangeven|melden|indienen)\b[^.]*\b(?:met|bij) (?:de |uw |onze )?(?:regionale )?zorginkoper\b|\bvindt u\b[^.]*\bwebsite\b|\bcontactgegevens\b|\bloket\b/iu;

/** Who the words bind or describe. The first actor a sentence names is usually its subject. */
export function partyOf(text: string, voice: Voice = {}): Ruled<Party> {
  const t = text.toLowerCase();
  // Contact details are there for the provider to use, whoever's mailbox they name.
  if (CONTACT_DETAILS.test(t) && !/\b(?:wij|we)\b/.test(t))
    return { value: 'provider', rule: 'party:contactgegevens', confidence: 0.6 };
  // "wij verwachten van u", "wij vragen zorgaanbieders": the insurer speaks, the provider must act.
  if (ASKS_OF_PROVIDER.test(t))
    return has(TOGETHER, t) && !PROVIDER.test(t)
      ? { value: 'provider-and-insurer', rule: 'party:samen', confidence: 0.6 }
      : { value: 'provider', rule: 'party:wij-verwachten-van-u', confidence: 0.75 };
  // "onze verzekerden", "stuur ons": the insurer as owner or object is not the subject.
  const ins = INSURER.exec(t.replace(/(?<![\p{L}])(?:ons|onze)(?![\p{L}])/gu, (m) => ' '.repeat(m.length)));
  // "Met deze zorggroepen sluiten wij …": a provider in a prepositional phrase is not the subject.
  const pro = PROVIDER.exec(ins ? t.replace(PREPOSITIONAL_PROVIDER, (m) => ' '.repeat(m.length)) : t);
  // Another party acts only as the main clause's subject ("De NZa stelt …"); named as the source of a norm
  // ("de richtlijnen van de beroepsgroep", "erkend door RIVM") it binds no one itself.
  const othInText = OTHER.exec(t);
  const othHead = OTHER.exec(mainClause(t).split(/\s+/).slice(0, 4).join(' '));
  const oth =
    othInText &&
    othHead &&
    !/\b(?:van|door|conform|aan|volgens|met|bij|in|op|naar|tot)\s+(?:de|het)?\s*$/iu.test(
      mainClause(t).slice(0, othHead.index),
    )
      ? othInText
      : null;
  if (ins && (pro || SIDE_BY_SIDE.test(t)) && has(TOGETHER, t))
    return { value: 'provider-and-insurer', rule: 'party:samen', confidence: 0.6 };
  // In a guideline the parties are named side by side ("de regionale huisartsenorganisatie en de
  // zorgverzekeraar"); a statement naming both sides, or "partijen", or neither, is addressed to both.
  if (voice.guideline && ((ins && pro) || has(TOGETHER, t) || (!ins && !pro && !oth)))
    return { value: 'provider-and-insurer', rule: 'party:leidraad-beide', confidence: 0.5 };
  const first = [
    { value: 'insurer' as Party, at: ins?.index ?? Infinity },
    { value: 'provider' as Party, at: pro?.index ?? Infinity },
    { value: 'other-party' as Party, at: oth?.index ?? Infinity },
  ].sort((a, b) => a.at - b.at)[0];
  // "Nieuwe aanbieders contracteren wij alleen als …": "wij" is only ever a subject, so wherever it stands in
  // the main clause the insurer acts, whoever else the clause names.
  if (first?.value === 'provider' && /(?<![\p{L}])(?:wij|we)(?![\p{L}])/u.test(mainClause(t)) && !TOGETHER.test(t))
    return { value: 'insurer', rule: 'party:wij-in-hoofdzin', confidence: 0.55 };
  // With no actor named, how contracts are made, priced and paid is the insurer's arrangement.
  if ((!first || first.at === Infinity) && CONTRACTING.test(t))
    return { value: 'insurer', rule: 'party:contractering', confidence: 0.4 };
  if (!first || first.at === Infinity) return { value: 'provider', rule: 'party:default-provider', confidence: 0.3 };
  return { value: first.value, rule: `party:first-${first.value}`, confidence: 0.6 };
}

const CONDITION =
  /\b(?:indien|mits|tenzij|alleen (?:als|indien|wanneer|bij|aan|voor|in bij)|onder (?:de )?voorwaarden?|op voorwaarde|voorwaarde|voorwaarden|(?:alleen|slechts|uitsluitend) mogelijk|in aanmerking|enkel (?:als|indien|voor)|uitsluitend)\b/iu;
const REQUIREMENT =
  /\b(?:moet|moeten|dient|dienen|verplicht|verplichte|is vereist|zijn vereist|vereist|voldoet aan|voldoen aan|voldoet|minimaal|ten minste|tenminste|uiterlijk|verplichten|is gehouden|zijn gehouden|geldt de eis|als eis)\b/iu;
const EXPECTATION =
  /\b(?:wij verwachten|we verwachten|verwachten wij|verwachten we|verwacht|verwachting|idealiter|bij voorkeur|wenselijk|vragen wij|vragen we|wij vragen|we vragen|stimuleren|aanbevolen|streeft|streven naar|zich inspannen|spant zich in|spannen zich in|graag|belangrijk|van belang|essentieel|is nodig|zijn nodig|noodzakelijk|zouden|zou moeten|horen te|het streven)\b/iu;
const INTENTION =
  /\b(?:wij streven|we streven|streven wij|streven we|we gaan|wij gaan|gaan we|gaan wij|we willen|wij willen|willen we|willen wij|wij zullen|we zullen|zullen wij|zullen we|zetten (?:we|wij) in|wij zetten|we zetten|ambitie|wij bieden|we bieden|bieden wij|bieden we|wij zorgen|we zorgen|wij nemen|we nemen|wij maken|we maken|wij kopen|we kopen|kopen wij|kopen we|wij ondersteunen|we ondersteunen|wij spannen ons in|we spannen ons in|wij blijven|we blijven|wij hanteren|we hanteren|hanteren wij|hanteren we|wij contracteren|we contracteren|contracteren wij|contracteren we|wij beoordelen|we beoordelen|wij kijken|we kijken|wij investeren|we investeren|wij stellen|we stellen)\b/iu;
/** "kan", "kunnen", "kunt", "biedt de mogelijkheid"; not "te kunnen" (a purpose) nor "zo snel mogelijk". */
const POSSIBILITY = /(?<!\bte )\b(?:kan|kunnen|kunt)\b|\b(?:bieden|biedt|geven|geeft)\b.*\bde mogelijkheid\b/iu;
const SUBORDINATOR = /\b(?:als|indien|wanneer|waar|dat|die|dit|om|zodat|omdat|waarbij|waarin|mits|tenzij|zoals)\b/iu;

/**
 * The main clause of a statement's first sentence: a leading "Als …, " or "Indien …, " clause dropped, and
 * the rest cut where a subordinate clause begins. Its modal verb is the statement's; a "kan" inside "als dat
 * kan" is not.
 */
export function mainClause(text: string): string {
  const first = (text.replace(/^\s*(?:[-–•*]|\d+\.)\s*/, '').split(/(?<=[.;:!?])\s+/)[0] ?? '').toLowerCase();
  const afterLead = /^(?:als|indien|wanneer|mocht|zodra|waar|om|bij)\b[^,]*,\s*(?:dan\s+)?/.exec(first);
  const rest = afterLead ? first.slice(afterLead[0].length) : first;
  let main = rest;
  // "Huisartsen die zich nieuw vestigen, kunnen …": a relative clause after the subject ends at its comma,
  // and the main clause goes on after it.
  const relative = /^([\p{L}'’-]+(?: [\p{L}'’-]+){0,3}) (?:die|dat) [^,]+,\s*/u.exec(main);
  if (relative) main = `${relative[1] ?? ''} ${main.slice(relative[0].length)}`;
  const cut = SUBORDINATOR.exec(main.slice(1));
  return cut ? main.slice(0, cut.index + 1) : main;
}

/**
 * Whether a provider is the subject of the main clause: named in its first words ("De zorgaanbieder
 * beschikt over", "u bent", "Dan heeft de zorgaanbieder"), not somewhere in a phrase after the verb.
 */
function providerIsSubject(text: string): boolean {
  const head = mainClause(text).split(/\s+/).slice(0, 5).join(' ');
  const found = PROVIDER.exec(head);
  return found !== null && !IN_PREPOSITIONAL_PHRASE.test(head.slice(0, found.index + found[0].length));
}

/** "kunnen wij ondersteunen": what the insurer can do for the provider is an offer it intends to keep. */
const INSURER_CAN = /\b(?:kan|kunnen)\s+(?:wij|we)\b|\b(?:wij|we)\s+(?:kunnen)\b/iu;
const RESTRICTION =
  /\b(?:alleen|uitsluitend|enkel|slechts|mits|tenzij|op voorwaarde|onder (?:de )?voorwaarden?|niet)\b/iu;
/** "Als u …, dan …", "wordt uitgesloten als …": a clause that makes the rest depend on it. */
const CONDITIONAL_CLAUSE =
  /^(?:[-–•*]\s*)?(?:\d+\.\s*)?(?:als|wanneer|zodra|ingeval|in het geval)\b|^(?:wilt|wil|wenst|heeft|hebt|bent) u\b[^,]*,\s*dan\b|\b(?:uitgesloten|in aanmerking|vervalt|komt te vervallen)\b.*\b(?:als|indien|wanneer|bij)\b/iu;
const BACKGROUND_OPENING = /^(?:wordt verstaan|onder .* (?:wordt|verstaan)|de wet|in de wet|sinds|in \d{4})/iu;

/**
 * A sentence that says what a word means: "Er is sprake van misbruik als …", "Van fraude is sprake wanneer",
 * "Een regiobeeld is een beschrijving …", "… bestaat uit", "Bij leiderschap gaat het om", "Gepast gebruik is
 * zorg die …", "U bent een nieuwe zorgaanbieder als …".
 */
const DEFINITION =
  /\b(?:is|er) sprake van\b[^.]*\b(?:als|wanneer|indien)\b|\bvan [\p{L}-]+ is sprake\b|^(?:[¹²³⁴\d]\s*)?(?:een|het|de)?\s*[\p{L}-]+(?: [\p{L}-]+)?\s+(?:is een|bestaat uit|bestaan uit|is zorg die|zijn zorg die)\b|\bgaat het om\b|^u bent een [\p{L}\s-]+ als\b/iu;

/** "Wij behouden ons het recht voor": the insurer states a right it keeps, binding no one. */
const RESERVATION = /\bbehouden (?:wij |we )?ons (?:het recht|de mogelijkheid)\b|\bbehoudt zich\b|\bhet recht voor\b/iu;

const HEADING_NORMS: [RegExp, Force][] = [
  [/\b(?:moet|moeten|dient|dienen|verplicht\p{L}*|vereist\p{L}*)\b|eisen\b|minim(?:um)?eis/giu, 'requirement'],
  [
    /\b(?:indien|mits|tenzij|voorwaarden?|in aanmerking)\b|criteria|criterium|uitgangspunten|selecte?r?e?n? van|selectie/giu,
    'condition',
  ],
  [/\b(?:verwacht\p{L}*|idealiter|bij voorkeur|wenselijk)\b/giu, 'expectation'],
];

/** The force the heading's last norm word names, if it names one. */
function lastNormWord(heading: string): Force | undefined {
  let best: { at: number; force: Force } | undefined;
  for (const [re, force] of HEADING_NORMS)
    for (const m of heading.matchAll(re)) if (!best || m.index >= best.at) best = { at: m.index, force };
  return best?.force;
}

/** The perfect tense: a form of hebben or zijn with a past participle ("heeft … gesloten", "zijn … opgesteld"). */
const PERFECT = /\b(?:heeft|hebben|hebt|is|zijn)\b.*\b\p{L}*ge\p{L}{2,}(?:d|t|en)\b/u;

/** How binding the words are. A condition ("indien", "mits") frames the rest; then the modal verb. */
export function forceOf(text: string, party: Party, headingPath: string[] = [], voice: Voice = {}): Ruled<Force> {
  const t = text.toLowerCase();
  if (RESERVATION.test(t)) return { value: 'background', rule: 'force:voorbehoud', confidence: 0.6 };
  // "hoeven geen overeenkomst te sluiten": the absence of a duty binds no one.
  if (/\bhoeven\b[^.]*\b(?:geen|niet)\b|\b(?:geen|niet)\b[^.]*\bhoeven\b/u.test(t) && !REQUIREMENT.test(t))
    return { value: 'background', rule: 'force:geen-plicht', confidence: 0.55 };
  // A channel to use ("aanvragen via Vecozo", "vindt u op onze website") is a route, not a duty.
  if (CONTACT_CHANNEL.test(t) && !REQUIREMENT.test(t) && !CONDITION.test(t))
    return { value: 'background', rule: 'force:route', confidence: 0.5 };
  if (CONTACT_DETAILS.test(t) && !REQUIREMENT.test(t))
    return { value: 'background', rule: 'force:contactgegevens', confidence: 0.6 };
  if (
    (/\bwordt (?:hieronder )?verstaan\b|\b(?:wij|we) verstaan\b|\bverstaan (?:wij|we)\b|\bis een\b.*\bdie\b/.test(t) ||
      DEFINITION.test(t)) &&
    !REQUIREMENT.test(t)
  )
    return { value: 'background', rule: 'force:definitie', confidence: 0.6 };
  if (BACKGROUND_OPENING.test(t) && !REQUIREMENT.test(t) && !CONDITION.test(t))
    return { value: 'background', rule: 'force:feit', confidence: 0.5 };
  // "kan via Vecozo", "kunnen aanvullende afspraken maken": a possibility offered binds no one, unless it is
  // restricted ("alleen mogelijk als", "uitsluitend").
  if (
    POSSIBILITY.test(mainClause(t)) &&
    !voice.guideline &&
    !INSURER_CAN.test(t) &&
    !REQUIREMENT.test(t) &&
    !RESTRICTION.test(t) &&
    !EXPECTATION.test(t) &&
    !/\bvervalt\b/.test(t)
  )
    return { value: 'background', rule: 'force:mogelijkheid', confidence: 0.5 };
  const cond = CONDITION.exec(t) ?? CONDITIONAL_CLAUSE.exec(t);
  const req = REQUIREMENT.exec(t);
  const exp = EXPECTATION.exec(t);
  const int = INTENTION.exec(t);
  // "Indien …, gaan wij graag met u in gesprek": a condition on the insurer's own action frames an intention.
  if (cond && party === 'insurer' && int) return { value: 'intention', rule: `force:${int[0]}`, confidence: 0.55 };
  if (cond) return { value: 'condition', rule: `force:${cond[0]}`, confidence: 0.65 };
  if (exp && party !== 'insurer') return { value: 'expectation', rule: `force:${exp[0]}`, confidence: 0.65 };
  if (req && party !== 'insurer') return { value: 'requirement', rule: `force:${req[0]}`, confidence: 0.7 };
  if (int && party !== 'provider') return { value: 'intention', rule: `force:${int[0]}`, confidence: 0.6 };
  if (req) return { value: 'requirement', rule: `force:${req[0]}`, confidence: 0.55 };
  if (exp) return { value: 'expectation', rule: `force:${exp[0]}`, confidence: 0.55 };
  if (int) return { value: 'intention', rule: `force:${int[0]}`, confidence: 0.5 };
  // A guideline has no power to require: what it says of the parties is what it expects of them.
  if (voice.guideline) return { value: 'expectation', rule: 'force:leidraad', confidence: 0.45 };
  // A list item without a modal word of its own takes the force its lead-in or heading states; the
  // insurer's own statements under "Onze minimumeisen" bind no one.
  // The nearest heading that says how binding its items are wins; "eisen" in a heading ("Voorwaarden en
  // kwaliteitseisen") names requirements, even beside the word "voorwaarden".
  // Within one heading the norm word nearest its end names what follows ("… onze minimumeisen en de
  // onderstaande aanvullende criteria:" announces criteria).
  for (const heading of party === 'insurer' ? [] : [...headingPath].reverse()) {
    const last = lastNormWord(heading.toLowerCase());
    if (last === 'requirement') return { value: 'requirement', rule: 'force:kop-eis', confidence: 0.45 };
    if (last === 'condition') return { value: 'condition', rule: 'force:kop-voorwaarde', confidence: 0.45 };
    if (last === 'expectation') return { value: 'expectation', rule: 'force:kop-verwachting', confidence: 0.45 };
  }
  // Without a modal verb the present tense still states a norm when its subject is an actor: "de
  // zorgaanbieder zet e-health in" is what the insurer expects, "wij kopen in" what it intends to do.
  if (party === 'provider' && providerIsSubject(t) && !/\b(?:kan|kunnen|kunt|mag|mogen)\b/.test(mainClause(t)))
    return { value: 'expectation', rule: 'force:aanbieder-doet', confidence: 0.4 };
  // "Caresq heeft in 2024 … gesloten", "ZN en InEen hebben criteria opgesteld": what has been done is a fact.
  if (PERFECT.test(mainClause(t))) return { value: 'background', rule: 'force:voltooid', confidence: 0.45 };
  if (party === 'insurer' && INSURER.test(t)) return { value: 'intention', rule: 'force:wij-doen', confidence: 0.4 };
  return { value: 'background', rule: 'force:beschrijving', confidence: 0.4 };
}

/** Kinds the sentence itself says, whatever heading it stands under. */
const SENTENCE_KINDS: [RegExp, Kind][] = [
  [
    /\bbehouden (?:wij )?ons het recht\b|\bbehoudt zich het recht\b|\bbehouden ons\b|\bbehoudt zich\b|\bhet recht voor\b/iu,
    'reservation-of-rights',
  ],
  [
    /@|\be-?mail\b|\btelefo(?:on|nisch)\b|\bcontact (?:op)?(?:nemen|opnemen)\b|\bneem (?:dan )?contact\b|\bbereikbaar\b|\bcontactpersoon\b|\bmailbox\b|\bbellen\b/iu,
    'contact-route',
  ],
  [CONTACT_CHANNEL, 'contact-route'],
  [
    /\bwordt (?:hieronder )?verstaan\b|\b(?:wij|we) verstaan\b|\bverstaan (?:wij|we)\b|\bdefinitie\b|\bdefiniëren\b/iu,
    'definition',
  ],
  [DEFINITION, 'definition'],
  [/\buitgesloten\b|\buitsluiting\b|\bniet in aanmerking\b|\buitsluitingsgrond/iu, 'exclusion-ground'],
  [
    /\bkorting\b|\bopslag\b|\bbetaling\b|\bterugvorder|\bverrekend\b|\bverrekenen\b|\bniet (?:vergoed|betaald)|\bresultaatbeloning\b|\bboete\b/iu,
    'payment-consequence',
  ],
  [/\bwettelijk\b|\bde wet\b|\bwet \p{L}+\b|\bwetgeving\b|\b(?:wkkgz|wtza|wmg|zvw|wzd|wvggz|avg)\b/iu, 'legal-duty'],
  [
    /\baanleveren\b|\baan te leveren\b|\bverstrekken\b|\bte verstrekken\b|\brapporteren\b|\brapportage\b|\binformeren\b|\bmelden\b|\bte melden\b|\bregistreren\b|\binzichtelijk\b|\bdelen\b/iu,
    'information-requirement',
  ],
];

/** Kinds the heading says: the nearest heading that names one wins. */
const HEADING_KINDS: [RegExp, Kind][] = [
  [/aanvullende? (?:minimum|minim)eis|aanvullende eisen|aanvullend voor/iu, 'additional-requirement'],
  // What a provider must meet to get a contract at all is a minimum: "Voorwaarden en kwaliteitseisen voor een
  // contract", "Minimumeisen".
  [
    /minimumeis|minimeis|minimale eisen|minimumvoorwaarden|(?:eisen|voorwaarden)\b.*\bvoor (?:een |het |de )?(?:contract|overeenkomst)|\p{L}*eisen\b/iu,
    'minimum-requirement',
  ],
  [/uitsluiting|uitsluitingsgrond|niet in aanmerking/iu, 'exclusion-ground'],
  [/selectie|selectiev?e? inkoop|inkoopcriteria/iu, 'selection-criterion'],
  [/contact|bereikbaarheid/iu, 'contact-route'],
  [/voorwaarden|overeenkomst|contract/iu, 'contract-condition'],
  [/kwaliteit|verwachtingen/iu, 'quality-expectation'],
  [
    /inkoopproces|inkoopsystematiek|zo kopen wij|procedure|nieuwe (?:zorg)?aanbieder|toetreders|contractering|zorginkoop|criteria/iu,
    'purchasing-criterion',
  ],
  [
    /visie|thema|speerpunt|ambitie|uitgangspunt|ontwikkeling|transformatie|samenwerken|toekomst|good practice|onderwerpen|\p{L}*plan\b|regiobeeld/iu,
    'plan-theme',
  ],
];

/** A main clause whose subject is the contract: "De zorgovereenkomst GLI is een eenjarige …", "Overeenkomsten gaan in op …". */
const ABOUT_THE_CONTRACT =
  /^(?:de |het |alle |onze )?(?:\p{L}*overeenkomst\p{L}*|addend\p{L}*|contract(?:en)?)\b(?! (?:voor|met) (?:nieuwe )?(?:zorg)?aanbieders)|\bonderdeel van de (?:zorg)?overeenkomst\b/iu;

const PURCHASING =
  /\b(?:in te kopen|in(?:ge)?kocht|inkoop\p{L}*|zorginkoop|(?:kopen|koopt)\b.*\bin\b|contract\p{L}*|overeenkomst\p{L}*|tarie\p{L}*|aanbod|offertes?|selectie\p{L}*|uitsluiten|vergoed\p{L}*|nieuwe (?:zorg)?aanbieders)\b/iu;

export function kindOf(text: string, headingPath: string[], party: Party, force: Force): Ruled<Kind> {
  for (const [re, kind] of SENTENCE_KINDS) {
    if (kind === 'legal-duty' && !/wettelijk|verplicht|de wet\b/iu.test(text)) continue;
    if (kind === 'information-requirement' && party === 'insurer') continue;
    if (re.test(text)) return { value: kind, rule: `kind:zin-${kind}`, confidence: 0.6 };
  }
  // What the insurer says of its own buying (whom it contracts, at what tariff, which offers) is how it
  // purchases; what else it says it will do is a commitment.
  // What the contract itself says (its term, start, parts, the general terms that govern it) is a contract
  // condition, whoever the sentence names.
  if (ABOUT_THE_CONTRACT.test(mainClause(text)) || /\balgemene (?:inkoop)?voorwaarden\b/iu.test(text))
    return { value: 'contract-condition', rule: 'kind:over-de-overeenkomst', confidence: 0.5 };
  // "Bij voorkeur contracteren wij …", "wij geven de voorkeur aan": whom the insurer prefers is how it selects.
  // Whom the insurer contracts only, or unless ("contracteren wij alleen als", "tenzij") is how it selects.
  if (
    party === 'insurer' &&
    (/\bvoorkeur\b|\bselecte(?:ert|ren)\b/iu.test(text) ||
      (/\b(?:alleen|uitsluitend|tenzij)\b/iu.test(text) && /\bcontract\p{L}*|\bkopen\b|\bkoopt\b/iu.test(text))) &&
    PURCHASING.test(text)
  )
    return { value: 'selection-criterion', rule: 'kind:wij-selecteren', confidence: 0.5 };
  if (party === 'insurer' && PURCHASING.test(text))
    return { value: 'purchasing-criterion', rule: 'kind:wij-kopen-in', confidence: 0.5 };
  if (party === 'insurer' && (force === 'intention' || force === 'requirement'))
    return { value: 'insurer-commitment', rule: 'kind:wij-bieden', confidence: 0.55 };
  // What a provider must meet to be contracted at all ("Om in aanmerking te komen …", "stelt als voorwaarde
  // voor de contractering") is a minimum requirement.
  if (
    party !== 'insurer' &&
    (force === 'condition' || force === 'requirement') &&
    /\bin aanmerking\b|\bvoorwaarde voor (?:de )?(?:contractering|overeenkomst)|\bbelangrijke voorwaarde\b|^minimaal\b/iu.test(
      text.replace(/^\s*[-–•*]\s*/, ''),
    ) &&
    !/\buitgesloten\b|\bniet in aanmerking\b|\bdezelfde\b/iu.test(text)
  )
    return { value: 'minimum-requirement', rule: 'kind:toelating', confidence: 0.5 };
  // What a plan or theme section lists without naming who acts ("Een duidelijke missie en visie") is a theme.
  const nearest = [...headingPath].reverse().flatMap((h) => HEADING_KINDS.filter(([re]) => re.test(h)))[0];
  if (nearest?.[1] === 'plan-theme' && !PROVIDER.test(text) && party !== 'insurer')
    return { value: 'plan-theme', rule: 'kind:kop-thema', confidence: 0.5 };
  // An expectation is a quality expectation unless a heading makes it a stricter kind of requirement.
  const strict = /minim(?:um)?eis|minimale eisen|selectie|uitsluiting|aanvullende eisen/iu;
  if (force === 'expectation' && !headingPath.some((h) => strict.test(h)))
    return { value: 'quality-expectation', rule: 'kind:verwachting', confidence: 0.5 };
  for (const heading of [...headingPath].reverse()) {
    for (const [re, kind] of HEADING_KINDS) {
      if (!re.test(heading)) continue;
      // Under a theme, what a named provider does is what the insurer expects of it, not a theme of its own.
      if (kind === 'plan-theme' && party === 'provider' && PROVIDER.test(text))
        return { value: 'quality-expectation', rule: 'kind:kop-thema-aanbieder', confidence: 0.5 };
      return { value: kind, rule: `kind:kop-${kind}`, confidence: 0.6 };
    }
  }
  if (party === 'insurer') return { value: 'insurer-commitment', rule: 'kind:verzekeraar', confidence: 0.4 };
  if (force === 'expectation') return { value: 'quality-expectation', rule: 'kind:verwachting', confidence: 0.45 };
  if (force === 'requirement' || force === 'condition')
    return { value: 'contract-condition', rule: 'kind:eis', confidence: 0.4 };
  return { value: 'plan-theme', rule: 'kind:beschrijving', confidence: 0.3 };
}
