import { builder } from './builder';
import { ReachedNodes } from './reached-nodes';
import { weighs } from './cost';
import { givenKeys, parseDate, parseYear, requireKeys, type NamedKeys } from './arguments';
import type { Context } from './context';
import type { ParamsOf } from '../engine/statements';
import { Criterion } from './criterion';
import { arrayConnection, DateScalar, totalCountField } from './graph-node';
import { followNode, followNodes } from './links';
import {
  forceRank,
  scopedFilterParams,
  statementFilterParams,
  statementFilters,
  statementScope,
} from './statement-filters';
import { emptyReasonField, withEmptyReason } from './empty-reason';
import { explainEmptyRequirements } from './explain-empty';
import { checkPage } from './pagination';
import { Insurer } from './insurer';
import { Policy } from './policy';
import { ProviderType } from './provider-type';

/** How the provider type a statement names stands to the provider type asked about. */
type Relation = 'asked' | 'broader' | 'narrower';

/** One answer to "which requirements apply to this provider type": the criterion, where, and through what. */
interface RequirementRow {
  criterion: string;
  policy: string;
  appliesVia: string;
  relation: Relation;
  force: string;
}

export const ScopeRelation = builder.enumType('ScopeRelation', {
  description: 'How the provider type a statement is scoped to stands to the provider type asked about.',
  values: {
    ASKED: { value: 'asked', description: 'The statement names the asked provider type itself.' },
    BROADER: {
      value: 'broader',
      description:
        'The statement names a broader type the asked one belongs to (what VGZ asks of every MSZ provider reaches a ZBC).',
    },
    NARROWER: {
      value: 'narrower',
      description:
        'The statement names a narrower type within the asked one (a huisarts within a huisartsenpraktijk): it binds only those providers of the asked type; answered only with `includeNarrower: true`.',
    },
  } as const,
});

export const RequirementOrder = builder.enumType('RequirementOrder', {
  description: 'The order of the answer.',
  values: {
    DOCUMENT: { description: 'By policy, then in the order the source document states them (the default).' },
    FORCE: {
      description:
        'Most binding first (requirement, condition, expectation, intention, background), each force in document order.',
    },
  } as const,
});

export const Requirement = builder.objectRef<RequirementRow>('Requirement').implement({
  description: 'A requirement that applies to the asked provider type, in one policy.',
  fields: (t) => ({
    criterion: t.field({
      type: Criterion,
      description: 'The requirement, with its text, kind, topic and citation.',
      resolve: (r, _a, ctx) => ctx.loaders.node('Criterion', r.criterion),
    }),
    policy: t.field({
      type: Policy,
      description: 'The policy that states it.',
      resolve: (r, _a, ctx) => ctx.loaders.node('Policy', r.policy),
    }),
    insurer: t.field({
      type: Insurer,
      nullable: true,
      description: 'The insurer (or purchasing organisation) issuing that policy; null for a joint guideline.',
      resolve: (r, _a, ctx) => followNode(ctx, 'ISSUED_BY', 'out', 'Policy', ['Insurer'], r.policy),
    }),
    appliesVia: t.field({
      type: ProviderType,
      description:
        'The provider type the statement is scoped to (names): the asked one, a broader type it belongs to, or (with `includeNarrower`) a narrower type within it; `relation` says which.',
      resolve: (r, _a, ctx) => ctx.loaders.node('ProviderType', r.appliesVia),
    }),
    relation: t.field({
      type: ScopeRelation,
      description:
        'How `appliesVia` stands to the asked provider type: ASKED (the type itself), BROADER (a type it belongs to, so the statement applies to it too) or NARROWER (a type within it, so the statement applies only to those providers).',
      resolve: (r) => r.relation,
    }),
  }),
});

