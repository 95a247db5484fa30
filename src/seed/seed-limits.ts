/**
 * How large seed input may be, so that a seed cannot make a load read without end or fill the graph with
 * megabytes nobody curated: each far above what seed/ holds (checked by tests/seed/seed-input-limits.test.ts),
 * each refused with the file, record and field that passed it.
 */
export const SEED_LIMITS = {
  /** A source text under sources/ (the largest in seed/ is 44 kB; a 300-page policy as text is about 1 MB). */
  sourceFileBytes: 20 * 1024 * 1024,
  /** A seed YAML file (the largest in seed/ is about 200 kB). */
  seedFileBytes: 20 * 1024 * 1024,
  /**
   * One text field of a record: every string property the graph model declares (criterion `text`,
   * `curatorNote`, `description`, `summary`, ...), each item of a list of strings, and a citation's `quote`
   * (the longest in seed/ is a policy's curatorNote of 1,595 characters).
   */
  textFieldChars: 20_000,
} as const;

/** A byte count as people read it: "20 MB", "44 kB". */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
