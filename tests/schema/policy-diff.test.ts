import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { print } from 'graphql';
import { VgzMsz2023To2024Document, VgzMsz2024AmendmentsDocument } from '../../src/client/generated/graphql';
import { copyOfSeed, useTestApi } from '../utils/server';
import { ask } from '../utils/typed-query';

describe('policyDiff: what changed between two versions', () => {
  const api = useTestApi();

  it('VGZ MSZ 2023 → 2024 adds the MDx and CCL minimum requirements, partially known because 2023 is reconstructed', async () => {
    const body = await ask(api(), VgzMsz2023To2024Document);
    expect(body.errors).toBeUndefined();
    const diff = body.data!.policyDiff;
    expect(diff.partial).toBe(true);
    expect(diff.reason).toMatch(/vgz-msz-2023 is known only from a later change table/);
    expect(diff.added.map((c) => c.key).sort()).toEqual(['vgz-msz-2024-msz-mdx-sla', 'vgz-msz-2024-revalidatie-ccl']);
    expect(diff.removed).toEqual([]);
    expect(diff.documentedChanges.length).toBe(4);
  });

  it('VGZ MSZ 2024 known on 1 July 2023 → now: the amendments withdrew the CieBAG requirement and the ZEKUR selection criteria', async () => {
    const body = await ask(api(), VgzMsz2024AmendmentsDocument);
    const diff = body.data!.policyDiff;
    expect(diff.partial).toBe(false);
    expect(diff.added).toEqual([]);
    expect(new Set(diff.removed.map((c) => c.withdrawnBy!.date))).toEqual(new Set(['2023-07-27', '2023-08-02']));
    expect(diff.removed.map((c) => c.key)).toContain('vgz-msz-2024-msz-mdx-ciebag');
    expect(diff.amendments.map((a) => a.date).sort()).toEqual(['2023-07-27', '2023-08-02']);
  });

  it('refuses an unknown policy or a malformed date, naming the argument', async () => {
    const unknown = await api().query(
      '{ policyDiff(from: { policy: "vgz-msz-2019" }, to: { policy: "vgz-msz-2024" }) { partial } }',
    );
    expect(unknown.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'from.policy',
      value: 'vgz-msz-2019',
    });
    const date = await api().query(
      '{ policyDiff(from: { policy: "vgz-msz-2024", knownAt: "juli 2023" }, to: { policy: "vgz-msz-2024" }) { partial } }',
    );
    expect(date.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from.knownAt' });
  });

  it('sends a bounded number of statements, however many requirements the two versions hold', async () => {
    const calls = async (query: string) => {
      const before = api().engine.calls;
      await api().query(query);
      return api().engine.calls - before;
    };
    const small = await calls(print(VgzMsz2023To2024Document));
    const large = await calls(
      '{ policyDiff(from: { policy: "vgz-huisartsenzorg-2020" }, to: { policy: "vgz-huisartsenzorg-2021" }) { added { key topic { key } } removed { key } } }',
    );
    // One batch per relationship level: the two sides, the version chains (at most 4 steps), the amendments
    // and the documented changes, whatever the number of requirements.
    expect(small).toBeLessThanOrEqual(20);
    expect(large).toBeLessThanOrEqual(20);
  });
});

/**
 * The curated sources hold no requirement reworded between two versions (a change table tells what a
 * previous year lacked, never its old wording), so a copy of the seed gets one: VGZ MSZ 2023 with the
 * words the change table puts in its 2023 column, as the version the 2024 requirement follows.
 */
function seedWithRewordedRequirement(): string {
  const dir = copyOfSeed();
  const file = join(dir, 'documents', '001-vgz-msz-2024.yaml');
  const text = readFileSync(file, 'utf8').replace(
    '  - key: vgz-msz-2024-revalidatie-ccl\n',
    '  - key: vgz-msz-2024-revalidatie-ccl\n    previousVersion: vgz-msz-2023-revalidatie-ccl-test\n',
  );
  writeFileSync(file, text);
  appendFileSync(
    join(dir, 'documents', 'zz-test-reworded.yaml'),
    [
      'criteria:',
      '  - key: vgz-msz-2023-revalidatie-ccl-test',
      '    text: "In 2023 was deze minimumeis nog niet van toepassing."',
      '    kind: additional-requirement',
      '    party: provider',
      // Its kind's force: its words ("nog niet van toepassing") give no exception (seed/README.md).
      '    force: requirement',
      '    policy: vgz-msz-2023',
      '    topic: professional-standards',
      '    appliesTo: [revalidatiecentrum]',
      '    cite: { doc: doc-001, lines: 423 }',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('policyDiff of a reworded requirement', () => {
  const api = useTestApi({ seedDir: seedWithRewordedRequirement() });

  it('matches it through its version link and diffs it word by word', async () => {
    const body = await api().query<{
      policyDiff: {
        changed: Array<{
          before: { key: string };
          after: { key: string };
          segments: Array<{ kind: string; text: string }>;
        }>;
      };
    }>(
      '{ policyDiff(from: { policy: "vgz-msz-2023" }, to: { policy: "vgz-msz-2024" }) { changed { before { key } after { key } segments { kind text } } } }',
    );
    const changed = body.data!.policyDiff.changed;
    expect(changed.map((c) => [c.before.key, c.after.key])).toEqual([
      ['vgz-msz-2023-revalidatie-ccl-test', 'vgz-msz-2024-revalidatie-ccl'],
    ]);
    const segments = changed[0]!.segments;
    expect(segments.some((s) => s.kind !== 'SAME')).toBe(true);
    expect(
      segments
        .filter((s) => s.kind !== 'ADDED')
        .map((s) => s.text)
        .join(''),
    ).toBe('In 2023 was deze minimumeis nog niet van toepassing.');
    expect(
      segments
        .filter((s) => s.kind !== 'REMOVED')
        .map((s) => s.text)
        .join(''),
    ).toMatch(/^Complex Chronisch Longfalen/);
  });
});
