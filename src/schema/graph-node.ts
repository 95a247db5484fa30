import type { MaybePromise } from './maybe-promise';
import { resolveArrayConnection, resolveOffsetConnection } from '@pothos/plugin-relay';
import type { PropertySpec } from '../model/define';
import { nodeSpec } from '../model/derive';
import { graphModel, reviewProperties, type NodeLabel, type RelationshipType } from '../model/graph-model';
import { statementFor } from '../engine/model-statements';
import { isPartial } from '../engine/normalize';
import type { ObjectRef } from '@pothos/core';
import type { NodeRow } from '../model/rows';
import { Citation, citationOf } from './citation';
import { parseKey } from './arguments';
import { builder, type Types } from './builder';
import type { Context } from './context';
import { notFound } from './errors';
import { registerLabels } from './links';
import { checkPage, PAGE_SIZE, type PageArgs } from './pagination';

/**
 * Turns a node kind of the graph model into a GraphQL object type: its key, every declared property
 * (described as the model describes it), whether it was reviewed, its citation, a lookup by key and a paginated root list.
 * Each schema/<type>.ts file adds the relationships that make sense for its type.
 */

export { PAGE_SIZE } from './pagination';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const enumValue = (v: string) => v.toUpperCase().replace(/-/g, '_');

// Arguments of this type are checked by the resolvers (zod), so that a malformed date is reported as
// BAD_USER_INPUT naming the argument, which a scalar cannot do: it does not know its argument's name.
export const DateScalar = builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => String(value),
  parseValue: (value) => String(value),
});

const enums = new Map<string, ReturnType<typeof createEnum>>();

function createEnum(name: string, spec: PropertySpec, values: readonly string[]) {
  return builder.enumType(name, {
    description: spec.description,
    values: Object.fromEntries(values.map((v) => [enumValue(v), { value: v }])),
  });
}

/** A property with a controlled vocabulary becomes a GraphQL enum (`minimum-requirement` → MINIMUM_REQUIREMENT). */
export function modelEnum(label: NodeLabel, property: string) {
  const name = `${label}${upperFirst(property)}`;
  const existing = enums.get(name);
  if (existing) return existing;
  const spec = nodeSpec(label).properties[property];
  if (!spec?.values) throw new Error(`the model declares no values for ${label}.${property}`);
  const created = createEnum(name, spec, spec.values);
  enums.set(name, created);
  return created;
}

/** Interfaces a node type implements (Organization): their fields read only what every node has. */
type InterfaceParam = PothosSchemaTypes.InterfaceRef<Types, object>;

/** The GraphQL object type of one node kind; its values are that kind's rows. */
export type GraphNodeRef<L extends NodeLabel> = ObjectRef<Types, NodeRow<L>>;

function createNodeRef(label: NodeLabel, interfaces: InterfaceParam[]) {
  const ref = builder.node(builder.objectRef<NodeRow>(label), {
    description: nodeSpec(label).description,
    interfaces,
    id: { resolve: (n) => n.key },
    isTypeOf: (value) => isNodeOf(label, value),
    fields: (t) => ({
      key: t.string({
        description: 'Stable human-readable key (lowercase slug), unique across the graph.',
        resolve: (n) => n.key,
      }),
    }),
  });
  registerLabels(ref, [label]);
  return ref;
}

const isNodeOf = (label: NodeLabel, value: unknown): boolean =>
  typeof value === 'object' && value !== null && '__label' in value && value.__label === label;

// Rows hold every declared property with the model's type (src/engine/normalize.ts); these narrow the
// value for TypeScript the way the model declares it, without trusting a cast.
const asText = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const asInt = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const asBoolean = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const asList = <T>(v: unknown, item: (x: unknown) => x is T): T[] => (Array.isArray(v) ? v.filter(item) : []);
const isText = (x: unknown): x is string => typeof x === 'string';
const isInt = (x: unknown): x is number => typeof x === 'number';

/**
 * A resolver of what a node holds. A one-statement answer may return a node partial (`__partial`: only the
 * properties its usual selection needs); a property it left out is read from the whole node, through the
 * request's loader (one batch for every such node of the request).
 */
