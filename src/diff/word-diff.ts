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
  const same = (x: string, y: string) => x.trimEnd() === y.trimEnd();
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = same(a[i]!, b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
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
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(a[i]!, b[j]!)) {
      push('SAME', b[j]!);
      i += 1;
      j += 1;
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push('ADDED', b[j]!);
      j += 1;
    } else {
      push('REMOVED', a[i]!);
      i += 1;
    }
  }
  return out;
}
