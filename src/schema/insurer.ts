import { builder } from './builder';
import { Citation, defineGraphNode, linked, linkedNodes, modelDescription } from './graph-node';
import { Organization } from './organization';
import { Policy } from './policy';

export const Insurer = defineGraphNode('Insurer', { interfaces: [Organization] });

builder.objectFields(Insurer, (t) => ({
  labelOf: t.field({ type: [Insurer], description: 'Insurers this is a label of.', resolve: (i, _a, ctx) => linkedNodes(ctx, 'LABEL_OF', 'out', 'Insurer', ['Insurer'], i.key) }),
  labels: t.field({ type: [Insurer], description: 'Labels (brands) of this insurer.', resolve: (i, _a, ctx) => linkedNodes(ctx, 'LABEL_OF', 'in', 'Insurer', ['Insurer'], i.key) }),
  partOf: t.field({ type: [Insurer], description: modelDescription('PART_OF'), resolve: (i, _a, ctx) => linkedNodes(ctx, 'PART_OF', 'out', 'Insurer', ['Insurer'], i.key) }),
  parts: t.field({ type: [Insurer], description: 'Organisations that are part of this one.', resolve: (i, _a, ctx) => linkedNodes(ctx, 'PART_OF', 'in', 'Insurer', ['Insurer'], i.key) }),
  purchasesFor: t.field({ type: [Insurer], description: modelDescription('PURCHASES_FOR'), resolve: (i, _a, ctx) => linkedNodes(ctx, 'PURCHASES_FOR', 'out', 'Insurer', ['Insurer'], i.key) }),
  purchasedBy: t.field({ type: [Insurer], description: 'Purchasing organisations that buy care for this insurer.', resolve: (i, _a, ctx) => linkedNodes(ctx, 'PURCHASES_FOR', 'in', 'Insurer', ['Insurer'], i.key) }),
  agentFor: t.field({ type: [Insurer], description: modelDescription('AGENT_FOR'), resolve: (i, _a, ctx) => linkedNodes(ctx, 'AGENT_FOR', 'out', 'Insurer', ['Insurer'], i.key) }),
  agents: t.field({ type: [Insurer], description: 'Authorised agents acting for this insurer.', resolve: (i, _a, ctx) => linkedNodes(ctx, 'AGENT_FOR', 'in', 'Insurer', ['Insurer'], i.key) }),
  policies: t.field({ type: [Policy], description: 'Policies this organisation issues.', resolve: (i, _a, ctx) => linkedNodes(ctx, 'ISSUED_BY', 'in', 'Insurer', ['Policy'], i.key) }),
  policiesOnBehalfOf: t.field({ type: [Policy], description: 'Policies that purchase care on behalf of this insurer or label.', resolve: (i, _a, ctx) => linkedNodes(ctx, 'ON_BEHALF_OF', 'in', 'Insurer', ['Policy'], i.key) }),
  mentionedIn: t.field({ type: [Citation], description: 'Every place a source document names this organisation.', resolve: async (i, _a, ctx) => (await linked(ctx, 'MENTIONS', 'in', 'Insurer', ['SourceDocument'], i.key)).map((l) => l.rel) }),
}));
