import { Alliance } from './alliance';
import { Amendment } from './amendment';
import { givenKeys, parseYear, requireKeys, type NamedKeys } from './arguments';
import { builder } from './builder';
import { CareType } from './care-type';
import { filterCriteria } from './criteria-filter';
import { Criterion } from './criterion';
import { Framework } from './framework';
import { arrayConnection, defineGraphNode, modelEnum, SourceDocumentRef, totalCountField } from './graph-node';
import { Insurer } from './insurer';
import { declareLink, followNodes, linksOf } from './links';
import { Contact } from './contact';
import { Milestone } from './milestone';
import { Organization } from './organization';
import { checkPage } from './pagination';
import { Performance } from './performance';
import { PolicyChange } from './policy-change';
import { Region } from './region';
import { Theme } from './theme';
import { selects } from './selection';
import type { Context } from './context';
import type { ParamsOf } from '../engine/statements';
import type { NodeRow } from '../model/rows';

export const Policy = defineGraphNode('Policy', { rootList: false });

// Paginated, so declared one by one; each is still checked against the model.
const criteriaLink = declareLink({ type: 'IN_POLICY', direction: 'in', self: 'Policy', others: ['Criterion'] });
const performancesLink = declareLink({ type: 'IN_POLICY', direction: 'in', self: 'Policy', others: ['Performance'] });
const changesLink = declareLink({ type: 'IN_POLICY', direction: 'in', self: 'Policy', others: ['PolicyChange'] });

builder.objectFields(Policy, (t) => {
  const link = linksOf(t, 'Policy');
  return {
    issuedBy: link.many(
      'ISSUED_BY',
      'out',
      Organization,
      'Who issues the policy (for a joint guideline, each organisation behind it).',
    ),
    insurer: link.optional(
      'ISSUED_BY',
      'out',
      Insurer,
      'The insurer (or purchasing organisation) that issues the policy; null for a guideline issued by other organisations.',
    ),
    onBehalfOf: link.many(
      'ON_BEHALF_OF',
      'out',
      Insurer,
      'Insurers and labels on whose behalf the policy purchases care.',
    ),
    careTypes: link.many('COVERS', 'out', CareType, 'Care types the policy covers.'),
    document: link.one(
      'DOCUMENTED_IN',
      'out',
      SourceDocumentRef,
      'The source document the policy is published in (or, when reconstructed, known from).',
    ),
    previousVersion: link.optional(
      'PREVIOUS_VERSION',
      'out',
      Policy,
      'The previous version of this policy, as far as a source states it.',
    ),
    nextVersion: link.optional(
      'PREVIOUS_VERSION',
      'in',
      Policy,
      'The version that followed this one, where the graph holds it.',
    ),
    themes: link.many('EMPHASISES', 'out', Theme, 'Themes the policy puts central.'),
    frameworks: link.many('INVOKES', 'out', Framework, 'Laws, accords, standards and codes the policy invokes.'),
    amendments: link.many('AMENDS', 'in', Amendment, 'Dated amendments to this policy.'),
    comparedIn: link.many(
      'COMPARED_WITH',
      'in',
      PolicyChange,
      'Documented changes, listed by a later version, that are measured against this policy.',
    ),
    criteria: t.connection(
      {
        type: Criterion,
        description:
          'Requirements the policy states, withdrawn ones included unless `current` is set (see Criterion.withdrawnBy).',
        args: {
          kind: t.arg({ type: modelEnum('Criterion', 'kind'), description: 'Only requirements of this kind.' }),
          topic: t.arg.string({ description: 'Only requirements on this topic (key).' }),
          providerType: t.arg.string({
            description: 'Only requirements reaching this provider type, directly or through a broader type (key).',
          }),
          current: t.arg.boolean({ description: 'Only requirements no amendment has withdrawn.' }),
        },
        resolve: (p, args, ctx) =>
          arrayConnection(args, async () =>
            filterCriteria(ctx, await followNodes(ctx, 'IN_POLICY', 'in', 'Policy', criteriaLink.others, p.key), args),
          ),
      },
      {
        name: 'PolicyCriteriaConnection',
        description: 'A page of the policy’s requirements.',
        fields: totalCountField,
      },
    ),
    performances: t.connection(
      {
        type: Performance,
        description: 'Prestaties as this policy treats them.',
        resolve: (p, args, ctx) =>
          arrayConnection(args, () => followNodes(ctx, 'IN_POLICY', 'in', 'Policy', performancesLink.others, p.key)),
      },
      {
        name: 'PolicyPerformancesConnection',
        description: 'A page of the policy’s prestaties.',
        fields: totalCountField,
      },
    ),
    documentedChanges: t.connection(
      {
        type: PolicyChange,
        description: 'Changes this policy itself lists against its previous version.',
        resolve: (p, args, ctx) =>
          arrayConnection(args, () => followNodes(ctx, 'IN_POLICY', 'in', 'Policy', changesLink.others, p.key)),
      },
      {
        name: 'PolicyDocumentedChangesConnection',
        description: 'A page of the policy’s documented changes.',
        fields: totalCountField,
      },
    ),
    milestones: link.many('IN_POLICY', 'in', Milestone, 'Milestones of the purchasing round this policy sets.'),
    contacts: link.many('IN_POLICY', 'in', Contact, 'Where providers turn with questions, as this policy states it.'),
    regions: link.many('IN_POLICY', 'in', Region, 'Regions this policy describes.'),
    alliances: link.many('IN_POLICY', 'in', Alliance, 'Alliances this policy describes.'),
  };
});

