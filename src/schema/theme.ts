import { builder } from './builder';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Policy } from './policy';

export const Theme = defineGraphNode('Theme');

builder.objectFields(Theme, (t) => {
  const link = linksOf(t, 'Theme');
  return {
    policies: link.many('EMPHASISES', 'in', Policy, 'Policies that put this theme central.'),
    mentionedIn: link.citations('MENTIONS', 'in', 'SourceDocument', 'Every place a source document names this theme.'),
  };
});
