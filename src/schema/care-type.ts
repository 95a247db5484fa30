import { builder } from './builder';
import { Criterion } from './criterion';
import { Citation, defineGraphNode, linked, linkedNodes } from './graph-node';
import { Performance } from './performance';
import { Policy } from './policy';

export const CareType = defineGraphNode('CareType');

builder.objectFields(CareType, (t) => ({
  broader: t.field({ type: [CareType], description: 'Broader care types this one belongs to.', resolve: (c, _a, ctx) => linkedNodes(ctx, 'SUBTYPE_OF', 'out', 'CareType', ['CareType'], c.key) }),
  narrower: t.field({ type: [CareType], description: 'Narrower care types within this one.', resolve: (c, _a, ctx) => linkedNodes(ctx, 'SUBTYPE_OF', 'in', 'CareType', ['CareType'], c.key) }),
  policies: t.field({ type: [Policy], description: 'Policies that cover this care type.', resolve: (c, _a, ctx) => linkedNodes(ctx, 'COVERS', 'in', 'CareType', ['Policy'], c.key) }),
  criteria: t.field({ type: [Criterion], description: 'Requirements about this care type.', resolve: (c, _a, ctx) => linkedNodes(ctx, 'CONCERNS', 'in', 'CareType', ['Criterion'], c.key) }),
  performances: t.field({ type: [Performance], description: 'Prestaties of this care type.', resolve: (c, _a, ctx) => linkedNodes(ctx, 'CONCERNS', 'in', 'CareType', ['Performance'], c.key) }),
  mentionedIn: t.field({ type: [Citation], description: 'Every place a source document names this care type.', resolve: async (c, _a, ctx) => (await linked(ctx, 'MENTIONS', 'in', 'CareType', ['SourceDocument'], c.key)).map((l) => l.rel) }),
}));
