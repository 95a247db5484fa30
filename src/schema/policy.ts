import { Alliance } from './alliance';
import { Amendment } from './amendment';
import { builder } from './builder';
import { CareType } from './care-type';
import { Criterion } from './criterion';
import { Framework } from './framework';
import type { Row } from '../engine/graph-engine';
import { parseYear, requireKeys } from './arguments';
import { filterCriteria } from './criteria-filter';
import { arrayConnection, defineGraphNode, linkedNode, linkedNodes, modelEnum, SourceDocumentRef, totalCountField } from './graph-node';
import { checkPage } from './pagination';
import { Insurer } from './insurer';
import { Milestone } from './milestone';
import { Organization } from './organization';
import { Performance } from './performance';
import { PolicyChange } from './policy-change';
import { Region } from './region';
import { Theme } from './theme';

export const Policy = defineGraphNode('Policy', { rootList: false });

builder.objectFields(Policy, (t) => ({
  issuedBy: t.field({ type: [Organization], description: 'Who issues the policy (for a joint guideline, each organisation behind it).', resolve: (p, _a, ctx) => linkedNodes(ctx, 'ISSUED_BY', 'out', 'Policy', ['Insurer', 'Stakeholder'], p.key) }),
  insurer: t.field({ type: Insurer, nullable: true, description: 'The insurer (or purchasing organisation) that issues the policy; null for a guideline issued by other organisations.', resolve: (p, _a, ctx) => linkedNode(ctx, 'ISSUED_BY', 'out', 'Policy', ['Insurer'], p.key) }),
  onBehalfOf: t.field({ type: [Insurer], description: 'Insurers and labels on whose behalf the policy purchases care.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'ON_BEHALF_OF', 'out', 'Policy', ['Insurer'], p.key) }),
  careTypes: t.field({ type: [CareType], description: 'Care types the policy covers.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'COVERS', 'out', 'Policy', ['CareType'], p.key) }),
  document: t.field({ type: SourceDocumentRef, description: 'The source document the policy is published in (or, when reconstructed, known from).', resolve: async (p, _a, ctx) => (await linkedNode(ctx, 'DOCUMENTED_IN', 'out', 'Policy', ['SourceDocument'], p.key))! }),
  previousVersion: t.field({ type: Policy, nullable: true, description: 'The previous version of this policy, as far as a source states it.', resolve: (p, _a, ctx) => linkedNode(ctx, 'PREVIOUS_VERSION', 'out', 'Policy', ['Policy'], p.key) }),
  nextVersion: t.field({ type: Policy, nullable: true, description: 'The version that followed this one, where the graph holds it.', resolve: (p, _a, ctx) => linkedNode(ctx, 'PREVIOUS_VERSION', 'in', 'Policy', ['Policy'], p.key) }),
  themes: t.field({ type: [Theme], description: 'Themes the policy puts central.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'EMPHASISES', 'out', 'Policy', ['Theme'], p.key) }),
  frameworks: t.field({ type: [Framework], description: 'Laws, accords, standards and codes the policy invokes.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'INVOKES', 'out', 'Policy', ['Framework'], p.key) }),
  amendments: t.field({ type: [Amendment], description: 'Dated amendments to this policy.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'AMENDS', 'in', 'Policy', ['Amendment'], p.key) }),
  criteria: t.connection(
    {
      type: Criterion,
      description: 'Requirements the policy states, withdrawn ones included unless `current` is set (see Criterion.withdrawnBy).',
      args: {
        kind: t.arg({ type: modelEnum('Criterion', 'kind'), description: 'Only requirements of this kind.' }),
        topic: t.arg.string({ description: 'Only requirements on this topic (key).' }),
        providerType: t.arg.string({ description: 'Only requirements reaching this provider type, directly or through a broader type (key).' }),
        current: t.arg.boolean({ description: 'Only requirements no amendment has withdrawn.' }),
      },
      resolve: (p, args, ctx) => arrayConnection(args, async () => filterCriteria(ctx, await linkedNodes(ctx, 'IN_POLICY', 'in', 'Policy', ['Criterion'], p.key), args)),
    },
    { name: 'PolicyCriteriaConnection', description: 'A page of the policy’s requirements.', fields: totalCountField },
  ),
  performances: t.connection(
    { type: Performance, description: 'Prestaties as this policy treats them.', resolve: async (p, args, ctx) => arrayConnection(args, () => linkedNodes(ctx, 'IN_POLICY', 'in', 'Policy', ['Performance'], p.key)) },
    { name: 'PolicyPerformancesConnection', description: 'A page of the policy’s prestaties.', fields: totalCountField },
  ),
  documentedChanges: t.connection(
    { type: PolicyChange, description: 'Changes this policy itself lists against its previous version.', resolve: async (p, args, ctx) => arrayConnection(args, () => linkedNodes(ctx, 'IN_POLICY', 'in', 'Policy', ['PolicyChange'], p.key)) },
    { name: 'PolicyDocumentedChangesConnection', description: 'A page of the policy’s documented changes.', fields: totalCountField },
  ),
  milestones: t.field({ type: [Milestone], description: 'Milestones of the purchasing round this policy sets.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'IN_POLICY', 'in', 'Policy', ['Milestone'], p.key) }),
  regions: t.field({ type: [Region], description: 'Regions this policy describes.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'IN_POLICY', 'in', 'Policy', ['Region'], p.key) }),
  alliances: t.field({ type: [Alliance], description: 'Alliances this policy describes.', resolve: (p, _a, ctx) => linkedNodes(ctx, 'IN_POLICY', 'in', 'Policy', ['Alliance'], p.key) }),
}));

builder.queryField('policies', (t) =>
  t.connection(
    {
      type: Policy,
      description: 'Policies, ordered by key; reconstructed earlier versions included (see `reconstructed`).',
      args: {
        insurer: t.arg.string({ description: 'Only policies issued by, or purchasing on behalf of, this insurer (key).' }),
        careType: t.arg.string({ description: 'Only policies covering this care type or a narrower one (key).' }),
        year: t.arg.int({ description: 'Only policies covering this year.' }),
      },
      resolve: async (_root, args, ctx) => {
        checkPage(args);
        const year = parseYear('year', args.year);
        await requireKeys(ctx, [
          ['insurer', 'Insurer', args.insurer],
          ['careType', 'CareType', args.careType],
        ]);
        const rows = await ctx.db.read('policy/find-policies', { insurer: args.insurer ?? '', careType: args.careType ?? '', year: year ?? 0 });
        return arrayConnection(args, rows.map((r) => r.node as Row));
      },
    },
    { name: 'QueryPoliciesConnection', description: 'A page of policies.', fields: totalCountField },
  ),
);
