import { CRITERION_FORCES, CRITERION_KINDS, CRITERION_PARTIES } from '../model/graph-model';
import type { ArgBuilder } from '@pothos/core';
import type { Types } from './builder';
import { modelEnum } from './graph-node';

/**
 * Filters on what kind of statement counts, shared by the questions over requirements: its kind, who must
 * act (party) and how binding it is (force). Not given, a filter holds every value: the statements travel
 * as full lists, which both engines type, rather than as nulls, which LadybugDB cannot.
 */
export function statementFilters(arg: ArgBuilder<Types>) {
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
