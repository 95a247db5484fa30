import {
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { PAGE_SIZE } from '../schema/graph-node';

/**
 * Bounds on what one operation may ask, checked before it runs: the nesting depth, and a cost that
 * counts every field once per item it may be resolved for (a connection counts its page size, a plain
 * list a fixed estimate). Both reject the operation with a message naming the limit.
 */
export const LIST_ESTIMATE = 3;

export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let max = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(sel.selectionSet, seen));
        else if (!seen.has(sel.name.value)) {
          const frag = fragments.get(sel.name.value);
          max = Math.max(max, depthOf(frag?.selectionSet, new Set([...seen, sel.name.value])));
        }
      }
      return max;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query depth ${depth} exceeds the limit of ${maxDepth}`, { nodes: [node], extensions: { code: 'QUERY_TOO_DEEP', depth, limit: maxDepth } }),
          );
        }
      },
    };
  };
}

export function costLimit(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    // Validation runs before variables are known: a page size given as a variable counts as the largest page.
    const intArg = (field: FieldNode, name: string): number | undefined => {
      const arg = field.arguments?.find((a) => a.name.value === name)?.value as ValueNode | undefined;
      if (arg?.kind === Kind.INT) return Number(arg.value);
      if (arg?.kind === Kind.VARIABLE) return PAGE_SIZE.max;
      return undefined;
    };
    const schema = context.getSchema();
    const costOf = (set: SelectionSetNode | undefined, parentType: string, seen: Set<string>): number => {
      if (!set) return 0;
      let total = 0;
      const type = schema.getType(parentType);
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          const def = type && 'getFields' in type ? (type.getFields() as Record<string, { type: GraphQLOutputType }>)[sel.name.value] : undefined;
          if (!def) continue;
          const named = getNamedType(def.type).name;
          const inner = costOf(sel.selectionSet, named, seen);
          const unwrapped = isNonNullType(def.type) ? def.type.ofType : def.type;
          const isConnection = named.endsWith('Connection');
          // A connection's page size already counts its items; its `edges` list is that same page.
          const edgesOfPage = parentType.endsWith('Connection') && sel.name.value === 'edges';
          const multiplier = isConnection
            ? Math.min(intArg(sel, 'first') ?? intArg(sel, 'last') ?? PAGE_SIZE.default, PAGE_SIZE.max)
            : isListType(unwrapped) && !edgesOfPage
              ? LIST_ESTIMATE
              : 1;
          total += 1 + multiplier * inner;
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          total += costOf(sel.selectionSet, sel.typeCondition?.name.value ?? parentType, seen);
        } else if (!seen.has(sel.name.value)) {
          const frag = fragments.get(sel.name.value);
          total += costOf(frag?.selectionSet, frag?.typeCondition.name.value ?? parentType, new Set([...seen, sel.name.value]));
        }
      }
      return total;
    };
    return {
      OperationDefinition(node) {
        const root = node.operation === 'query' ? schema.getQueryType()?.name : undefined;
        if (!root) return;
        const cost = costOf(node.selectionSet, root, new Set());
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}: ask for smaller pages or fewer nested lists`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: maxCost },
            }),
          );
        }
      },
    };
  };
}
