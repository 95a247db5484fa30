import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation selects a path of fields below the field being resolved (`['edges', 'node',
 * 'criteria']`), through inline fragments and named ones: so that a root statement fetches what is asked
 * and no more.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (set: SelectionSetNode | undefined, at: number): boolean => {
    if (!set) return false;
    return set.selections.some((s) => {
      if (s.kind === Kind.FIELD)
        return s.name.value === path[at] && (at === path.length - 1 || within(s.selectionSet, at + 1));
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet, at);
      return within(info.fragments[s.name.value]?.selectionSet, at);
    });
  };
  return path.length === 0 || info.fieldNodes.some((f) => within(f.selectionSet, 0));
}
