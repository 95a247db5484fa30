import { Amendment } from './amendment';
import { builder } from './builder';
import { Criterion } from './criterion';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Milestone } from './milestone';
import { Policy } from './policy';
import { PolicyChange } from './policy-change';

export const Framework = defineGraphNode('Framework');

builder.objectFields(Framework, (t) => {
  const link = linksOf(t, 'Framework');
  return {
    invokedBy: link.many('INVOKES', 'in', Policy, 'Policies that invoke this framework.'),
    referencedBy: link.many('REFERS_TO', 'in', Criterion, 'Requirements that refer to this framework.'),
    referencedByChanges: link.many('REFERS_TO', 'in', PolicyChange, 'Documented changes that refer to this framework.'),
    referencedByMilestones: link.many('REFERS_TO', 'in', Milestone, 'Milestones that refer to this framework.'),
    referencedByAmendments: link.many('REFERS_TO', 'in', Amendment, 'Amendments that refer to this framework.'),
    mentionedIn: link.citations(
      'MENTIONS',
      'in',
      'SourceDocument',
      'Every place a source document names this framework.',
    ),
  };
});
