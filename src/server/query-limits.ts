import {
  GraphQLError,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationTypeNode,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { fieldCost } from '../schema/cost';
import { PAGE_SIZE } from '../schema/pagination';

/**
 * Bounds on what one operation may ask, checked before it runs, in time linear in the document: each
 * named fragment is measured once, however often it is spread (fragments that double at every level
 * cost no more to check than to read).
 *
 * - depth, in levels of the graph: a connection's `edges { node }` belongs to its field;
 * - aliases (a thousand aliases of one question is a thousand questions) and directives;
 * - cost: every field counts once per item it may be resolved for. A connection counts its page size, a
 *   plain list the largest size it has in the graph (schema/list-bounds.json, measured from the seed and
 *   checked by a test), `nodes(ids:)` the IDs given; the questions that read much of the graph for one
 *   answer weigh what they read (declared beside each field: src/schema/cost.ts).
 *
 * A document's length in tokens is bounded when it is parsed (Apollo Server's parseOptions).
 */

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
}

/** The largest size of each plain list field ("Type.field"), as measured in the graph. */
export type ListBounds = Record<string, number>;

/** A plain list no bound is declared for counts as a full page: never less than it may be. */
export const UNKNOWN_LIST_BOUND = PAGE_SIZE.max;

/** The codes an operation over a limit is refused with. */
export const QUERY_LIMIT_CODES = [
  'READ_ONLY',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
];

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

const ZERO: Measure = { depth: 0, cost: 0, aliases: 0 };

export function queryLimits(limits: QueryLimits, bounds: ListBounds) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const document = context.getDocument();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of document.definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const measured = new Map<string, Measure>();
    const inProgress = new Set<string>();

    const fragmentMeasure = (name: string): Measure => {
      const known = measured.get(name);
      if (known) return known;
      const fragment = fragments.get(name);
      // A cycle or an unknown fragment is reported by graphql-js's own rules; count it as nothing here.
      if (!fragment || inProgress.has(name)) return ZERO;
      inProgress.add(name);
      const m = measureSet(fragment.selectionSet, fragment.typeCondition.name.value);
      inProgress.delete(name);
      measured.set(name, m);
      return m;
    };

    const measureSet = (set: SelectionSetNode | undefined, parentType: string): Measure => {
      if (!set) return ZERO;
      let depth = 0;
      let cost = 0;
      let aliases = 0;
      for (const sel of set.selections) {
        let m: Measure;
        if (sel.kind === Kind.FIELD) m = measureField(sel, parentType);
        else if (sel.kind === Kind.INLINE_FRAGMENT)
          m = measureSet(sel.selectionSet, sel.typeCondition?.name.value ?? parentType);
        else m = fragmentMeasure(sel.name.value);
        depth = Math.max(depth, m.depth);
        cost += m.cost;
        aliases += m.aliases;
      }
      return { depth, cost, aliases };
    };

    const measureField = (field: FieldNode, parentType: string): Measure => {
      const aliases = field.alias ? 1 : 0;
      if (field.name.value.startsWith('__')) return { depth: 0, cost: 0, aliases };
      const def = fieldDef(schema, parentType, field.name.value);
      if (!def) return { depth: 0, cost: 0, aliases };
      const named = getNamedType(def.type).name;
      const inner = measureSet(field.selectionSet, named);
      // `edges` of a connection and `node` of an edge are the wrapping of one level of the graph.
      const wrapper =
        (parentType.endsWith('Connection') && field.name.value === 'edges') ||
        (parentType.endsWith('Edge') && field.name.value === 'node');
      const weight = fieldCost(def);
      return {
        depth: (wrapper ? 0 : 1) + inner.depth,
        cost: weight + itemsOf(field, def, parentType, named, bounds) * inner.cost,
        aliases: aliases + inner.aliases,
      };
    };

    const reportIfOver = (
      node: OperationDefinitionNode,
      what: string,
      code: string,
      value: number,
      limit: number,
      advice: string,
    ) => {
      if (value <= limit) return;
      context.reportError(
        new GraphQLError(`Query ${what} ${value} exceeds the limit of ${limit}: ${advice}`, {
          nodes: [node],
          extensions: { code, [what.replace(/ /g, '')]: value, limit },
        }),
      );
    };

    let directives = 0;
    return {
      Directive() {
        directives += 1;
      },
      OperationDefinition(node) {
        const root = node.operation === OperationTypeNode.QUERY ? schema.getQueryType()?.name : undefined;
        if (!root) {
          context.reportError(
            new GraphQLError(`This API is read-only: it answers queries, not a ${node.operation}`, {
              nodes: [node],
              extensions: { code: 'READ_ONLY' },
            }),
          );
          return;
        }
        const m = measureSet(node.selectionSet, root);
        reportIfOver(node, 'depth', 'QUERY_TOO_DEEP', m.depth, limits.maxDepth, 'ask for fewer nested levels');
        reportIfOver(
          node,
          'cost',
          'QUERY_TOO_COSTLY',
          m.cost,
          limits.maxCost,
          'ask for smaller pages or fewer nested lists',
        );
        reportIfOver(
          node,
          'aliases',
          'TOO_MANY_ALIASES',
          m.aliases,
          limits.maxAliases,
          'send several requests instead',
        );
      },
      Document: {
        leave(node) {
          if (directives > limits.maxDirectives) {
            context.reportError(
              new GraphQLError(`Query directives ${directives} exceed the limit of ${limits.maxDirectives}`, {
                nodes: [node],
                extensions: { code: 'TOO_MANY_DIRECTIVES', directives, limit: limits.maxDirectives },
              }),
            );
          }
        },
      },
    };
  };
}

function fieldDef(schema: GraphQLSchema, parentType: string, name: string): GraphQLField<unknown, unknown> | undefined {
  const type = schema.getType(parentType);
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** How many items a field may be resolved for: its page, its list's bound, or one. */
function itemsOf(
  field: FieldNode,
  def: GraphQLField<unknown, unknown>,
  parentType: string,
  named: string,
  bounds: ListBounds,
): number {
  if (named.endsWith('Connection')) {
    return Math.min(pageArg(field, 'first') ?? pageArg(field, 'last') ?? PAGE_SIZE.default, PAGE_SIZE.max);
  }
  const unwrapped = isNonNullType(def.type) ? def.type.ofType : def.type;
  if (!isListType(unwrapped)) return 1;
  // A connection's `edges` is its page, counted already.
  if (parentType.endsWith('Connection') && field.name.value === 'edges') return 1;
  if (parentType === 'Query' && field.name.value === 'nodes') {
    const ids = field.arguments?.find((a) => a.name.value === 'ids')?.value;
    return ids?.kind === Kind.LIST ? ids.values.length : PAGE_SIZE.max;
  }
  return bounds[`${parentType}.${field.name.value}`] ?? UNKNOWN_LIST_BOUND;
}

/** A page size as written; a variable (not known while validating) counts as the largest page. */
function pageArg(field: FieldNode, name: string): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === name)?.value;
  if (arg?.kind === Kind.INT) return Math.max(0, Number(arg.value));
  if (arg?.kind === Kind.VARIABLE) return PAGE_SIZE.max;
  return undefined;
}
