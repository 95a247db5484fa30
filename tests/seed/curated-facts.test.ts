import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '../../src/paths';
import { useTestApi } from '../utils/server';

/** Facts of the curated graph, asked as an analyst would ask them, through the HTTP API. */

const sourceLines = (file: string) => readFileSync(join(SEED_DIR, 'sources', file), 'utf8').split('\n');

describe('what the curated graph answers', () => {
  const api = useTestApi();

  async function ask<T>(query: string): Promise<T> {
    const body = await api().query<T>(query);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  it('a ZBC at VGZ in 2024 must meet exactly the six additional minimum requirements of the appendix of 001, each with its line', async () => {
    const data = await ask<{
      providerType: {
        criteria: Array<{
          text: string;
          kind: string;
          policy: { key: string };
          source: { documentKey: string; lineStart: number; lineEnd: number };
        }>;
      };
    }>(
      '{ providerType(key: "zbc") { criteria { text kind policy { key } source { documentKey lineStart lineEnd } } } }',
    );
    const additional = data.providerType.criteria.filter(
      (c) => c.policy.key === 'vgz-msz-2024' && c.kind === 'ADDITIONAL_REQUIREMENT',
    );
    const lines = sourceLines('001_51680a5ea2501e2f.txt');
    expect(additional.map((c) => c.source.lineStart).sort((a, b) => a - b)).toEqual([440, 441, 443, 444, 445, 446]);
    for (const c of additional) {
      expect(c.source.documentKey).toBe('doc-001');
      expect(lines[c.source.lineStart - 1]).toContain(c.text.slice(0, 40));
    }
  });

  it('the a.s.r. change table’s rows are the documented changes of the 2023-2024 policy, against a reconstructed 2022', async () => {
    const lines = sourceLines('002_d286d8cb2dc9363e.txt');
    // Rows of the change table (lines 17-32): tab-separated, apart from the repeated header row.
    const subjects = lines
      .slice(16, 32)
      .filter((l) => l.includes('\t') && !l.startsWith('Onderwerp\t'))
      .map((l) => l.split('\t')[0]!.trim());
    expect(subjects).toHaveLength(9);
    const data = await ask<{
      policy: {
        documentedChanges: {
          totalCount: number;
          edges: Array<{ node: { subject: string; comparedWith: { key: string; reconstructed: boolean } } }>;
        };
      };
    }>(
      '{ policy(key: "asr-elv-grz-gzsp-2023-2024") { documentedChanges(first: 50) { totalCount edges { node { subject comparedWith { key reconstructed } } } } } }',
    );
    const changes = data.policy.documentedChanges.edges.map((e) => e.node);
    expect(changes.map((c) => c.subject).sort()).toEqual([...subjects].sort());
    for (const c of changes) expect(c.comparedWith).toEqual({ key: 'asr-elv-grz-gzsp-2022', reconstructed: true });
  });

  it('the four example regions of the leidraad each have their partnership, with an insurer and a GP organisation', async () => {
    const data = await ask<{
      policy: {
        regions: Array<{
          name: string;
          named: boolean;
          alliances: Array<{
            name: string;
            source: { quote: string };
            partners: Array<{ __typename: string; key: string }>;
          }>;
        }>;
      };
    }>(
      '{ policy(key: "leidraad-regionale-samenwerking-2020") { regions { name named alliances { name source { quote } partners { __typename key } } } } }',
    );
    const regions = data.policy.regions;
    expect(regions).toHaveLength(4);
    for (const region of regions) {
      expect(region.named).toBe(true);
      expect(region.alliances.length).toBeGreaterThanOrEqual(1);
      const partners = region.alliances.flatMap((a) => a.partners);
      expect(partners.some((p) => p.__typename === 'Insurer')).toBe(true);
      expect(partners.some((p) => p.__typename === 'Stakeholder')).toBe(true);
    }
    const nijmegen = regions.find((r) => r.name.includes('Nijmegen'))!;
    expect(nijmegen.alliances[0]!.partners.map((p) => p.key)).toContain('vgz');
    const arnhem = regions.find((r) => r.name.includes('Arnhem'))!;
    expect(arnhem.alliances[0]!.partners.map((p) => p.key)).toContain('menzis');
  });

  it('the leidraad is a joint guideline of ZN, LHV and InEen, not an insurer’s policy', async () => {
    const data = await ask<{ policy: { kind: string; insurer: null; issuedBy: Array<{ key: string }> } }>(
      '{ policy(key: "leidraad-regionale-samenwerking-2020") { kind insurer { key } issuedBy { key } } }',
    );
    expect(data.policy).toEqual({
      kind: 'GUIDELINE',
      insurer: null,
      issuedBy: [{ key: 'ineen' }, { key: 'lhv' }, { key: 'zn' }],
    });
  });

  it('knows how the insurers relate: Ditzo is a label of a.s.r., Caresq purchases for Eucare, Aevitae is its agent, ZEKUR is part of Univé', async () => {
    const data = await ask<
      Record<
        string,
        {
          labels?: Array<{ key: string }>;
          purchasesFor?: Array<{ key: string }>;
          agentFor?: Array<{ key: string }>;
          partOf?: Array<{ key: string }>;
        }
      >
    >(
      '{ asr: insurer(key: "asr") { labels { key } } caresq: insurer(key: "caresq") { purchasesFor { key } } aevitae: insurer(key: "aevitae") { agentFor { key } } zekur: insurer(key: "zekur") { partOf { key } } }',
    );
    expect(data.asr!.labels).toContainEqual({ key: 'ditzo' });
    expect(data.caresq!.purchasesFor).toContainEqual({ key: 'eucare' });
    expect(data.aevitae!.agentFor).toContainEqual({ key: 'eucare' });
    expect(data.zekur!.partOf).toContainEqual({ key: 'unive' });
  });

  it('keeps what the 2023 amendments withdrew as history, never as a current requirement', async () => {
    const data = await ask<{
      policy: { amendments: Array<{ date: string; withdraws: Array<{ key: string; withdrawnBy: { date: string } }> }> };
    }>('{ policy(key: "vgz-msz-2024") { amendments { date withdraws { key withdrawnBy { date } } } } }');
    expect(data.policy.amendments.map((a) => a.date).sort()).toEqual(['2023-07-27', '2023-08-02']);
    for (const a of data.policy.amendments) {
      expect(a.withdraws.length).toBeGreaterThan(0);
      for (const c of a.withdraws) expect(c.withdrawnBy.date).toBe(a.date);
    }
  });

  it('every previous version a change table speaks of is there, flagged as reconstructed', async () => {
    const data = await ask<{
      policies: {
        edges: Array<{
          node: {
            key: string;
            reconstructed: boolean;
            reconstructionNote: string | null;
            nextVersion: { key: string } | null;
          };
        }>;
      };
    }>('{ policies(first: 50) { edges { node { key reconstructed reconstructionNote nextVersion { key } } } } }');
    const reconstructed = data.policies.edges.map((e) => e.node).filter((p) => p.reconstructed);
    expect(reconstructed.map((p) => [p.key, p.nextVersion?.key]).sort()).toEqual([
      ['asr-elv-grz-gzsp-2022', 'asr-elv-grz-gzsp-2023-2024'],
      ['caresq-ziekenhuizen-2024', 'caresq-ziekenhuizen-2025'],
      ['vgz-huisartsenzorg-2020', 'vgz-huisartsenzorg-2021'],
      ['vgz-msz-2023', 'vgz-msz-2024'],
    ]);
    for (const p of reconstructed) expect(p.reconstructionNote).toBeTruthy();
  });
});
