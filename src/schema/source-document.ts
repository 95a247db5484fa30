import { builder } from './builder';
import { SourceDocumentRef } from './graph-node';
import { linksOf } from './links';
import { Policy } from './policy';
import { MentionedNode } from './unions';

export const SourceDocument = SourceDocumentRef;

builder.objectFields(SourceDocument, (t) => {
  const link = linksOf(t, 'SourceDocument');
  return {
    policies: link.many('DOCUMENTED_IN', 'in', Policy, 'Policies published in (or reconstructed from) this document.'),
    mentions: link.many(
      'MENTIONS',
      'out',
      MentionedNode,
      'Organisations, frameworks and vocabulary this document names (each node’s `mentionedIn` says where).',
    ),
  };
});