function fromWhole<T>(label: NodeLabel, names: readonly string[], read: (n: NodeRow) => T) {
  return (n: NodeRow, _args: object, ctx: Context): T | Promise<T> =>
    isPartial(n) && names.some((name) => !(name in n)) ? ctx.loaders.wholeNode(label, n.key).then(read) : read(n);
}

/** A stored property as a GraphQL field: its model type decides the GraphQL type, its model text the description. */
function propertyField(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, NodeRow>,
  label: NodeLabel,
  name: string,
  prop: PropertySpec,
) {
  const description = prop.description;
  const value = (n: NodeRow): unknown => Reflect.get(n, name);
  const of = <T>(read: (n: NodeRow) => T) => fromWhole(label, [name], read);
  if (prop.type === 'int[]')
    return t.field({ type: ['Int'], description, resolve: of((n) => asList(value(n), isInt)) });
  if (prop.type === 'string[]')
    return t.field({ type: ['String'], description, resolve: of((n) => asList(value(n), isText)) });
  if (!prop.required && prop.default === undefined) {
    if (prop.values)
      return t.field({
        type: modelEnum(label, name),
        nullable: true,
        description,
        resolve: of((n) => asText(value(n))),
      });
    if (prop.type === 'int')
      return t.field({ type: 'Int', nullable: true, description, resolve: of((n) => asInt(value(n))) });
    if (prop.type === 'boolean')
      return t.field({ type: 'Boolean', nullable: true, description, resolve: of((n) => asBoolean(value(n))) });
    if (prop.type === 'date')
      return t.field({ type: DateScalar, nullable: true, description, resolve: of((n) => asText(value(n))) });
    return t.field({ type: 'String', nullable: true, description, resolve: of((n) => asText(value(n))) });
  }
  // Required, or given a default at load: the engines return a value for every node.
  const present = <T>(v: T | null, n: NodeRow): T => required(v, n, name);
  if (prop.values)
    return t.field({
      type: modelEnum(label, name),
      description,
      resolve: of((n) => present(asText(value(n)), n)),
    });
  if (prop.type === 'int')
    return t.field({ type: 'Int', description, resolve: of((n) => present(asInt(value(n)), n)) });
  if (prop.type === 'boolean')
    return t.field({ type: 'Boolean', description, resolve: of((n) => present(asBoolean(value(n)), n)) });
  if (prop.type === 'date')
    return t.field({ type: DateScalar, description, resolve: of((n) => present(asText(value(n)), n)) });
  return t.field({ type: 'String', description, resolve: of((n) => present(asText(value(n)), n)) });
}

/** A value the model requires: the seed validation refused any node without it. */
function required<T>(v: T | null, n: NodeRow, what: string): T {
  if (v === null) throw new Error(`${n.__label} ${n.key} has no ${what}, which the model requires`);
  return v;
}

const CITATION_PROPERTIES = ['sourceDocument', 'lineStart', 'lineEnd', 'quote'] as const;
const citationOfNode = (n: NodeRow) =>
  citationOf({
    sourceDocument: asText(Reflect.get(n, 'sourceDocument')),
    lineStart: asInt(Reflect.get(n, 'lineStart')),
    lineEnd: asInt(Reflect.get(n, 'lineEnd')),
    quote: asText(Reflect.get(n, 'quote')),
  });

