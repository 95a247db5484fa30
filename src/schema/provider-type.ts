import { builder } from './builder';
import { Criterion } from './criterion';
import { Citation, defineGraphNode, linked, linkedNodes } from './graph-node';
import { Milestone } from './milestone';
import { Performance } from './performance';

export const ProviderType = defineGraphNode('ProviderType');

builder.objectFields(ProviderType, (t) => ({
  broader: t.field({ type: [ProviderType], description: 'Broader provider types this one belongs to; their requirements reach this one too.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'SUBTYPE_OF', 'out', 'ProviderType', ['ProviderType'], p.key) }),
  narrower: t.field({ type: [ProviderType], description: 'Narrower provider types within this one.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'SUBTYPE_OF', 'in', 'ProviderType', ['ProviderType'], p.key) }),
  criteria: t.field({ type: [Criterion], description: 'Requirements that name this provider type itself (not those reaching it through a broader type).', resolve: (p, _a, ctx) => linkedNodes(ctx, 'APPLIES_TO', 'in', 'ProviderType', ['Criterion'], p.key) }),
  performances: t.field({ type: [Performance], description: 'Prestaties this provider type can contract.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'CONTRACTED_BY', 'in', 'ProviderType', ['Performance'], p.key) }),
  milestones: t.field({ type: [Milestone], description: 'Milestones addressed to this provider type.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'FOR_PROVIDER_TYPE', 'in', 'ProviderType', ['Milestone'], p.key) }),
  mentionedIn: t.field({ type: [Citation], description: 'Every place a source document names this provider type.', resolve: async (p, _a, ctx) => (await linked(ctx, 'MENTIONS', 'in', 'ProviderType', ['SourceDocument'], p.key)).map((l) => l.rel) }),
}));
