import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SeedGraph } from '../src/seed/validate/graph-rows';

/**
 * The varied mix: besides the fixed example operations, questions drawn from the whole graph, so that a
 * read cache cannot make every request a repeat of the one before.
 * - requirements: every provider type x every insurer and year it has a policy for (issued by it or
 *   purchasing on its behalf);
 * - policyDiff: every pair of policy versions (a policy and its previousVersion);
 * - search: every Dutch and English name in the vocabulary (seed/vocabulary.yaml).
 * A stream draws from each population uniformly, with replacement, from a fixed seed: the same run asks
 * the same questions in the same order of every target, and a repeat in the stream is a repeat a user
 * could have made.
 */

export type MixKind = 'requirements' | 'policyDiff' | 'search';
export const MIX_KINDS: MixKind[] = ['requirements', 'policyDiff', 'search'];

/** One question of the mix: the project's variables, and the peer's where the peer answers it. */
export interface MixQuestion {
  kind: MixKind;
  /** Stable name, also the floor's key: `requirements zbc vgz 2024`. */
  id: string;
  variables: Record<string, unknown>;
  peerVariables?: Record<string, unknown>;
}

/** The project's operations for the mix: the example operations' selections, with variables. */
export const MIX_OPERATIONS: Record<MixKind, { name: string; query: string }> = {
  requirements: {
    name: 'MixRequirements',
    query: `query MixRequirements($providerType: String!, $insurer: String!, $year: Int!) {
  requirements(providerType: $providerType, insurer: $insurer, year: $year, first: 50) {
    totalCount
    edges {
      node {
        criterion {
          key
          text
          kind
          topic { key nameEn }
          source { documentKey lines quote }
          withdrawnBy { date title }
        }
        policy { key title }
        insurer { name }
        appliesVia { key nameNl }
      }
    }
  }
}`,
  },
  policyDiff: {
    name: 'MixPolicyDiff',
    query: `query MixPolicyDiff($from: String!, $to: String!) {
  policyDiff(from: { policy: $from }, to: { policy: $to }) {
    partial
    reason
    added { key text appliesTo { key } source { documentKey lines } }
    removed { key text }
    changed { before { key } after { key } segments { kind text } }
    documentedChanges { subject before after effect }
  }
}`,
  },
  search: {
    name: 'MixSearch',
    query: `query MixSearch($query: String!) {
  search(query: $query, first: 10) {
    totalCount
    edges { node { kind key score snippet policy { key } source { documentKey lines quote } } }
  }
}`,
  },
};

/** The page size both the project's and the peer's requirements ask for. */
export const REQUIREMENTS_PAGE = 50;

const keysOf = (rows: Array<Record<string, unknown>>) => rows.map((r) => String(r.key));

/** Every question of each kind the graph allows. */
export function mixPopulation(graph: SeedGraph, seedDir: string): Record<MixKind, MixQuestion[]> {
  // The (insurer, year) pairs some policy is issued for or purchased on behalf of: asking for an insurer
  // in a year it has no policy would only measure how fast nothing is found.
  const policyYears = new Map(
    graph.nodes.Policy.filter((p) => p.kind !== 'guideline').map((p) => [String(p.key), p.years as number[]]),
  );
  const pairs = new Set<string>();
  for (const batch of graph.relationships)
    if ((batch.type === 'ISSUED_BY' || batch.type === 'ON_BEHALF_OF') && batch.toLabel === 'Insurer')
      for (const { fromKey, toKey } of batch.rows)
        for (const year of policyYears.get(String(fromKey)) ?? []) pairs.add(`${String(toKey)} ${year}`);
  const insurerYears = [...pairs].sort().map((pair) => pair.split(' ') as [string, string]);
  const requirements: MixQuestion[] = [];
  for (const providerType of keysOf(graph.nodes.ProviderType))
    for (const [insurer, yearText] of insurerYears) {
      const year = Number(yearText);
      requirements.push({
        kind: 'requirements',
        id: `requirements ${providerType} ${insurer} ${year}`,
        variables: { providerType, insurer, year },
        peerVariables: { providerType, insurer, year, first: REQUIREMENTS_PAGE },
      });
    }
  const policyDiff = graph.relationships
    .filter((b) => b.type === 'PREVIOUS_VERSION' && b.fromLabel === 'Policy')
    .flatMap((b) => b.rows)
    .map(({ fromKey, toKey }): MixQuestion => {
      const [from, to] = [String(toKey), String(fromKey)];
      return {
        kind: 'policyDiff',
        id: `policyDiff ${from} ${to}`,
        variables: { from, to },
        peerVariables: { policies: [from, to] },
      };
    });
  const vocabulary = parse(readFileSync(join(seedDir, 'vocabulary.yaml'), 'utf8')) as Record<
    string,
    Array<Record<string, unknown>>
  >;
  const terms = new Set<string>();
  for (const records of Object.values(vocabulary))
    for (const record of records ?? [])
      for (const name of [record.nameNl, record.nameEn]) if (typeof name === 'string') terms.add(name);
  const search = [...terms].map((query): MixQuestion => ({
    kind: 'search',
    id: `search ${query}`,
    variables: { query },
  }));
  return { requirements, policyDiff, search };
}

/** A small deterministic generator (mulberry32), so that every run draws the same stream. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` questions drawn uniformly, with replacement, from a population. */
export function drawStream(population: MixQuestion[], count: number, seed: number): MixQuestion[] {
  if (population.length === 0) return [];
  const next = random(seed);
  return Array.from({ length: count }, () => population[Math.floor(next() * population.length)]!);
}