export function defineGraphNode<L extends NodeLabel>(
  label: L,
  options?: { interfaces?: InterfaceParam[]; rootList?: boolean },
): GraphNodeRef<L>;
// One implementation for every kind: the overload above gives each kind's ref its own row type.
export function defineGraphNode(
  label: NodeLabel,
  options: { interfaces?: InterfaceParam[]; rootList?: boolean } = {},
): GraphNodeRef<NodeLabel> {
  const spec = nodeSpec(label);
  const ref = createNodeRef(label, options.interfaces ?? []);

  builder.objectFields(ref, (t) => {
    // Every node says whether a curator reviewed it: with drafts loaded, an answer mixes both.
    const fields = Object.fromEntries(
      Object.entries({ ...spec.properties, ...reviewProperties }).map(([name, prop]) => [
        name,
        propertyField(t, label, name, prop),
      ]),
    );
    if (spec.citation === 'none') return fields;
    const description = 'Where the source states this.';
    const source =
      spec.citation === 'required'
        ? t.field({
            type: Citation,
            description,
            resolve: fromWhole(label, CITATION_PROPERTIES, (n) => required(citationOfNode(n), n, 'citation')),
          })
        : t.field({
            type: Citation,
            nullable: true,
            description,
            resolve: fromWhole(label, CITATION_PROPERTIES, citationOfNode),
          });
    return { ...fields, source };
  });

  const lookup = lowerFirst(label);
  builder.queryField(lookup, (t) =>
    t.field({
      type: ref,
      nullable: true,
      description: `The ${label} with this key. An unknown key is a NOT_FOUND error.`,
      args: { key: t.arg.string({ required: true, description: `Key of the ${label}.` }) },
      resolve: async (_root, args, ctx) => {
        const node = await ctx.loaders.find(label, parseKey('key', args.key));
        if (!node) throw notFound(label, 'key', args.key);
        return node;
      },
    }),
  );

  // A kind whose root list takes filters of its own (regions, milestones) defines it in its own file.
  if (options.rootList === false) return ref;
  builder.queryField(spec.plural, (t) =>
    t.connection(
      {
        type: ref,
        description: `Every ${label} in the graph, ordered by key.`,
        resolve: async (_root, args, ctx) => {
          const page = checkPage(args);
          let counted: Promise<number> | undefined;
          const total = () => (counted ??= ctx.db.read(statementFor.count(label)).then((rows) => rows[0]?.total ?? 0));
          // A cursor, or a page counted from the end, needs the list's size first: an offset beyond the
          // data is an empty page, and never reaches the database's SKIP.
          const size =
            page.after !== undefined || page.before !== undefined || args.last != null ? await total() : undefined;
          const options = { args, defaultSize: PAGE_SIZE.default, maxSize: PAGE_SIZE.max, totalCount: size };
          return withTotal(
            resolveOffsetConnection(options, ({ offset, limit }) =>
              size !== undefined && offset >= size
                ? []
                : ctx.db
                    .read(statementFor.list(label), { skip: offset, limit })
                    .then((rows) => rows.map((r) => r.node)),
            ),
            total,
          );
        },
      },
      { description: `A page of ${spec.plural}.`, fields: totalCountField },
    ),
  );
  return ref;
}

/** Connections say how many items there are in all, so that a UI can show pages. */
export const totalCountField = <P extends object>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, P>) => ({
  totalCount: t.int({
    description: 'The number of items in the whole list, across all pages.',
    resolve: (conn) => countOf(conn),
  }),
});

/** How each page counts its whole list, counted only when a client asks for totalCount. */
const totals = new WeakMap<object, () => Promise<number> | number>();

function countOf(connection: object): Promise<number> | number {
  const total = totals.get(connection);
  // Every connection resolver here returns its page through withTotal or arrayConnection.
  if (!total) throw new Error('a connection was resolved without its totalCount');
  return total();
}

export async function withTotal<C extends object>(connection: Promise<C> | C, total: () => Promise<number> | number) {
  const page = await connection;
  totals.set(page, total);
  return page;
}

/**
 * A connection over a list loaded in full (a node's links, a question's answer): pages are slices of it.
 * Given a function, the page arguments are checked before it loads anything.
 */
export async function arrayConnection<T>(args: PageArgs, items: readonly T[] | (() => MaybePromise<readonly T[]>)) {
  checkPage(args);
  const all = typeof items === 'function' ? await items() : items;
  return withTotal(
    resolveArrayConnection({ args, defaultSize: PAGE_SIZE.default, maxSize: PAGE_SIZE.max }, all),
    () => all.length,
  );
}

// Declared here because every citation points at it; schema/source-document.ts adds its fields.
export const SourceDocumentRef = defineGraphNode('SourceDocument');

export const modelDescription = (type: RelationshipType) => graphModel.relationships[type].description;
