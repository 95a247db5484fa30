/**
 * Splits running Dutch text into sentences. A full stop ends a sentence only when a capital (or an
 * opening quote or bracket) follows and the word before it is no abbreviation ("a.s.r.", "o.a.", "t.o.v.").
 */
const ABBREVIATIONS =
  /(?:\b(?:a\.s\.r|o\.a|t\.o\.v|bijv|d\.w\.z|i\.c\.m|e\.d|e\.a|m\.b\.t|t\.b\.v|nr|incl|excl|ca|z\.s\.m|o\.b\.v|i\.v\.m|resp|jl|mr|dr|drs|ir|prof)|\b\p{L})$/iu;

export interface Sentence {
  text: string;
  /** Offset in the block's text. */
  start: number;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /[.!?](?:~~|\*\*|["'”’)])*\s+(?=[\p{Lu}\d"'“‘(~*•-])/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index + 1;
    const before = text.slice(start, m.index);
    if (ABBREVIATIONS.test(before)) continue;
    const piece = text.slice(start, m.index + m[0].trimEnd().length);
    if (piece.trim()) out.push({ text: piece.trim(), start });
    start = end + (m[0].length - 1);
  }
  const rest = text.slice(start);
  if (rest.trim()) out.push({ text: rest.trim(), start });
  return out;
}