builder.queryField('requirements', (t) =>
  t.connection(
    {
      type: Requirement,
      // Walks the provider-type and care-type hierarchies over every policy in scope.
      extensions: weighs(300),
      description:
        'What binds a provider type: the requirements and conditions the provider must meet (scope BINDING, the default), directly or through a broader type in the hierarchy, and with `includeNarrower` also those scoped to a narrower type; `scope: EVERYTHING` (or `forces` / `parties`) widens it to everything the policies state. Ordered by policy and document order, or most binding first (`orderBy: FORCE`). An empty answer says why in `emptyReason`.',
      args: {
        providerType: t.arg.string({ required: true, description: 'Key of the provider type, e.g. "zbc".' }),
        ...statementScope(t.arg),
        includeNarrower: t.arg.boolean({
          description:
            'Also statements scoped to a narrower provider type (what is asked of a huisarts, for a huisartsenpraktijk); each says so in `relation: NARROWER`. Default: only the type itself and its broader types.',
        }),
        orderBy: t.arg({
          type: RequirementOrder,
          description: 'DOCUMENT (default): by policy, in document order. FORCE: most binding first.',
        }),
        insurer: t.arg.string({
          description: 'Only policies issued by, or purchasing on behalf of, this insurer (key).',
        }),
        careType: t.arg.string({
          description: 'Only requirements of policies covering this care type (or a narrower one), or about it (key).',
        }),
        year: t.arg.int({
          description: 'Only policies covering this year. Without it: the latest version of each policy.',
        }),
        knownAt: t.arg({
          type: DateScalar,
          description:
            'Date of knowledge: amendments dated after it are not yet applied. Without it: all amendments are applied.',
        }),
        topic: t.arg.string({ description: 'Only requirements on this topic (key, see `topics`).' }),
        ...statementFilters(t.arg, { scoped: true }),
        includeGuidelines: t.arg.boolean({
          description:
            'Also what guidelines (the ZN/LHV/InEen leidraad) expect, which binds no one. Default: only the insurers’ policies.',
        }),
      },
      resolve: async (_root, args, ctx) => {
        checkPage(args);
        const year = parseYear('year', args.year);
        const knownAt = parseDate('knownAt', args.knownAt);
        const keys: NamedKeys = [
          ['providerType', 'ProviderType', args.providerType],
          ['insurer', 'Insurer', args.insurer],
          ['careType', 'CareType', args.careType],
          ['topic', 'Topic', args.topic],
        ];
        const params = {
          providerType: args.providerType,
          insurer: args.insurer ?? '',
          careType: args.careType ?? '',
          topic: args.topic ?? '',
          year: year ?? 0,
          knownAt: knownAt ?? '',
          ...scopedFilterParams(args),
          includeGuidelines: args.includeGuidelines ?? false,
          includeNarrower: args.includeNarrower ?? false,
        };
        const rows = ctx.nestedReads
          ? await answerRequirements(ctx, keys, params)
          : await findRequirements(ctx, keys, params);
        const answer = mostSpecificPerCriterion(rows);
        if (args.orderBy === 'FORCE') answer.sort((a, b) => forceRank(a.force) - forceRank(b.force));
        return withEmptyReason(await arrayConnection(args, answer), answer.length, () =>
          explainEmptyRequirements(ctx, params),
        );
      },
    },
    {
      name: 'RequirementConnection',
      description: 'A page of requirements.',
      fields: (t) => ({ ...totalCountField(t), ...emptyReasonField(t) }),
    },
  ),
);

type RequirementParams = ParamsOf<'requirement/find-requirements'>;

/** The requirements as keys, their nodes and links left to the loaders (the embedded engine). */
async function findRequirements(ctx: Context, keys: NamedKeys, params: RequirementParams): Promise<RequirementRow[]> {
  await requireKeys(ctx, keys);
  const rows = await ctx.db.read('requirement/find-requirements', params);
  return rows.map((r) => ({ ...r, relation: r.relation as Relation }));
}

/**
 * The requirements and what the usual selection follows from them, in one statement (Neo4j): the loaders
 * are primed with every node and link it returned, the keys the question named included, so that the
 * rest of the request asks nothing more.
 */
