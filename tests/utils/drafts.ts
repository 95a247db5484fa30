import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { INGEST_FIXTURE, zorginkoop } from './command-line';
import { copyOfSeed } from './shared-seed';

/** A record of a draft as the yaml package edits it in place. */
export interface DraftRecord {
  get(k: string): unknown;
  set(k: string, v: unknown): void;
  delete(k: string): boolean;
}

/** Edits the draft's records as a curator does: `change` gets each record (by key) and may alter it. */
export function editDraft(path: string, change: (record: DraftRecord, key: string) => void): void {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  for (const section of ['policies', 'criteria', 'milestones', 'policyChanges']) {
    const items = doc.get(section);
    if (!items || typeof items !== 'object' || !('items' in items) || !Array.isArray(items.items)) continue;
    for (const item of items.items as DraftRecord[]) change(item, String(item.get('key')));
  }
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

/** The line a record of a draft starts on (`- key: KEY`), as problems name it. */
export function lineOf(path: string, key: string): number {
  const index = readFileSync(path, 'utf8')
    .split('\n')
    .findIndex((line) => line.trim() === `- key: ${key}`);
  if (index < 0) throw new Error(`no record ${key} in ${path}`);
  return index + 1;
}

/**
 * A copy of seed/ with the fictional 2025 edition of VGZ MSZ taken in by `zorginkoop ingest` against 2024
 * (tests/fixtures/ingest/): the draft drafts/vgz-msz-2025.yaml, every record reviewed: false.
 */
export async function seedWithDraft(): Promise<{ seed: string; draft: string }> {
  const seed = copyOfSeed();
  const ingested = await zorginkoop([
    'ingest',
    INGEST_FIXTURE,
    ...['--policy', 'vgz-msz-2025', '--insurer', 'vgz', '--year', '2025', '--previous', 'vgz-msz-2024'],
    ...['--seed', seed],
  ]);
  if (ingested.code !== 0) throw new Error(`ingest failed: ${ingested.stderr}`);
  return { seed, draft: join(seed, 'drafts', 'vgz-msz-2025.yaml') };
}
