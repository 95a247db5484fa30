import { highlight, RankedIndex } from '../../src/search/ranked-index';

const index = new RankedIndex([
  { id: 'a', fields: [{ text: 'Om snelle instroom te bevorderen kopen wij sinds 2018 de coördinatiefunctie in.', weight: 1 }] },
  { id: 'b', fields: [{ text: 'u bent aangesloten bij de coördinatiefunctie in de regio en deelt daar uw beschikbaarheid (in bedden);', weight: 1 }] },
  { id: 'c', fields: [{ text: 'u staat niet onder verscherpt toezicht;', weight: 1 }] },
  { id: 'd', fields: [{ text: 'Coördinatiefunctie', weight: 3 }] },
]);

describe('the ranked index of the embedded engine', () => {
  it('ignores case and diacritics: "coordinatiefunctie" finds "coördinatiefunctie"', () => {
    expect(index.search('COORDINATIEFUNCTIE').map((h) => h.id).sort()).toEqual(['a', 'b', 'd']);
  });

  it('ranks a short title that is all match above long passages that mention it', () => {
    expect(index.search('coordinatiefunctie')[0]!.id).toBe('d');
  });

  it('requires every word, and treats the last one as a prefix while typing', () => {
    expect(index.search('coordinatiefunctie regio').map((h) => h.id)).toEqual(['b']);
    expect(index.search('verscherpt toez').map((h) => h.id)).toEqual(['c']);
  });

  it('finds nothing for words it does not hold', () => {
    expect(index.search('tandheelkunde')).toEqual([]);
  });

  it('highlights the matches in an escaped snippet', () => {
    expect(highlight('Aan het ZBC <zijn> 2 medisch specialisten verbonden', ['medisch'])).toBe('Aan het ZBC &lt;zijn&gt; 2 <mark>medisch</mark> specialisten verbonden');
  });
});
