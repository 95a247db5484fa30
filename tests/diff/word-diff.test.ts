import { wordDiff } from '../../src/diff/word-diff';

const join = (segments: ReturnType<typeof wordDiff>, keep: string[]) =>
  segments
    .filter((s) => keep.includes(s.kind))
    .map((s) => s.text)
    .join('');

describe('word-level diff', () => {
  const before =
    'Voor MDx-testen moeten instellingen voldoen aan de CieBAG-criteria en dienen er SLA-overeenkomsten te zijn.';
  const after = 'Voor MDx-testen dienen er meerzijdig getekende SLA-overeenkomsten te zijn.';

  it('restores both texts from its segments', () => {
    const segments = wordDiff(before, after);
    expect(join(segments, ['SAME', 'REMOVED'])).toBe(before);
    expect(join(segments, ['SAME', 'ADDED'])).toBe(after);
  });

  it('marks what was struck and what was added, word by word', () => {
    const segments = wordDiff(before, after);
    expect(segments.filter((s) => s.kind === 'REMOVED').map((s) => s.text.trim())).toEqual([
      'moeten instellingen voldoen aan de CieBAG-criteria en',
    ]);
    expect(segments.filter((s) => s.kind === 'ADDED').map((s) => s.text.trim())).toEqual(['meerzijdig getekende']);
  });

  it('says nothing changed for equal texts', () => {
    expect(wordDiff('u staat niet onder verscherpt toezicht', 'u staat niet onder verscherpt toezicht')).toEqual([
      { kind: 'SAME', text: 'u staat niet onder verscherpt toezicht' },
    ]);
  });
});
