import { builder } from './builder';
import { Criterion } from './criterion';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Policy } from './policy';
import { ChangeTarget, Reference } from './unions';

export const Amendment = defineGraphNode('Amendment');

builder.objectFields(Amendment, (t) => {
  const link = linksOf(t, 'Amendment');
  return {
    policy: link.one('AMENDS', 'out', Policy, 'The policy the amendment changes.'),
    withdraws: link.many(
      'WITHDRAWN_BY',
      'in',
      Criterion,
      'Requirements this amendment withdrew (struck through in the source).',
    ),
    adds: link.many('ADDED_BY', 'in', Criterion, 'Requirements this amendment added.'),
    affects: link.many('AFFECTS', 'out', ChangeTarget, 'What the amendment affects.'),
    refersTo: link.many('REFERS_TO', 'out', Reference, 'Organisations and frameworks the amendment refers to.'),
  };
});
