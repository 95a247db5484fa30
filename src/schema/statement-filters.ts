import { CRITERION_FORCES, CRITERION_KINDS, CRITERION_PARTIES } from '../model/graph-model';
import type { ArgBuilder } from '@pothos/core';
import type { Types } from './builder';
import { modelEnum } from './graph-node';
import { builder } from './builder';

/**
 * Filters on what kind of statement counts, shared by the questions over requirements: its kind, who must
 * act (party) and how binding it is (force). Not given, a filter holds every value: the statements travel
 * as full lists, which both engines type, rather than as nulls, which LadybugDB cannot.
 */
export function statementFilters(arg: ArgBuilder<Types>, options: { scoped?: boolean } = {}) {
  if (options.scoped)
    return {
      kinds: arg({
        type: [modelEnum('Criterion', 'kind')],
        description: 'Only statements of these kinds (default: every kind).',
      }),
      parties: arg({
        type: [modelEnum('Criterion', 'party')],
        description:
          'Only statements these parties must act on; replaces the scope’s parties (default: provider and provider-and-insurer under BINDING, every party under EVERYTHING).',
      }),
      forces: arg({
        type: [modelEnum('Criterion', 'force')],
        description:
          'Only statements this binding (requirement, condition, expectation, intention, background); replaces the scope’s forces (default: requirement and condition under BINDING, every force under EVERYTHING).',
      }),
    };
  return {
    kinds: arg({
      type: [modelEnum('Criterion', 'kind')],
      description: 'Only statements of these kinds (default: every kind).',
    }),
    parties: arg({
      type: [modelEnum('Criterion', 'party')],
      description: 'Only statements these parties must act on (default: every party).',
    }),
    forces: arg({
      type: [modelEnum('Criterion', 'force')],
      description:
        'Only statements this binding: requirement, condition, expectation, intention, background (default: every force).',
    }),
  };
}

export function statementFilterParams(args: {
  kinds?: readonly string[] | null;
  parties?: readonly string[] | null;
  forces?: readonly string[] | null;
}) {
  const orAll = (given: readonly string[] | null | undefined, all: readonly string[]) =>
    given && given.length > 0 ? [...new Set(given)] : [...all];
  return {
    kinds: orAll(args.kinds, CRITERION_KINDS),
    parties: orAll(args.parties, CRITERION_PARTIES),
    forces: orAll(args.forces, CRITERION_FORCES),
  };
}

/** What binds the provider: the forces and parties `requirements` answers by default (scope BINDING). */
export const BINDING_FORCES = [
  'requirement',
  'condition',
] as const satisfies readonly (typeof CRITERION_FORCES)[number][];
export const BINDING_PARTIES = [
  'provider',
  'provider-and-insurer',
] as const satisfies readonly (typeof CRITERION_PARTIES)[number][];

export type StatementScope = 'BINDING' | 'EVERYTHING';

export const StatementScopeEnum = builder.enumType('StatementScope', {
  description: 'Which statements a question answers before any `forces` or `parties` filter narrows or widens it.',
  values: {
    BINDING: {
      description:
        'What binds the provider: forces requirement and condition, party provider or provider-and-insurer. An insurer’s promise, an expectation, an intention and background are left out.',
    },
    EVERYTHING: {
      description:
        'Everything the policies state about the provider type: also expectations, intentions, background, and what the insurer or another party must do.',
    },
  },
});

export function statementScope(arg: ArgBuilder<Types>) {
  return {
    scope: arg({
      type: StatementScopeEnum,
      description:
        'BINDING (default): what binds the provider (forces requirement and condition; party provider or provider-and-insurer). EVERYTHING: every statement. `forces` or `parties`, when given, replace the scope’s forces or parties.',
    }),
  };
}

/** The statement filters of a scoped question: the scope's forces and parties unless `forces` / `parties` are given. */
export function scopedFilterParams(args: {
  scope?: StatementScope | null;
  kinds?: readonly string[] | null;
  parties?: readonly string[] | null;
  forces?: readonly string[] | null;
}) {
  const binding = (args.scope ?? 'BINDING') === 'BINDING';
  return statementFilterParams({
    kinds: args.kinds,
    forces: args.forces?.length ? args.forces : binding ? BINDING_FORCES : null,
    parties: args.parties?.length ? args.parties : binding ? BINDING_PARTIES : null,
  });
}

/** Forces from most to least binding, for ordering an answer by force (binding first). */
export const forceRank = (force: string) => {
  const at = (CRITERION_FORCES as readonly string[]).indexOf(force);
  return at < 0 ? CRITERION_FORCES.length : at;
};
