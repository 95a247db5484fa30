import { builder } from './builder';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Organization } from './organization';
import { Policy } from './policy';
import { organisationFields } from './references';

export const Stakeholder = defineGraphNode('Stakeholder', { interfaces: [Organization] });

builder.objectFields(Stakeholder, (t) => {
  const link = linksOf(t, 'Stakeholder');
  return {
    policies: link.many('ISSUED_BY', 'in', Policy, 'Policies or guidelines this organisation issues.'),
    ...organisationFields(link),
  };
});
