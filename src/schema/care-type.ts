import { Amendment } from './amendment';
import { builder } from './builder';
import { Criterion } from './criterion';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Performance } from './performance';
import { Policy } from './policy';
import { PolicyChange } from './policy-change';

export const CareType = defineGraphNode('CareType');

builder.objectFields(CareType, (t) => {
  const link = linksOf(t, 'CareType');
  return {
    broader: link.many('SUBTYPE_OF', 'out', CareType, 'Broader care types this one belongs to.'),
    narrower: link.many('SUBTYPE_OF', 'in', CareType, 'Narrower care types within this one.'),
    policies: link.many('COVERS', 'in', Policy, 'Policies that cover this care type.'),
    criteria: link.many('CONCERNS', 'in', Criterion, 'Requirements about this care type.'),
    performances: link.many('CONCERNS', 'in', Performance, 'Prestaties of this care type.'),
    changesConcerning: link.many('CONCERNS', 'in', PolicyChange, 'Documented changes that concern this care type.'),
    documentedChanges: link.many('AFFECTS', 'in', PolicyChange, 'Documented changes that affect this care type.'),
    amendments: link.many('AFFECTS', 'in', Amendment, 'Dated amendments that affect this care type.'),
    mentionedIn: link.citations(
      'MENTIONS',
      'in',
      'SourceDocument',
      'Every place a source document names this care type.',
    ),
  };
});
