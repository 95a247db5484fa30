/** A word-level diff of two texts, as segments a UI can colour: unchanged, added and removed words. */

export type SegmentKind = 'SAME' | 'ADDED' | 'REMOVED';

export interface Segment {
  kind: SegmentKind;
  text: string;
}

/** Words and the white space after them stay together, so that joining the segments restores the text. */
function tokens(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

/**
 * Longest common subsequence over words (texts here are requirements: tens of words), then runs of the
 * same kind merged. Joining the SAME and REMOVED segments gives `before`; SAME and ADDED gives `after`.
 */
export function wordDiff(before: string, after: string): Segment[] {
  const a = tokens(before);
  const b = tokens(after);
  // Words compared without their white space, each trimmed once: the table compares every pair.
  const wordsA = a.map((t) => t.trimEnd());
  const wordsB = b.map((t) => t.trimEnd());
  // lcs(i, j): the longest common subsequence of a[i..] and b[j..], in one flat table.
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  const lcs = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    const x = wordsA[i];
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = x === wordsB[j] ? lcs(i + 1, j + 1) + 1 : Math.max(lcs(i + 1, j), lcs(i, j + 1));
    }
  }
  const out: Segment[] = [];
  const push = (kind: SegmentKind, text: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  for (;;) {
    const x = a[i];
    const y = b[j];
    if (x !== undefined && y !== undefined && wordsA[i] === wordsB[j]) {
      push('SAME', y);
      i += 1;
      j += 1;
    } else if (y !== undefined && (x === undefined || lcs(i, j + 1) >= lcs(i + 1, j))) {
      push('ADDED', y);
      j += 1;
    } else if (x !== undefined) {
      push('REMOVED', x);
      i += 1;
    } else return out;
  }
}
