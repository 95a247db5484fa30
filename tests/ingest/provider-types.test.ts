import { join } from 'node:path';
import { loadVocabulary } from '../../src/ingest/propose';
import { proposeProviderTypes } from '../../src/ingest/propose/provider-types';

const seed = join(__dirname, '..', '..', 'seed');
// The vocabulary before the guideline (doc-003) declared the regional GP organisation.
const vocabulary = loadVocabulary(seed, { exceptDocument: 'doc-003' });

describe('provider types a document names beyond the vocabulary', () => {
  it("'regionale huisartsenorganisatie', named often, is a new type under the provider of GP care", () => {
    const lines = [
      'Afspraken tussen een regionale huisartsenorganisatie en een zorgverzekeraar.',
      'Een regionale huisartsenorganisatie bestaat uit samenwerkende huisartsen.',
      'De regionale huisartsenorganisaties stellen een regioplan op.',
    ];
    expect(proposeProviderTypes(lines, vocabulary)).toEqual([
      expect.objectContaining({
        key: 'regionale-huisartsenorganisatie',
        nameNl: 'Regionale huisartsenorganisatie',
        broader: ['huisartsenzorg-aanbieder'],
        builtOn: 'huisarts',
        count: 3,
        lineStart: 1,
        quote: 'regionale huisartsenorganisatie',
      }),
    ]);
  });

  it('a type the vocabulary already knows is not proposed again, nor its short form', () => {
    const lines = Array.from({ length: 3 }, () => 'De regionale huisartsenorganisatie stelt een regioplan op.');
    expect(proposeProviderTypes(lines, loadVocabulary(seed))).toEqual([]);
  });

  it('names the vocabulary knows, names said fewer than three times and words that say which ones are no new type', () => {
    const lines = [
      'Zorggroepen en huisartsenpraktijken leveren ketenzorg; een zorggroep coördineert.',
      'Andere huisartsenorganisaties, nieuwe huisartsenorganisaties en gecontracteerde huisartsenorganisaties.',
      'Een tandartsenorganisatie wordt tweemaal genoemd: tandartsenorganisatie.',
    ];
    expect(proposeProviderTypes(lines, vocabulary).map((t) => t.key)).toEqual(['huisartsenorganisatie']);
  });
});
