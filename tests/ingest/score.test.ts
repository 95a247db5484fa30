import { join } from 'node:path';
import { ratio, recallOf, scoreSeed, scoreTable } from '../../src/ingest/score';

describe('scoring the proposal rules against the curated gold', () => {
  const scores = scoreSeed(join(__dirname, '..', '..', 'seed'));

  it('scores each source document, with recall between 0 and 1', () => {
    expect(scores.length).toBeGreaterThanOrEqual(5);
    for (const s of scores) {
      const r = ratio(recallOf(s)) ?? 0;
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThanOrEqual(1);
    }
  });

  it('compares kind, party, force, scope and topic on exactly the criteria it found', () => {
    for (const s of scores) {
      expect(s.found.criteria).toBeLessThanOrEqual(s.gold.criteria);
      for (const t of [s.kind, s.party, s.force, s.scopeOverlap, s.scopeExact, s.topic])
        expect(t.total).toBe(s.found.criteria);
      expect(s.scopeExact.correct).toBeLessThanOrEqual(s.scopeOverlap.correct);
      expect(s.milestoneDate.total).toBe(s.found.milestones);
    }
  });

  it('prints a Markdown table with a row per document and a total', () => {
    const lines = scoreTable(scores).split('\n');
    expect(lines).toHaveLength(2 + scores.length + 1);
    expect(lines.at(-1)).toMatch(/^\| \*\*total\*\*/);
  });
});
