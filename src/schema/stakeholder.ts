import { Alliance } from './alliance';
import { Amendment } from './amendment';
import { builder } from './builder';
import { Criterion } from './criterion';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Milestone } from './milestone';
import { Organization } from './organization';
import { Policy } from './policy';
import { PolicyChange } from './policy-change';

export const Stakeholder = defineGraphNode('Stakeholder', { interfaces: [Organization] });

builder.objectFields(Stakeholder, (t) => {
  const link = linksOf(t, 'Stakeholder');
  return {
    policies: link.many('ISSUED_BY', 'in', Policy, 'Policies or guidelines this organisation issues.'),
    referencedBy: link.many('REFERS_TO', 'in', Criterion, 'Requirements that refer to this organisation.'),
    referencedByChanges: link.many(
      'REFERS_TO',
      'in',
      PolicyChange,
      'Documented changes that refer to this organisation.',
    ),
    referencedByMilestones: link.many(
      'REFERS_TO',
      'in',
      Milestone,
      'Milestones that refer to this organisation (e.g. as channel).',
    ),
    referencedByAmendments: link.many('REFERS_TO', 'in', Amendment, 'Amendments that refer to this organisation.'),
    alliances: link.many('PARTNER', 'in', Alliance, 'Alliances this organisation is a partner in.'),
    mentionedIn: link.citations(
      'MENTIONS',
      'in',
      'SourceDocument',
      'Every place a source document names this organisation.',
    ),
  };
});
