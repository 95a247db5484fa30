import { Amendment } from './amendment';
import { builder } from './builder';
import { CareType } from './care-type';
import { defineGraphNode, linkedNode, linkedNodes } from './graph-node';
import { Policy } from './policy';
import { PolicyChange } from './policy-change';
import { ProviderType } from './provider-type';
import { Topic } from './topic';
import { Reference } from './unions';

export const Criterion = defineGraphNode('Criterion');

builder.objectFields(Criterion, (t) => ({
  policy: t.field({ type: Policy, description: 'The policy that states the requirement.', resolve: async (c, _a, ctx) => (await linkedNode(ctx, 'IN_POLICY', 'out', 'Criterion', ['Policy'], c.key))! }),
  topic: t.field({ type: Topic, description: 'The requirement topic, for comparing the same subject across insurers.', resolve: async (c, _a, ctx) => (await linkedNode(ctx, 'HAS_TOPIC', 'out', 'Criterion', ['Topic'], c.key))! }),
  appliesTo: t.field({ type: [ProviderType], description: 'The provider types the requirement names; it also reaches their narrower types.', resolve: (c, _a, ctx) => linkedNodes(ctx, 'APPLIES_TO', 'out', 'Criterion', ['ProviderType'], c.key) }),
  careTypes: t.field({ type: [CareType], description: 'Care types the requirement is about.', resolve: (c, _a, ctx) => linkedNodes(ctx, 'CONCERNS', 'out', 'Criterion', ['CareType'], c.key) }),
  refersTo: t.field({ type: [Reference], description: 'Organisations and frameworks the requirement refers to.', resolve: (c, _a, ctx) => linkedNodes(ctx, 'REFERS_TO', 'out', 'Criterion', ['Stakeholder', 'Framework', 'Insurer'], c.key) }),
  withdrawnBy: t.field({ type: Amendment, nullable: true, description: 'The amendment that withdrew this requirement; null while it stands.', resolve: (c, _a, ctx) => linkedNode(ctx, 'WITHDRAWN_BY', 'out', 'Criterion', ['Amendment'], c.key) }),
  addedBy: t.field({ type: Amendment, nullable: true, description: 'The amendment that added this requirement, if one did.', resolve: (c, _a, ctx) => linkedNode(ctx, 'ADDED_BY', 'out', 'Criterion', ['Amendment'], c.key) }),
  previousVersion: t.field({ type: Criterion, nullable: true, description: 'The same requirement in the previous version of the policy.', resolve: (c, _a, ctx) => linkedNode(ctx, 'PREVIOUS_VERSION', 'out', 'Criterion', ['Criterion'], c.key) }),
  nextVersion: t.field({ type: Criterion, nullable: true, description: 'The same requirement in the next version of the policy.', resolve: (c, _a, ctx) => linkedNode(ctx, 'PREVIOUS_VERSION', 'in', 'Criterion', ['Criterion'], c.key) }),
  documentedChanges: t.field({ type: [PolicyChange], description: 'Changes the insurer documents about this requirement.', resolve: (c, _a, ctx) => linkedNodes(ctx, 'AFFECTS', 'in', 'Criterion', ['PolicyChange'], c.key) }),
}));
