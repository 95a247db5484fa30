import { builder } from './builder';
import { linkedNodes, SourceDocumentRef } from './graph-node';
import { Policy } from './policy';

export const SourceDocument = SourceDocumentRef;

builder.objectFields(SourceDocument, (t) => ({
  policies: t.field({ type: [Policy], description: 'Policies published in (or reconstructed from) this document.', resolve: (d, _a, ctx) => linkedNodes(ctx, 'DOCUMENTED_IN', 'in', 'SourceDocument', ['Policy'], d.key) }),
}));
