import { builder } from './builder';
import { defineGraphNode, modelDescription } from './graph-node';
import { linksOf } from './links';
import { Organization } from './organization';
import { Policy } from './policy';
import { organisationFields } from './references';

export const Insurer = defineGraphNode('Insurer', { interfaces: [Organization] });

builder.objectFields(Insurer, (t) => {
  const link = linksOf(t, 'Insurer');
  return {
    labelOf: link.many('LABEL_OF', 'out', Insurer, 'Insurers this is a label of.'),
    labels: link.many('LABEL_OF', 'in', Insurer, 'Labels (brands) of this insurer.'),
    partOf: link.many('PART_OF', 'out', Insurer, modelDescription('PART_OF')),
    parts: link.many('PART_OF', 'in', Insurer, 'Organisations that are part of this one.'),
    purchasesFor: link.many('PURCHASES_FOR', 'out', Insurer, modelDescription('PURCHASES_FOR')),
    purchasedBy: link.many('PURCHASES_FOR', 'in', Insurer, 'Purchasing organisations that buy care for this insurer.'),
    agentFor: link.many('AGENT_FOR', 'out', Insurer, modelDescription('AGENT_FOR')),
    agents: link.many('AGENT_FOR', 'in', Insurer, 'Authorised agents acting for this insurer.'),
    policies: link.many('ISSUED_BY', 'in', Policy, 'Policies this organisation issues.'),
    policiesOnBehalfOf: link.many(
      'ON_BEHALF_OF',
      'in',
      Policy,
      'Policies that purchase care on behalf of this insurer or label.',
    ),
    ...organisationFields(link),
  };
});
