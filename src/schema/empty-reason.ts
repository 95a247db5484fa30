import type { Types } from './builder';

/**
 * Why a list answer is empty, in words an analyst can act on ("no policy of a.s.r. covers msz", "a policy,
 * but no statement on this topic"). Worked out only when the list is empty and a client asks for it, so a
 * question that finds something costs nothing more.
 */
const reasons = new WeakMap<object, () => Promise<string | null>>();

/** Registers the reason of a page (the same object, so its totalCount stays registered too). */
export function withEmptyReason<C extends object>(page: C, total: number, explain: () => Promise<string>): C {
  reasons.set(page, () => (total > 0 ? Promise.resolve(null) : explain()));
  return page;
}

export const emptyReasonField = <P extends object>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, P>) => ({
  emptyReason: t.string({
    nullable: true,
    description:
      'Null when the answer holds anything; otherwise why it is empty, in words: no policy in the graph for the insurer, care type and year asked; a policy, but no statement for the provider type; statements, but none on the topic; or statements, but none of the forces, parties or kinds asked.',
    resolve: (page) => reasons.get(page)?.() ?? null,
  }),
});
