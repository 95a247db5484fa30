import { resolveArrayConnection, resolveOffsetConnection } from '@pothos/plugin-relay';
import type { Row } from '../engine/graph-engine';
import type { PropertySpec } from '../model/define';
import { graphModel, type NodeLabel, type RelationshipType } from '../model/graph-model';
import { nodeSpec } from '../model/derive';
import { kebab } from '../model/names';
import type { FieldRef } from '@pothos/core';
import { builder, type Types } from './builder';
import type { Context } from './context';
import { parseKey } from './arguments';
import { notFound } from './errors';
import { checkPage, PAGE_SIZE, type PageArgs } from './pagination';
import type { Direction, Linked } from './loaders';

/**
 * Turns a node kind of the graph model into a GraphQL object type: its key, every declared property
 * (described as the model describes it), its citation, a lookup by key and a paginated root list.
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

function createEnum(label: NodeLabel, property: string, spec: PropertySpec) {
  return builder.enumType(`${label}${upperFirst(property)}`, {
    description: spec.description,
    values: Object.fromEntries((spec.values ?? []).map((v) => [enumValue(v), { value: v }])) as Record<string, { value: string }>,
  });
}

/** A property with a controlled vocabulary becomes a GraphQL enum (`minimum-requirement` → MINIMUM_REQUIREMENT). */
export function modelEnum(label: NodeLabel, property: string) {
  const name = `${label}${upperFirst(property)}`;
  if (!enums.has(name)) enums.set(name, createEnum(label, property, nodeSpec(label).properties[property]!));
  return enums.get(name)!;
}

export const Citation = builder.objectRef<Row>('Citation').implement({
  description:
    'Where a fact stands in its source document: the document, the line range (1-based, inclusive) and the exact words.',
  fields: (t) => ({
    documentKey: t.string({ description: 'Key of the source document.', resolve: (c) => String(c.sourceDocument) }),
    document: t.field({
      type: SourceDocumentRef,
      description: 'The source document.',
      resolve: async (c, _a, ctx) => (await ctx.loaders.nodes('SourceDocument').load(String(c.sourceDocument)))!,
    }),
    lineStart: t.int({ description: 'First cited line.', resolve: (c) => Number(c.lineStart) }),
    lineEnd: t.int({ description: 'Last cited line.', resolve: (c) => Number(c.lineEnd) }),
    lines: t.string({
      description: 'The line range as a reader writes it: "440" or "438-441".',
      resolve: (c) => (c.lineStart === c.lineEnd ? String(c.lineStart) : `${String(c.lineStart)}-${String(c.lineEnd)}`),
    }),
    quote: t.string({ description: 'The exact words of the source.', resolve: (c) => String(c.quote) }),
  }),
});

// Declared here because every citation points at it; schema/source-document.ts adds its fields.
// eslint-disable-next-line @typescript-eslint/no-use-before-define
export const SourceDocumentRef = defineGraphNode('SourceDocument');

type NodeRef = ReturnType<typeof createNodeRef>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- interfaces of any shape over Row
type InterfaceParam = PothosSchemaTypes.InterfaceRef<Types, any>;

function createNodeRef(label: NodeLabel, interfaces: InterfaceParam[] = []) {
  return builder.loadableNode(label, {
    description: nodeSpec(label).description,
    interfaces: interfaces as [],
    id: { resolve: (n: Row) => String(n.key) },
    load: async (keys: string[], ctx: Context) =>
      (await ctx.loaders.nodes(label).loadMany(keys)).map((n) => n ?? new Error(`no ${label} with key ${keys[0]}`)),
    isTypeOf: (value: unknown) => (value as Row | null)?.__label === label,
    fields: (t) => ({
      key: t.string({ description: 'Stable human-readable key (lowercase slug), unique across the graph.', resolve: (n) => String(n.key) }),
    }),
  });
}

