import { builder } from './builder';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Policy } from './policy';
import { referencedByFields } from './references';

export const Framework = defineGraphNode('Framework');

builder.objectFields(Framework, (t) => {
  const link = linksOf(t, 'Framework');
  return {
    invokedBy: link.many('INVOKES', 'in', Policy, 'Policies that invoke this framework.'),
    ...referencedByFields(link, 'framework'),
    mentionedIn: link.citations(
      'MENTIONS',
      'in',
      'SourceDocument',
      'Every place a source document names this framework.',
    ),
  };
});
