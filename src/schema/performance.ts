import { Amendment } from './amendment';
import { builder } from './builder';
import { CareType } from './care-type';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Policy } from './policy';
import { PolicyChange } from './policy-change';
import { ProviderType } from './provider-type';

export const Performance = defineGraphNode('Performance');

builder.objectFields(Performance, (t) => {
  const link = linksOf(t, 'Performance');
  return {
    policy: link.one('IN_POLICY', 'out', Policy, 'The policy that treats the prestatie this way.'),
    careTypes: link.many('CONCERNS', 'out', CareType, 'Care types of the prestatie.'),
    contractedBy: link.many('CONTRACTED_BY', 'out', ProviderType, 'Provider types that can contract it.'),
    previousVersion: link.optional(
      'PREVIOUS_VERSION',
      'out',
      Performance,
      'The same prestatie in the previous version of the policy.',
    ),
    nextVersion: link.optional(
      'PREVIOUS_VERSION',
      'in',
      Performance,
      'The same prestatie in the next version of the policy.',
    ),
    documentedChanges: link.many('AFFECTS', 'in', PolicyChange, 'Changes the insurer documents about this prestatie.'),
    amendments: link.many('AFFECTS', 'in', Amendment, 'Dated amendments that affect this prestatie.'),
  };
});