export function defineGraphNode(label: NodeLabel, options: { interfaces?: InterfaceParam[]; rootList?: boolean } = {}): NodeRef {
  const spec = nodeSpec(label);
  const ref = createNodeRef(label, options.interfaces);

  builder.objectFields(ref, (t) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one map holds fields of every scalar type
    const fields: Record<string, FieldRef<Types, any, 'Object'>> = {};
    for (const [name, prop] of Object.entries(spec.properties) as Array<[string, PropertySpec]>) {
      const nullable = !prop.required && prop.default === undefined;
      const description = prop.description;
      if (prop.values) {
        fields[name] = t.field({ type: modelEnum(label, name), nullable, description, resolve: (n) => n[name] as never });
      } else if (prop.type === 'int') fields[name] = t.field({ type: 'Int', nullable, description, resolve: (n) => n[name] as never });
      else if (prop.type === 'boolean') fields[name] = t.field({ type: 'Boolean', nullable, description, resolve: (n) => n[name] as never });
      else if (prop.type === 'date') fields[name] = t.field({ type: DateScalar, nullable, description, resolve: (n) => n[name] as never });
      else if (prop.type === 'int[]') fields[name] = t.field({ type: ['Int'], description, resolve: (n) => (n[name] ?? []) as never });
      else if (prop.type === 'string[]') fields[name] = t.field({ type: ['String'], description, resolve: (n) => (n[name] ?? []) as never });
      else fields[name] = t.field({ type: 'String', nullable, description, resolve: (n) => n[name] as never });
    }
    if (spec.citation !== 'none') {
      fields.source = t.field({
        type: Citation,
        nullable: spec.citation !== 'required',
        description: 'Where the source states this.',
        resolve: (n) => (n.sourceDocument == null ? null : n) as never,
      });
    }
    return fields;
  });

  const lookup = lowerFirst(label);
  builder.queryField(lookup, (t) =>
    t.field({
      type: ref,
      nullable: true,
      description: `The ${label} with this key. An unknown key is a NOT_FOUND error.`,
      args: { key: t.arg.string({ required: true, description: `Key of the ${label}.` }) },
      resolve: async (_root, args, ctx) => {
        const node = await ctx.loaders.nodes(label).load(parseKey('key', args.key));
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
          const total = () => (counted ??= ctx.db.read(`model/${kebab(label)}/count`).then((rows) => Number(rows[0]?.total ?? 0)));
          // A cursor, or a page counted from the end, needs the list's size first: an offset beyond the
          // data is an empty page, and never reaches the database's SKIP.
          const size = page.after !== undefined || page.before !== undefined || args.last != null ? await total() : undefined;
          const options = { args, defaultSize: PAGE_SIZE.default, maxSize: PAGE_SIZE.max, totalCount: size };
          return withTotal(
            resolveOffsetConnection(options, ({ offset, limit }) =>
              size !== undefined && offset >= size
                ? []
                : ctx.db.read(`model/${kebab(label)}/list`, { skip: offset, limit }).then((rows) => rows.map((r) => r.node as Row)),
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
    resolve: (conn) => (conn as { totalCount: () => Promise<number> | number }).totalCount(),
  }),
});

export async function withTotal<C extends object>(connection: Promise<C> | C, total: () => Promise<number> | number) {
  return Object.assign(await connection, { totalCount: total });
}

/**
 * A connection over a list loaded in full (a node's links, a question's answer): pages are slices of it.
 * Given a function, the page arguments are checked before it loads anything.
 */
export async function arrayConnection<T>(args: PageArgs, items: T[] | (() => Promise<T[]>)) {
  checkPage(args);
  const all = typeof items === 'function' ? await items() : items;
  return Object.assign(resolveArrayConnection({ args, defaultSize: PAGE_SIZE.default, maxSize: PAGE_SIZE.max }, all)!, {
    totalCount: () => all.length,
  });
}

/** The nodes linked to `key` by `type` in `direction`, across the given labels at the other end. */
export async function linked(
  ctx: Context,
  type: RelationshipType,
  direction: Direction,
  self: NodeLabel,
  others: readonly NodeLabel[],
  key: unknown,
): Promise<Linked[]> {
  const lists = await Promise.all(others.map((other) => ctx.loaders.links(type, direction, self, other).load(String(key))));
  const all = lists.flat();
  return others.length > 1 ? all.sort((a, b) => String(a.node.key).localeCompare(String(b.node.key))) : all;
}

export const linkedNodes = async (...args: Parameters<typeof linked>) => (await linked(...args)).map((l) => l.node);
export const linkedNode = async (...args: Parameters<typeof linked>) => (await linked(...args))[0]?.node ?? null;

export const modelDescription = (type: RelationshipType) => graphModel.relationships[type].description;
