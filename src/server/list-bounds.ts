import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getNamedType,
  graphql,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { z } from 'zod';
import type { GraphEngine } from '../engine/graph-engine';
import { ROOT_DIR } from '../paths';
import { schema } from '../schema';
import { createContext } from '../schema/context';
import { createSearch } from '../search/search-service';
import { UNKNOWN_LIST_BOUND, type ListBounds } from './query-limits';
import { MAX_PASSAGE_LINES } from '../schema/passage';

/**
 * The largest size of every plain list field, measured in the graph: what the cost rule multiplies a
 * list's selection by. Committed as schema/list-bounds.json (`npm run limits:measure` writes it; a test
 * fails when the seed holds a longer list than the file says).
 */

export const LIST_BOUNDS_FILE = join(ROOT_DIR, 'schema', 'list-bounds.json');

const listBoundsFile = z.record(z.string(), z.number());

export function readListBounds(): ListBounds {
  return listBoundsFile.parse(JSON.parse(readFileSync(LIST_BOUNDS_FILE, 'utf8')));
}

const isObjectList = (field: GraphQLField<unknown, unknown>) => {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  const named = getNamedType(field.type);
  return isListType(type) && (isObjectType(named) || isInterfaceType(named) || isUnionType(named));
};

const optionalArgs = (field: GraphQLField<unknown, unknown>) => field.args.every((a) => !isNonNullType(a.type));

/** Every plain object list of a type, each selected with its items' __typename. */
function listSelection(type: GraphQLNamedType): string {
  if (!isObjectType(type)) return '__typename';
  const lists = Object.values(type.getFields()).filter((f) => isObjectList(f) && optionalArgs(f));
  return ['__typename', ...lists.map((f) => `${f.name} { __typename }`)].join(' ');
}

/** The plain object lists of the schema: the fields a bound is needed for. */
export function plainListFields(): string[] {
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
    for (const field of Object.values(type.getFields()))
      if (isObjectList(field)) out.push(`${type.name}.${field.name}`);
  }
  return out.sort();
}

