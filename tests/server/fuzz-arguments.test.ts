import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { ROOT_DIR } from '../../src/paths';
import { schema } from '../../src/schema';
import { engineKindUnderTest } from '../utils/engine';
import { graphCounts } from '../utils/graph-counts';
import { useTestApi } from '../utils/server';

/**
 * 5,000 and more generated argument values over every root field, sent as variables over HTTP. None may
 * be an internal error, the server must stay up, legitimate questions must keep their answers while it
 * runs, and the graph must be the same afterwards. Deterministic (a seeded generator), so that a
 * failure can be replayed.
 */

const REQUESTS = 5200;

function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const STRINGS = [
  '',
  ' ',
  'vgz',
  'zbc',
  'msz',
  'ziekenhuis',
  'vgz-msz-2024',
  'asr',
  'eucare',
  'quality-system',
  'nobody',
  'VGZ',
  'vgz ',
  'vgz--msz',
  '-vgz',
  'coördinatiefunctie',
  'verscherpt toezicht',
  'a',
  'ab',
  "' OR 1=1 --",
  '"; MATCH (n) DETACH DELETE n //',
  '}{',
  '$key',
  '\u0000',
  'é'.repeat(300),
  '🙂🙂',
  '\uD800',
  'x'.repeat(10_000),
  '2023-07-01',
  '2023-02-30',
  '99999-01-01',
  'null',
  'undefined',
  'NaN',
  '<script>alert(1)</script>',
  b64('OffsetConnection:0'),
  b64('OffsetConnection:5'),
  b64('OffsetConnection:100000'),
  b64('OffsetConnection:-3'),
  b64('Nope:1'),
  '%%%',
  '====',
  encodeGlobalID('Insurer', 'vgz'),
  encodeGlobalID('Policy', 'vgz-msz-2024'),
  encodeGlobalID('Insurer', 'nobody'),
  b64('Criterion:'),
  b64('Insurer:VGZ'),
];
const INTS = [
  0, 1, -1, 2, 5, 20, 99, 100, 101, 1000, 2147483647, -2147483648, 1989, 1990, 2021, 2023, 2024, 2025, 2100, 2101,
];
const DATES = [
  '2023-07-01',
  '2023-08-02',
  '2024-01-01',
  '2020-12-31',
  '2023-02-30',
  '2023-13-01',
  '23-07-01',
  '',
  'yesterday',
  '2023-07-01T00:00:00Z',
  '0000-01-01',
];

type Gen = ReturnType<typeof generator>;

function valueFor(type: GraphQLInputType, g: Gen, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, g, depth);
  if (g.next() < 0.08) return null;
  if (isListType(type)) {
    if (depth > 1) return [];
    const length = g.pick([0, 1, 2, 3, 5, 101]);
    return Array.from({ length }, () => valueFor(type.ofType, g, depth + 1));
  }
  const named = getNamedType(type);
  if (isEnumType(named)) return g.next() < 0.9 ? g.pick(named.getValues()).name : 'NOT_A_VALUE';
  if (isInputObjectType(named))
    return Object.fromEntries(Object.values(named.getFields()).map((f) => [f.name, valueFor(f.type, g, depth + 1)]));
  if (isScalarType(named)) {
    const wrong = g.next() < 0.05;
    switch (named.name) {
      case 'Int':
        return wrong ? g.pick(['12', 1.5, true]) : g.pick(INTS);
      case 'Boolean':
        return wrong ? 'yes' : g.next() < 0.5;
      case 'Date':
        return wrong ? 20230701 : g.pick(DATES);
      default:
        return wrong ? 42 : g.pick(STRINGS);
    }
  }
  return null;
}

/** The least selection that makes a field's type complete. */
function selectionFor(type: ReturnType<typeof getNamedType>): string {
  if (!type || isScalarType(type) || isEnumType(type)) return '';
  if (isObjectType(type) && type.name.endsWith('Connection'))
    return '{ totalCount edges { cursor node { __typename } } pageInfo { hasNextPage } }';
  return '{ __typename }';
}

const rootFields = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0);

function request(g: Gen) {
  const field = g.pick(rootFields);
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) || g.next() < 0.6);
  const variables = Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, g)]));
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `query Fuzz${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionFor(getNamedType(field.type))} }`;
  return { field: field.name, query, variables };
}

describe('generated arguments over every root field', () => {
  const api = useTestApi();
  const legit =
    '{ policy(key: "vgz-msz-2024") { key criteria { totalCount } } requirements(providerType: "zbc", insurer: "vgz", year: 2024) { totalCount } }';

  it(`answers ${REQUESTS} of them without an internal error, staying up, with the graph unchanged`, async () => {
    const before = await graphCounts(api());
    const baseline = await api().query(legit);
    expect(baseline.errors).toBeUndefined();
    const g = generator(20261203);
    const byCode: Record<string, number> = {};
    const internal: string[] = [];
    let slowest = { ms: 0, query: '' };
    let legitChecks = 0;
    const send = async () => {
      const r = request(g);
      const started = Date.now();
      const res = await fetch(`${api().server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: r.query, variables: r.variables }),
      });
      const body = (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
      const ms = Date.now() - started;
      if (ms > slowest.ms) slowest = { ms, query: `${r.query} ${JSON.stringify(r.variables).slice(0, 200)}` };
      const codes = body.errors?.map((e) => e.extensions?.code ?? 'NONE') ?? ['OK'];
      for (const code of new Set(codes)) byCode[code] = (byCode[code] ?? 0) + 1;
      if (codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('NONE') || res.status >= 500) {
        internal.push(
          `${res.status} ${r.query} ${JSON.stringify(r.variables).slice(0, 300)} → ${JSON.stringify(body.errors).slice(0, 300)}`,
        );
      }
    };
    // Four at a time, and a legitimate question every 240 requests: it must keep its answer.
    for (let sent = 0; sent < REQUESTS; sent += 4) {
      await Promise.all([send(), send(), send(), send()]);
      if (sent % 240 === 0) {
        expect(await api().query(legit)).toEqual(baseline);
        legitChecks += 1;
      }
    }
    expect(internal.slice(0, 10)).toEqual([]);
    expect(legitChecks).toBeGreaterThan(15);
    expect((await fetch(`${api().server.url}/health`)).status).toBe(200);
    expect(await graphCounts(api())).toEqual(before);

    const report = {
      engine: engineKindUnderTest(),
      requests: REQUESTS,
      byCode,
      slowestMs: slowest.ms,
      slowest: slowest.query,
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    };
    mkdirSync(join(ROOT_DIR, 'test-artifacts'), { recursive: true });
    writeFileSync(
      join(ROOT_DIR, 'test-artifacts', `fuzz-${engineKindUnderTest()}.json`),
      `${JSON.stringify(report, null, 2)}\n`,
    );
  });
});