async function answerRequirements(ctx: Context, keys: NamedKeys, params: RequirementParams): Promise<RequirementRow[]> {
  givenKeys(keys);
  const [answer] = await ctx.db.read('requirement/answer-requirements.neo4j', params);
  if (!answer) throw new Error('requirement/answer-requirements.neo4j returned no row');
  const { loaders } = ctx;
  if (params.providerType) loaders.prime('ProviderType', params.providerType, answer.asked);
  if (params.insurer) loaders.prime('Insurer', params.insurer, answer.insurer);
  if (params.careType) loaders.prime('CareType', params.careType, answer.careType);
  if (params.topic) loaders.prime('Topic', params.topic, answer.topic);
  await requireKeys(ctx, keys);
  for (const { node, issuedBy } of answer.policies) {
    loaders.prime('Policy', node.key, node);
    loaders.primeLinks('ISSUED_BY', 'out', 'Policy', 'Insurer', node.key, issuedBy);
  }
  for (const type of answer.providerTypes) loaders.prime('ProviderType', type.key, type);
  const topics = new ReachedNodes(answer.topics, 'requirement/answer-requirements.neo4j');
  return answer.items.map((item) => {
    loaders.prime('Criterion', item.criterion.key, item.criterion);
    loaders.primeLinks('HAS_TOPIC', 'out', 'Criterion', 'Topic', item.criterion.key, topics.links('Topic', item.topic));
    loaders.primeLinks('WITHDRAWN_BY', 'out', 'Criterion', 'Amendment', item.criterion.key, item.withdrawnBy);
    return {
      criterion: item.criterion.key,
      policy: item.policy,
      appliesVia: item.appliesVia,
      relation: item.relation as Relation,
      force: item.criterion.force,
    };
  });
}

/**
 * A criterion reached through several types in the hierarchy is listed once, under the most specific one:
 * the rows come in the order asked, broader, narrower per criterion.
 */