/** Records, for every object with a __typename, the length of each of its arrays. */
function record(value: unknown, into: Map<string, number>): void {
  if (Array.isArray(value)) {
    for (const item of value) record(item, into);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const typename = '__typename' in value && typeof value.__typename === 'string' ? value.__typename : undefined;
  const children: Array<[string, unknown]> = Object.entries(value);
  for (const [key, child] of children) {
    if (Array.isArray(child) && typename !== undefined) {
      const name = `${typename}.${key}`;
      into.set(name, Math.max(into.get(name) ?? 0, child.length));
    }
    record(child, into);
  }
}

const pageInfo = z.object({ endCursor: z.string().nullable(), hasNextPage: z.boolean() });
const connectionPage = z.object({ pageInfo });
const keysPage = z.object({ edges: z.array(z.object({ node: z.object({ key: z.string() }) })), pageInfo });
const policyVersion = z.object({
  policy: z.object({
    key: z.string(),
    previousVersion: z.object({ key: z.string() }).nullable(),
    amendments: z.array(z.object({ date: z.string() })),
  }),
});

/** What a page asks for next: the cursor after it, or null after the last. */
const nextCursor = ({ pageInfo }: z.infer<typeof connectionPage>) => (pageInfo.hasNextPage ? pageInfo.endCursor : null);

export async function measureListBounds(engine: GraphEngine): Promise<ListBounds> {
  const search = await createSearch(engine);
  const sizes = new Map<string, number>();
  const ask = async (source: string, variableValues?: Record<string, unknown>) => {
    const result = await graphql({
      schema,
      source,
      variableValues,
      contextValue: createContext(engine, search, { NODE_ENV: 'test' }),
    });
    if (result.errors) throw new Error(`${source.slice(0, 80)}: ${result.errors.map((e) => e.message).join('; ')}`);
    record({ __typename: 'Query', ...result.data }, sizes);
    return result.data ?? {};
  };

  const query = schema.getQueryType();
  if (!query) throw new Error('the schema has no Query type');
  const keysOf = async (list: string) => {
    const keys: string[] = [];
    let after: string | null = null;
    do {
      const data = await ask(
        `query($after: String) { ${list}(first: 100, after: $after) { edges { node { key } } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      const page = keysPage.parse(data[list]);
      keys.push(...page.edges.map((e) => e.node.key));
      after = nextCursor(page);
    } while (after);
    return keys;
  };

  // Every node, through the root lists, with the length of each of its plain lists.
  for (const field of Object.values(query.getFields())) {
    if (!optionalArgs(field)) continue;
    const named = getNamedType(field.type);
    if (isObjectType(named) && named.name.endsWith('Connection')) {
      const edges = named.getFields().edges;
      const edge = edges && getNamedType(edges.type);
      const nodeField = isObjectType(edge) ? edge.getFields().node : undefined;
      if (!nodeField) throw new Error(`${named.name} has no edges { node }`);
      const node = getNamedType(nodeField.type);
      let after: string | null = null;
      do {
        const data = await ask(
          `query($after: String) { ${field.name}(first: 100, after: $after) { edges { node { ${listSelection(node)} } } pageInfo { endCursor hasNextPage } } }`,
          { after },
        );
        after = nextCursor(connectionPage.parse(data[field.name]));
      } while (after);
    } else if (isObjectList(field)) {
      await ask(`{ ${field.name} { ${listSelection(named)} } }`);
    }
  }

  // The questions whose answers are lists of their own, asked for every key they take.
  for (const providerType of await keysOf('providerTypes')) {
    await ask(
      'query($p: String!) { compareRequirements(providerType: $p) { __typename insurers { __typename criteria { __typename } } } }',
      { p: providerType },
    );
  }
  await ask(
    '{ coverage { __typename cells { __typename policies { __typename } documents { __typename } topics { __typename } } } }',
  );
  for (const insurer of await keysOf('insurers')) {
    await ask('query($i: String!) { policyHistory(insurer: $i) { __typename } }', { i: insurer });
  }
  const diff = `__typename added { __typename } removed { __typename } changed { __typename segments { __typename } } performancesAdded { __typename }
    performancesRemoved { __typename } performanceStatusChanges { __typename } documentedChanges { __typename } amendments { __typename }`;
  const versions: Array<z.infer<typeof policyVersion>> = [];
  for (const key of await keysOf('policies')) {
    const data = await ask(
      'query($k: String!) { policy(key: $k) { key previousVersion { key } amendments { date } } }',
      {
        k: key,
      },
    );
    versions.push(policyVersion.parse(data));
  }
  for (const { policy } of versions) {
    if (policy.previousVersion)
      await ask(
        `query($a: String!, $b: String!) { policyDiff(from: { policy: $a }, to: { policy: $b }) { ${diff} } }`,
        { a: policy.previousVersion.key, b: policy.key },
      );
    const first = policy.amendments.map((a) => a.date).sort()[0];
    if (first) {
      const before = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      await ask(
        `query($k: String!, $d: Date!) { policyDiff(from: { policy: $k, knownAt: $d }, to: { policy: $k }) { ${diff} } }`,
        { k: policy.key, d: before },
      );
    }
  }

  const bounds: ListBounds = {};
  // A list the graph never fills counts as a full page until it does (the test then asks for a re-measure).
  for (const name of plainListFields()) {
    const size = sizes.get(name);
    if (name !== 'Query.nodes') bounds[name] = size === undefined ? UNKNOWN_LIST_BOUND : Math.max(1, size);
  }
  // Lines of a source are as many as asked for, up to the limit the field sets, whatever the graph holds.
  bounds['SourceLines.lines'] = MAX_PASSAGE_LINES;
  return bounds;
}
