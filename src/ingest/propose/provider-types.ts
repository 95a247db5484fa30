import { dutchForms, termsIn, type Vocabulary, type VocabularyTerm } from './vocabulary';

/**
 * Provider types a document names that the vocabulary lacks. Dutch builds the name of a kind of provider
 * from a known one: an organisation of GPs is a "huisartsenorganisatie", often qualified
 * ("regionale huisartsenorganisatie"). A compound whose first part is a provider type the vocabulary knows
 * and whose last part names an organisation, named at least three times, is proposed as a new provider
 * type under the provider of the same care (the known type's nearest "Aanbieder …" ancestor), for a curator
 * to accept. Nothing is translated: its English name is left for the curator.
 */
export interface ProposedProviderType extends VocabularyTerm {
  /** How often the document names it. */
  count: number;
  /** The first line that names it, and those words (1-based). */
  lineStart: number;
  quote: string;
  /** The known provider type its name is built on. */
  builtOn: string;
}

/** The last part of a compound that names a provider (singular, plural). */
const HEADS: [string, string][] = [
  ['organisatie', 'organisaties'],
  ['aanbieder', 'aanbieders'],
  ['praktijk', 'praktijken'],
  ['centrum', 'centra'],
  ['instelling', 'instellingen'],
  ['coöperatie', 'coöperaties'],
];

/** Adjectives that say which ones, not what kind: "andere", "nieuwe", "gecontracteerde" make no new type. */
const NOT_A_KIND =
  /^(?:andere|deze|die|elke|iedere|alle|welke|eigen|nieuwe|bestaande|betrokken|betrokkene|huidige|overige|verschillende|diverse|meerdere|enkele|sommige|vele|zelfde|desbetreffende|betreffende|grote|kleine|individuele|ge\p{L}+de|ge\p{L}+te)$/u;

const PHRASE = new RegExp(
  `(?<![\\p{L}-])(?:(\\p{Ll}+e)\\s+)?(\\p{Ll}[\\p{Ll}-]*?)(${HEADS.flat()
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}])`,
  'gu',
);

const singular = (head: string): string => HEADS.find(([one, many]) => head === one || head === many)?.[0] ?? head;

/** The known provider type a compound's first part names ("huisartsen" names huisarts), if any. */
function knownModifier(modifier: string, vocabulary: Vocabulary): VocabularyTerm | undefined {
  const bare = modifier.replace(/-$/, '');
  return vocabulary.providerTypes.find((t) => {
    const name = t.nameNl.toLowerCase();
    return !name.includes(' ') && dutchForms(name).includes(bare);
  });
}

/** The nearest ancestor that is the provider of a care type ("Aanbieder huisartsenzorg"), else the root. */
function careProviderOf(term: VocabularyTerm, vocabulary: Vocabulary): string {
  let current: VocabularyTerm | undefined = term;
  for (let i = 0; current && i < 10; i++) {
    const parent: VocabularyTerm | undefined = vocabulary.providerTypes.find((t) => t.key === current?.broader?.[0]);
    if (!parent) return current.key;
    if (/^aanbieder\s/i.test(parent.nameNl) || !parent.broader?.length) return parent.key;
    current = parent;
  }
  return term.key;
}

const keyOf = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function proposeProviderTypes(lines: string[], vocabulary: Vocabulary): ProposedProviderType[] {
  const found = new Map<string, ProposedProviderType>();
  const compounds = new Map<string, number>();
  lines.forEach((line, i) => {
    const text = line.toLowerCase().replace(/~~|\*\*/g, '');
    for (const m of text.matchAll(PHRASE)) {
      const [, adjective, modifier = '', head = ''] = m;
      const known = knownModifier(modifier, vocabulary);
      if (!known) continue;
      const compound = `${modifier}${singular(head)}`;
      compounds.set(compound, (compounds.get(compound) ?? 0) + 1);
      const qualified = adjective && !NOT_A_KIND.test(adjective) ? `${adjective} ${compound}` : compound;
      for (const name of new Set([compound, qualified])) {
        const entry = found.get(name);
        if (entry) entry.count++;
        else
          found.set(name, {
            key: keyOf(name),
            nameNl: name.charAt(0).toUpperCase() + name.slice(1),
            nameEn: '',
            broader: [careProviderOf(known, vocabulary)],
            count: 1,
            lineStart: i + 1,
            quote: line.slice(m.index, m.index + m[0].length),
            builtOn: known.key,
          });
      }
    }
  });
  const named = [...found.values()].filter((t) => t.count >= 3);
  // A qualified name that stands for most uses of its compound ("regionale huisartsenorganisatie") is the
  // type, known or not; the bare compound then is the same thing said short.
  const shortFor = (t: ProposedProviderType): boolean => {
    const compound = t.nameNl.toLowerCase();
    return named.some(
      (q) => q.nameNl.toLowerCase().endsWith(` ${compound}`) && q.count * 2 >= (compounds.get(compound) ?? Infinity),
    );
  };
  return named.filter(
    (t) => termsIn(t.nameNl, vocabulary.providerTypes).length === 0 && (t.nameNl.includes(' ') || !shortFor(t)),
  );
}

/** The vocabulary with the proposed types in it, so that scope rules find them like any other. */
export function withProposedTypes(vocabulary: Vocabulary, proposed: ProposedProviderType[]): Vocabulary {
  return { ...vocabulary, providerTypes: [...vocabulary.providerTypes, ...proposed] };
}
