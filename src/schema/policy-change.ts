import { builder } from './builder';
import { CareType } from './care-type';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Policy } from './policy';
import { ChangeTarget, Reference } from './unions';

export const PolicyChange = defineGraphNode('PolicyChange');

builder.objectFields(PolicyChange, (t) => {
  const link = linksOf(t, 'PolicyChange');
  return {
    policy: link.one('IN_POLICY', 'out', Policy, 'The newer policy, which lists the change.'),
    comparedWith: link.optional('COMPARED_WITH', 'out', Policy, 'The previous version the change is measured against.'),
    affects: link.many(
      'AFFECTS',
      'out',
      ChangeTarget,
      'Requirements, prestaties, care types and provider types the change is about.',
    ),
    careTypes: link.many('CONCERNS', 'out', CareType, 'Care types the change concerns.'),
    refersTo: link.many('REFERS_TO', 'out', Reference, 'Organisations and frameworks the change refers to.'),
  };
});
