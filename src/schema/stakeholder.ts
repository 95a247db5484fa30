import { Alliance } from './alliance';
import { builder } from './builder';
import { Criterion } from './criterion';
import { Citation, defineGraphNode, linked, linkedNodes } from './graph-node';
import { Organization } from './organization';
import { Policy } from './policy';

export const Stakeholder = defineGraphNode('Stakeholder', { interfaces: [Organization] });

builder.objectFields(Stakeholder, (t) => ({
  policies: t.field({ type: [Policy], description: 'Policies or guidelines this organisation issues.', resolve: (s, _a, ctx) => linkedNodes(ctx, 'ISSUED_BY', 'in', 'Stakeholder', ['Policy'], s.key) }),
  referencedBy: t.field({ type: [Criterion], description: 'Requirements that refer to this organisation.', resolve: (s, _a, ctx) => linkedNodes(ctx, 'REFERS_TO', 'in', 'Stakeholder', ['Criterion'], s.key) }),
  alliances: t.field({ type: [Alliance], description: 'Alliances this organisation is a partner in.', resolve: (s, _a, ctx) => linkedNodes(ctx, 'PARTNER', 'in', 'Stakeholder', ['Alliance'], s.key) }),
  mentionedIn: t.field({ type: [Citation], description: 'Every place a source document names this organisation.', resolve: async (s, _a, ctx) => (await linked(ctx, 'MENTIONS', 'in', 'Stakeholder', ['SourceDocument'], s.key)).map((l) => l.rel) }),
}));
