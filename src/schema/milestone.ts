import { builder } from './builder';
import { defineGraphNode, linkedNode, linkedNodes } from './graph-node';
import { Policy } from './policy';
import { ProviderType } from './provider-type';
import { Reference } from './unions';

export const Milestone = defineGraphNode('Milestone');

builder.objectFields(Milestone, (t) => ({
  policy: t.field({ type: Policy, description: 'The policy whose purchasing round this milestone belongs to.', resolve: async (m, _a, ctx) => (await linkedNode(ctx, 'IN_POLICY', 'out', 'Milestone', ['Policy'], m.key))! }),
  audienceTypes: t.field({ type: [ProviderType], description: 'Provider types the milestone is addressed to.', resolve: (m, _a, ctx) => linkedNodes(ctx, 'FOR_PROVIDER_TYPE', 'out', 'Milestone', ['ProviderType'], m.key) }),
  refersTo: t.field({ type: [Reference], description: 'Organisations (e.g. VECOZO as channel) the milestone refers to.', resolve: (m, _a, ctx) => linkedNodes(ctx, 'REFERS_TO', 'out', 'Milestone', ['Stakeholder', 'Framework', 'Insurer'], m.key) }),
}));
