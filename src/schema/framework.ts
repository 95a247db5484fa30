import { builder } from './builder';
import { Criterion } from './criterion';
import { Citation, defineGraphNode, linked, linkedNodes } from './graph-node';
import { Policy } from './policy';

export const Framework = defineGraphNode('Framework');

builder.objectFields(Framework, (t) => ({
  invokedBy: t.field({ type: [Policy], description: 'Policies that invoke this framework.', resolve: (f, _a, ctx) => linkedNodes(ctx, 'INVOKES', 'in', 'Framework', ['Policy'], f.key) }),
  referencedBy: t.field({ type: [Criterion], description: 'Requirements that refer to this framework.', resolve: (f, _a, ctx) => linkedNodes(ctx, 'REFERS_TO', 'in', 'Framework', ['Criterion'], f.key) }),
  mentionedIn: t.field({ type: [Citation], description: 'Every place a source document names this framework.', resolve: async (f, _a, ctx) => (await linked(ctx, 'MENTIONS', 'in', 'Framework', ['SourceDocument'], f.key)).map((l) => l.rel) }),
}));
