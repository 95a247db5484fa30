import type { Vocabulary, VocabularyTerm } from './vocabulary';

/**
 * The words by which Dutch policy texts name a requirement topic. The vocabulary's own names and the
 * terms its descriptions list come first; these add the everyday words for the same subject.
 */
const DUTCH_TOPIC_WORDS: Record<string, string[]> = {
  'quality-system': [
    'kwaliteitssysteem',
    'kwaliteitsmanagementsysteem',
    'keurmerk',
    'vms',
    'accreditatie',
    'certificering',
    'iso',
    'hkz',
    'niaz',
    'jci',
  ],
  'professional-standards': [
    'richtlijn',
    'richtlijnen',
    'beroepsgroep',
    'zorgstandaard',
    'zorgstandaarden',
    'kwaliteitsstandaard',
    'kwaliteitskader',
    'norm',
    'normen',
    'nhg',
    'veldnorm',
  ],
  'volume-norms': ['volumenorm', 'volumenormen', 'minimumvolume'],
  registration: [
    'agb',
    'agb-code',
    'kvk',
    'kamer van koophandel',
    'wtza',
    'toelating',
    'vecozo-certificaat',
    'big',
    'registratie',
    'geregistreerd',
    'ingeschreven',
  ],
  'integrity-fraud': [
    'fraude',
    'frauderende',
    'integriteit',
    'integer',
    'verwijzingsregister',
    'ubo',
    'sanctie',
    'misbruik',
    'oneigenlijk gebruik',
    'uitgesloten',
  ],
  governance: ['governancecode', 'governance', 'bestuursverklaring', 'bedrijfsadministratie', 'bestuur', 'jaarverslag'],
  supervision: ['toezicht', 'inspectie', 'igj', 'aanwijzing', 'nza'],
  'cooperation-agreements': [
    'samenwerking',
    'samenwerkingsafspraken',
    'samenwerkingsovereenkomst',
    'samenwerkingsverband',
    'netwerk',
    'netwerkafspraken',
    'sla',
    'ketenafspraken',
    'regionale',
    'regio',
    'coördinatiefunctie',
    'afstemming',
    'partners',
  ],
  staffing: [
    'personeel',
    'medewerkers',
    'specialisten',
    'deskundigheid',
    'opleiding',
    'arbeidsmarkt',
    'bevoegd',
    'bekwaam',
    'verbonden',
    'in dienst',
    'formatie',
    'praktijkondersteuner',
  ],
  'patient-experience': [
    'klacht',
    'klachten',
    'klachtenregeling',
    'klantbeleving',
    'patiëntervaring',
    'samen beslissen',
    'cliënt',
    'patiënttevredenheid',
    'prem',
    'wachttijd',
  ],
  transparency: [
    'aanleveren',
    'transparantie',
    'transparantiekalender',
    'indicatoren',
    'rapporteren',
    'registreren',
    'verstrekken',
    'informatie',
    'gegevens',
    'data',
    'inzicht',
    'monitoren',
  ],
  digitalisation: [
    'digitaal',
    'digitale',
    'digitalisering',
    'e-health',
    'ehealth',
    'hybride',
    'gegevensuitwisseling',
    'thuismonitoring',
    'beeldbellen',
    'ict',
  ],
  sustainability: ['duurzaamheid', 'duurzaam', 'duurzame', 'co2', 'green deal', 'milieu', 'klimaat', 'reusables'],
  efficiency: [
    'doelmatig',
    'doelmatigheid',
    'passende zorg',
    'kosten',
    'prijs',
    'prijzen',
    'tarief',
    'tarieven',
    'betaalbaar',
    'betaalbaarheid',
    'zinnige zorg',
    'substitutie',
    'benchmark',
    'zorg op de juiste plek',
  ],
  accessibility: [
    'toegankelijkheid',
    'toegankelijk',
    'bereikbaarheid',
    'beschikbaarheid',
    'openingstijden',
    'wachttijden',
    'capaciteit',
    'weigert',
    'weigeren',
    'reistijd',
    'spoedeisende',
    'zorgplicht',
  ],
  pharmaceuticals: ['geneesmiddel', 'geneesmiddelen', 'add-on', 'medicatie', 'farmacie', 'mdx', 'diagnostiek'],
  'selection-preference': ['selectie', 'selectief', 'selectieve', 'voorkeur', 'preferent', 'inkoopcriteria'],
  'contracting-procedure': [
    'overeenkomst',
    'contract',
    'contractering',
    'offerte',
    'aanmelden',
    'inkoopproces',
    'zorginkoop',
    'inkoopgesprek',
    'onderhandel',
    'vecozo',
    'zorginkoopprocedure',
    'aanvragen',
    'ondertekenen',
    'nieuwe zorgaanbieder',
    'nieuwe aanbieder',
  ],
};

interface TopicWords {
  key: string;
  words: string[];
}

const cache = new WeakMap<VocabularyTerm[], TopicWords[]>();

function topicWords(topics: VocabularyTerm[]): TopicWords[] {
  let t = cache.get(topics);
  if (t) return t;
  t = topics.map((topic) => {
    const words = new Set<string>([topic.nameNl.toLowerCase(), ...(DUTCH_TOPIC_WORDS[topic.key] ?? [])]);
    // The description's parenthesised list names the Dutch terms the curators file under the topic.
    for (const m of (topic.description ?? '').matchAll(/\(([^)]*)\)/g))
      for (const w of (m[1] ?? '').split(/,\s*/)) if (w.length >= 3) words.add(w.toLowerCase());
    return { key: topic.key, words: [...words] };
  });
  cache.set(topics, t);
  return t;
}

/** The topic whose words a text names most (a word in the statement counts more than one in its heading). */
export function topicOf(text: string, heading: string, vocabulary: Vocabulary): string | undefined {
  const score = (s: string, w: string): number => {
    const re = new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu');
    return re.test(s) ? 1 : 0;
  };
  let best: { key: string; score: number } | undefined;
  for (const { key, words } of topicWords(vocabulary.topics)) {
    let s = 0;
    for (const w of words) s += 2 * score(text, w) + score(heading, w);
    if (s > 0 && (!best || s > best.score)) best = { key, score: s };
  }
  return best?.key;
}
