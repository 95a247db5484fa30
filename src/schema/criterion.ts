import { Amendment } from './amendment';
import { builder } from './builder';
import { CareType } from './care-type';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Policy } from './policy';
import { PolicyChange } from './policy-change';
import { ProviderType } from './provider-type';
import { Topic } from './topic';
import { Reference } from './unions';

export const Criterion = defineGraphNode('Criterion');

builder.objectFields(Criterion, (t) => {
  const link = linksOf(t, 'Criterion');
  return {
    policy: link.one('IN_POLICY', 'out', Policy, 'The policy that states the requirement.'),
    topic: link.one(
      'HAS_TOPIC',
      'out',
      Topic,
      'The requirement topic, for comparing the same subject across insurers.',
    ),
    appliesTo: link.many(
      'APPLIES_TO',
      'out',
      ProviderType,
      'The provider types the requirement names; it also reaches their narrower types.',
    ),
    careTypes: link.many('CONCERNS', 'out', CareType, 'Care types the requirement is about.'),
    refersTo: link.many('REFERS_TO', 'out', Reference, 'Organisations and frameworks the requirement refers to.'),
    withdrawnBy: link.optional(
      'WITHDRAWN_BY',
      'out',
      Amendment,
      'The amendment that withdrew this requirement; null while it stands.',
    ),
    addedBy: link.optional('ADDED_BY', 'out', Amendment, 'The amendment that added this requirement, if one did.'),
    previousVersion: link.optional(
      'PREVIOUS_VERSION',
      'out',
      Criterion,
      'The same requirement in the previous version of the policy.',
    ),
    nextVersion: link.optional(
      'PREVIOUS_VERSION',
      'in',
      Criterion,
      'The same requirement in the next version of the policy.',
    ),
    documentedChanges: link.many(
      'AFFECTS',
      'in',
      PolicyChange,
      'Changes the insurer documents about this requirement.',
    ),
    amendments: link.many('AFFECTS', 'in', Amendment, 'Dated amendments that affect this requirement.'),
  };
});