builder.queryField('policies', (t) =>
  t.connection(
    {
      type: Policy,
      description: 'Policies, ordered by key; reconstructed earlier versions included (see `reconstructed`).',
      args: {
        insurer: t.arg.string({
          description: 'Only policies issued by, or purchasing on behalf of, this insurer (key).',
        }),
        careType: t.arg.string({ description: 'Only policies covering this care type or a narrower one (key).' }),
        year: t.arg.int({ description: 'Only policies covering this year.' }),
      },
      resolve: async (_root, args, ctx, info) => {
        checkPage(args);
        const year = parseYear('year', args.year);
        const keys: NamedKeys = [
          ['insurer', 'Insurer', args.insurer],
          ['careType', 'CareType', args.careType],
        ];
        const params = { insurer: args.insurer ?? '', careType: args.careType ?? '', year: year ?? 0 };
        if (ctx.nestedReads)
          return arrayConnection(
            args,
            await answerPolicies(ctx, keys, { ...params, withCriteria: selects(info, ['edges', 'node', 'criteria']) }),
          );
        await requireKeys(ctx, keys);
        const rows = await ctx.db.read('policy/find-policies', params);
        return arrayConnection(
          args,
          rows.map((r) => r.node),
        );
      },
    },
    { name: 'QueryPoliciesConnection', description: 'A page of policies.', fields: totalCountField },
  ),
);

/** The policies in one statement (Neo4j), with their requirements' links when selected, primed into the loaders. */
async function answerPolicies(
  ctx: Context,
  keys: NamedKeys,
  params: ParamsOf<'policy/answer-policies.neo4j'>,
): Promise<Array<NodeRow<'Policy'>>> {
  givenKeys(keys);
  const [answer] = await ctx.db.read('policy/answer-policies.neo4j', params);
  if (!answer) throw new Error('policy/answer-policies.neo4j returned no row');
  const { loaders } = ctx;
  if (params.insurer) loaders.prime('Insurer', params.insurer, answer.insurer);
  if (params.careType) loaders.prime('CareType', params.careType, answer.careType);
  await requireKeys(ctx, keys);
  for (const t of answer.providerTypes)
    loaders.primeLinks('SUBTYPE_OF', 'out', 'ProviderType', 'ProviderType', t.node.key, t.broader);
  for (const t of answer.topics) loaders.prime('Topic', t.key, t);
  return answer.policies.map(({ node, issuedBy, criteria }) => {
    loaders.primeAllLinks('ISSUED_BY', 'out', 'Policy', node.key, issuedBy);
    if (params.withCriteria) {
      loaders.primeLinks('IN_POLICY', 'in', 'Policy', 'Criterion', node.key, criteria);
      for (const c of criteria) {
        loaders.primeLinks('HAS_TOPIC', 'out', 'Criterion', 'Topic', c.node.key, c.topic);
        loaders.primeLinks('WITHDRAWN_BY', 'out', 'Criterion', 'Amendment', c.node.key, c.withdrawnBy);
        loaders.primeLinks('APPLIES_TO', 'out', 'Criterion', 'ProviderType', c.node.key, c.appliesTo);
      }
    }
    return node;
  });
}