function mostSpecificPerCriterion(rows: readonly RequirementRow[]): RequirementRow[] {
  const seen = new Set<string>();
  const out: RequirementRow[] = [];
  for (const row of rows) {
    const key = `${row.policy}|${row.criterion}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(row);
  }
  return out;
}

/** One answer to "which statements, across every provider type": the criterion and the policy stating it. */
interface StatementRow {
  criterion: string;
  policy: string;
}

export const Statement = builder.objectRef<StatementRow>('Statement').implement({
  description: 'A statement of one policy, whatever provider type it is scoped to.',
  fields: (t) => ({
    criterion: t.field({
      type: Criterion,
      description: 'The statement, with its text, kind, party, force, topic and citation.',
      resolve: (r, _a, ctx) => ctx.loaders.node('Criterion', r.criterion),
    }),
    policy: t.field({
      type: Policy,
      description: 'The policy that states it.',
      resolve: (r, _a, ctx) => ctx.loaders.node('Policy', r.policy),
    }),
    insurer: t.field({
      type: Insurer,
      nullable: true,
      description: 'The insurer (or purchasing organisation) issuing that policy; null for a joint guideline.',
      resolve: (r, _a, ctx) => followNode(ctx, 'ISSUED_BY', 'out', 'Policy', ['Insurer'], r.policy),
    }),
    scopedTo: t.field({
      type: [ProviderType],
      description:
        'The provider types the statement is scoped to (names); it also reaches their narrower types. Never empty: the seed check refuses a statement without one.',
      resolve: (r, _a, ctx) => followNodes(ctx, 'APPLIES_TO', 'out', 'Criterion', ['ProviderType'], r.criterion),
    }),
  }),
});

builder.queryField('statements', (t) =>
  t.connection(
    {
      type: Statement,
      // Reads every statement of every policy in scope.
      extensions: weighs(300),
      description:
        'Every statement of the policies in scope, across all provider types: the question "what does any policy state on this topic, of this kind or force". Ordered by policy and document order, or most binding first (`orderBy: FORCE`). Filters as in `requirements`, but every force and party counts unless `forces` / `parties` say otherwise (`forces: [REQUIREMENT, CONDITION], parties: [PROVIDER, PROVIDER_AND_INSURER]` for what binds providers). An empty answer says why in `emptyReason`.',
      args: {
        insurer: t.arg.string({
          description: 'Only policies issued by, or purchasing on behalf of, this insurer (key).',
        }),
        careType: t.arg.string({
          description: 'Only statements of policies covering this care type (or a narrower one), or about it (key).',
        }),
        year: t.arg.int({
          description: 'Only policies covering this year. Without it: the latest version of each policy.',
        }),
        knownAt: t.arg({
          type: DateScalar,
          description:
            'Date of knowledge: amendments dated after it are not yet applied. Without it: all amendments are applied.',
        }),
        topic: t.arg.string({ description: 'Only statements on this topic (key, see `topics`).' }),
        ...statementFilters(t.arg),
        includeGuidelines: t.arg.boolean({
          description: 'Also what guidelines (the ZN/LHV/InEen leidraad) state. Default: only the insurers’ policies.',
        }),
        orderBy: t.arg({
          type: RequirementOrder,
          description: 'DOCUMENT (default): by policy, in document order. FORCE: most binding first.',
        }),
      },
      resolve: async (_root, args, ctx) => {
        checkPage(args);
        const year = parseYear('year', args.year);
        const knownAt = parseDate('knownAt', args.knownAt);
        const keys: NamedKeys = [
          ['insurer', 'Insurer', args.insurer],
          ['careType', 'CareType', args.careType],
          ['topic', 'Topic', args.topic],
        ];
        const params = {
          insurer: args.insurer ?? '',
          careType: args.careType ?? '',
          topic: args.topic ?? '',
          year: year ?? 0,
          knownAt: knownAt ?? '',
          ...statementFilterParams(args),
          includeGuidelines: args.includeGuidelines ?? false,
        };
        const rows = ctx.nestedReads
          ? await answerStatements(ctx, keys, params)
          : await findStatements(ctx, keys, params);
        if (args.orderBy === 'FORCE') {
          const forces = await ctx.loaders.allNodes(
            'Criterion',
            rows.map((r) => r.criterion),
          );
          const rank = new Map(forces.map((c) => [c.key, forceRank(c.force)]));
          rows.sort((a, b) => rank.get(a.criterion)! - rank.get(b.criterion)!);
        }
        return withEmptyReason(await arrayConnection(args, rows), rows.length, () =>
          explainEmptyRequirements(ctx, { ...params, providerType: '', includeNarrower: false }),
        );
      },
    },
    {
      name: 'StatementConnection',
      description: 'A page of statements.',
      fields: (t) => ({ ...totalCountField(t), ...emptyReasonField(t) }),
    },
  ),
);

type StatementParams = ParamsOf<'requirement/find-statements'>;

/** The statements as keys, their nodes and links left to the loaders (the embedded engine). */
async function findStatements(ctx: Context, keys: NamedKeys, params: StatementParams): Promise<StatementRow[]> {
  await requireKeys(ctx, keys);
  const rows = await ctx.db.read('requirement/find-statements', params);
  return rows.map(({ criterion, policy }) => ({ criterion, policy }));
}

/** The statements and what the usual selection follows from them, in one statement (Neo4j), primed into the loaders. */
async function answerStatements(ctx: Context, keys: NamedKeys, params: StatementParams): Promise<StatementRow[]> {
  givenKeys(keys);
  const [answer] = await ctx.db.read('requirement/answer-statements.neo4j', params);
  if (!answer) throw new Error('requirement/answer-statements.neo4j returned no row');
  const { loaders } = ctx;
  if (params.insurer) loaders.prime('Insurer', params.insurer, answer.insurer);
  if (params.careType) loaders.prime('CareType', params.careType, answer.careType);
  if (params.topic) loaders.prime('Topic', params.topic, answer.topic);
  await requireKeys(ctx, keys);
  for (const { node, issuedBy } of answer.policies) {
    loaders.prime('Policy', node.key, node);
    loaders.primeLinks('ISSUED_BY', 'out', 'Policy', 'Insurer', node.key, issuedBy);
  }
  const reached = new ReachedNodes([...answer.topics, ...answer.providerTypes], 'requirement/answer-statements.neo4j');
  return answer.items.map((item) => {
    const key = item.criterion.key;
    loaders.prime('Criterion', key, item.criterion);
    loaders.primeLinks('HAS_TOPIC', 'out', 'Criterion', 'Topic', key, reached.links('Topic', item.topic));
    loaders.primeLinks(
      'APPLIES_TO',
      'out',
      'Criterion',
      'ProviderType',
      key,
      reached.links('ProviderType', item.appliesTo),
    );
    loaders.primeLinks('WITHDRAWN_BY', 'out', 'Criterion', 'Amendment', key, item.withdrawnBy);
    return { criterion: key, policy: item.policy };
  });
}
