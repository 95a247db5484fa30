import {
  diffVersions,
  type CriterionChange,
  type DiffResult,
  type PerformanceChange,
  type VersionSide,
} from '../diff/policy-diff';
import { allOrNow } from './maybe-promise';
import type { NodeRow } from '../model/rows';
import { Amendment } from './amendment';
import { builder } from './builder';
import { weighs } from './cost';
import { givenKeys, parseDate, requireKeys, type NamedKeys } from './arguments';
import type { Context } from './context';
import { Criterion } from './criterion';
import { DateScalar } from './graph-node';
import { follow, followNode, followNodes } from './links';
import { Performance } from './performance';
import { Policy } from './policy';
import { ReachedNodes } from './reached-nodes';
import { PolicyChange } from './policy-change';

/** How far back a chain of versions is followed when matching (policy versions span a few years). */
const MAX_VERSION_STEPS = 4;

const PolicyVersionInput = builder.inputType('PolicyVersionInput', {
  description: 'One side of a comparison: a policy, as known on a date (amendments after it not yet applied).',
  fields: (t) => ({
    policy: t.string({ required: true, description: 'Key of the policy, e.g. "vgz-msz-2024".' }),
    knownAt: t.field({ type: DateScalar, description: 'Date of knowledge; without it every amendment is applied.' }),
  }),
});

const SegmentKind = builder.enumType('DiffSegmentKind', {
  description: 'Whether words are in both texts, only in the newer or only in the older.',
  values: {
    SAME: { description: 'In both texts.' },
    ADDED: { description: 'Only in the newer text.' },
    REMOVED: { description: 'Only in the older text.' },
  },
});

const Segment = builder.objectRef<{ kind: 'SAME' | 'ADDED' | 'REMOVED'; text: string }>('DiffSegment').implement({
  description: 'A run of words in a word-level diff; joined in order they give both texts.',
  fields: (t) => ({
    kind: t.field({ type: SegmentKind, description: 'Same, added or removed.', resolve: (s) => s.kind }),
    text: t.string({ description: 'The words, with the white space after them.', resolve: (s) => s.text }),
  }),
});

const CriterionChangeRef = builder.objectRef<CriterionChange>('CriterionChange').implement({
  description: 'A requirement that stands in both versions with different words.',
  fields: (t) => ({
    before: t.field({
      type: Criterion,
      description: 'The requirement in the older version.',
      resolve: (c) => c.before,
    }),
    after: t.field({ type: Criterion, description: 'The requirement in the newer version.', resolve: (c) => c.after }),
    segments: t.field({
      type: [Segment],
      description: 'Word-level diff from before to after.',
      resolve: (c) => c.segments,
    }),
  }),
});

const PerformanceChangeRef = builder.objectRef<PerformanceChange>('PerformanceStatusChange').implement({
  description: 'A prestatie in both versions with a different status.',
  fields: (t) => ({
    before: t.field({
      type: Performance,
      description: 'The prestatie in the older version.',
      resolve: (c) => c.before,
    }),
    after: t.field({ type: Performance, description: 'The prestatie in the newer version.', resolve: (c) => c.after }),
  }),
});

interface DiffAnswer extends DiffResult {
  from: VersionSide;
  to: VersionSide;
  documentedChanges: Array<NodeRow<'PolicyChange'>>;
  amendments: Array<NodeRow<'Amendment'>>;
}

const PolicyVersionRef = builder.objectRef<VersionSide>('PolicyVersion').implement({
  description: 'One side of a comparison.',
  fields: (t) => ({
    policy: t.field({ type: Policy, description: 'The policy.', resolve: (s) => s.policy }),
    knownAt: t.field({
      type: DateScalar,
      nullable: true,
      description: 'The date of knowledge, if one was given.',
      resolve: (s) => s.knownAt ?? null,
    }),
  }),
});

const PolicyDiffRef = builder.objectRef<DiffAnswer>('PolicyDiff').implement({
  description:
    'What changed between two versions of a policy, matched through the links between versions of the same requirement.',
  fields: (t) => ({
    from: t.field({ type: PolicyVersionRef, description: 'The older side.', resolve: (d) => d.from }),
    to: t.field({ type: PolicyVersionRef, description: 'The newer side.', resolve: (d) => d.to }),
    added: t.field({
      type: [Criterion],
      description: 'Requirements only in the newer version.',
      resolve: (d) => d.added,
    }),
    removed: t.field({
      type: [Criterion],
      description: 'Requirements only in the older version (or withdrawn by an amendment in between).',
      resolve: (d) => d.removed,
    }),
    changed: t.field({
      type: [CriterionChangeRef],
      description: 'Requirements in both versions whose words differ.',
      resolve: (d) => d.changed,
    }),
    unchangedCount: t.int({
      description: 'Requirements in both versions with the same words.',
      resolve: (d) => d.unchanged,
    }),
    performancesAdded: t.field({
      type: [Performance],
      description: 'Prestaties only in the newer version.',
      resolve: (d) => d.performancesAdded,
    }),
    performancesRemoved: t.field({
      type: [Performance],
      description: 'Prestaties only in the older version.',
      resolve: (d) => d.performancesRemoved,
    }),
    performanceStatusChanges: t.field({
      type: [PerformanceChangeRef],
      description: 'Prestaties whose status differs between the versions.',
      resolve: (d) => d.performancesChanged,
    }),
    documentedChanges: t.field({
      type: [PolicyChange],
      description: 'What the insurer itself lists as changed between the two.',
      resolve: (d) => d.documentedChanges,
    }),
    amendments: t.field({
      type: [Amendment],
      description:
        'Amendments applied in the newer side and not yet in the older (same policy at two dates, or either policy’s own).',
      resolve: (d) => d.amendments,
    }),
    partial: t.boolean({
      description:
        'True when a side is known only from a later change table: then only what that table speaks of is compared.',
      resolve: (d) => d.partial,
    }),
    reason: t.string({ nullable: true, description: 'Why the comparison is partial.', resolve: (d) => d.reason }),
  }),
});

/** The chain of earlier versions of each item, followed level by level: one batch per level. */
async function withAncestors(
  ctx: Context,
  label: 'Criterion' | 'Performance',
  nodes: ReadonlyArray<{ key: string }>,
): Promise<Map<string, string[]>> {
  const chains = new Map<string, string[]>(nodes.map((n) => [n.key, []]));
  let frontier = nodes.map((n): [string, string] => [n.key, n.key]);
  for (let step = 0; step < MAX_VERSION_STEPS && frontier.length > 0; step++) {
    const previous = await allOrNow(
      frontier.map(([, at]) => followNode(ctx, 'PREVIOUS_VERSION', 'out', label, [label], at)),
    );
    frontier = frontier.flatMap(([origin], i): Array<[string, string]> => {
      const before = previous[i];
      return before ? [[origin, before.key]] : [];
    });
    for (const [origin, at] of frontier) chains.get(origin)?.push(at);
  }
  return chains;
}

async function loadSide(ctx: Context, policyKey: string, knownAt: string | undefined): Promise<VersionSide> {
  const [policy, criteria, performances] = await Promise.all([
    ctx.loaders.wholeNode('Policy', policyKey),
    followNodes(ctx, 'IN_POLICY', 'in', 'Policy', ['Criterion'], policyKey),
    followNodes(ctx, 'IN_POLICY', 'in', 'Policy', ['Performance'], policyKey),
  ]);
  const [criterionChains, performanceChains, withdrawn, added] = await Promise.all([
    withAncestors(ctx, 'Criterion', criteria),
    withAncestors(ctx, 'Performance', performances),
    allOrNow(criteria.map((c) => followNode(ctx, 'WITHDRAWN_BY', 'out', 'Criterion', ['Amendment'], c.key))),
    allOrNow(criteria.map((c) => followNode(ctx, 'ADDED_BY', 'out', 'Criterion', ['Amendment'], c.key))),
  ]);
  return {
    policy,
    knownAt,
    criteria: criteria.map((node, i) => ({
      node,
      ancestors: criterionChains.get(node.key) ?? [],
      withdrawnOn: withdrawn[i]?.date ?? null,
      addedOn: added[i]?.date ?? null,
    })),
    performances: performances.map((node) => ({ node, ancestors: performanceChains.get(node.key) ?? [] })),
  };
}

/**
 * Everything the diff reads of both sides, in one statement (Neo4j), into the request's loaders: the rest of
 * the resolver and the usual selection then find it there and ask nothing more.
 */
async function primePolicyDiff(ctx: Context, keys: string[]): Promise<void> {
  const { loaders } = ctx;
  const statement = 'policy/answer-policy-diff.neo4j';
  const [answer] = await ctx.db.read(statement, { policies: [...new Set(keys)] });
  if (!answer) throw new Error(`${statement} returned no row`);
  const reached = new ReachedNodes(answer.reached, statement);
  for (const side of answer.sides) {
    loaders.prime('Policy', side.key, side.policy);
    if (!side.policy) continue;
    loaders.primeLinks('IN_POLICY', 'in', 'Policy', 'Criterion', side.key, side.criteria);
    loaders.primeLinks('IN_POLICY', 'in', 'Policy', 'Performance', side.key, side.performances);
    loaders.primeLinks('IN_POLICY', 'in', 'Policy', 'PolicyChange', side.key, side.changes);
    loaders.primeLinks('AMENDS', 'in', 'Policy', 'Amendment', side.key, reached.links('Amendment', side.amendments));
    for (const c of side.criteria) {
      for (const step of c.chain) {
        const previous = reached.links('Criterion', step.previous);
        loaders.primeLinks('PREVIOUS_VERSION', 'out', 'Criterion', 'Criterion', step.key, previous);
      }
      const key = c.node.key;
      loaders.primeLinks(
        'WITHDRAWN_BY',
        'out',
        'Criterion',
        'Amendment',
        key,
        reached.links('Amendment', c.withdrawnBy),
      );
      loaders.primeLinks('ADDED_BY', 'out', 'Criterion', 'Amendment', key, reached.links('Amendment', c.addedBy));
      loaders.primeLinks(
        'APPLIES_TO',
        'out',
        'Criterion',
        'ProviderType',
        key,
        reached.links('ProviderType', c.appliesTo),
      );
    }
    for (const f of side.performances)
      for (const step of f.chain) {
        const previous = reached.links('Performance', step.previous);
        loaders.primeLinks('PREVIOUS_VERSION', 'out', 'Performance', 'Performance', step.key, previous);
      }
    for (const ch of side.changes) {
      const comparedWith = reached.links('Policy', ch.comparedWith);
      loaders.primeLinks('COMPARED_WITH', 'out', 'PolicyChange', 'Policy', ch.node.key, comparedWith);
      loaders.primeAllLinks('AFFECTS', 'out', 'PolicyChange', ch.node.key, reached.anyLinks(ch.affects));
    }
  }
}

builder.queryField('policyDiff', (t) =>
  t.field({
    type: PolicyDiffRef,
    // Reads both versions with their version chains and diffs every pair of texts word by word.
    extensions: weighs(600),
    description:
      'Compares two policies (e.g. vgz-msz-2023 with vgz-msz-2024) or one policy at two dates of knowledge: requirements added, removed and reworded, prestaties added, removed or with another status, next to what the insurer itself lists as changed.',
    args: {
      from: t.arg({ type: PolicyVersionInput, required: true, description: 'The older side.' }),
      to: t.arg({ type: PolicyVersionInput, required: true, description: 'The newer side.' }),
    },
    resolve: async (_root, args, ctx) => {
      const fromKnownAt = parseDate('from.knownAt', args.from.knownAt);
      const toKnownAt = parseDate('to.knownAt', args.to.knownAt);
      const sides: NamedKeys = [
        ['from.policy', 'Policy', args.from.policy],
        ['to.policy', 'Policy', args.to.policy],
      ];
      if (ctx.nestedReads)
        await primePolicyDiff(
          ctx,
          givenKeys(sides).map(([, , key]) => key),
        );
      await requireKeys(ctx, sides);
      const [from, to] = await Promise.all([
        loadSide(ctx, args.from.policy, fromKnownAt),
        loadSide(ctx, args.to.policy, toKnownAt),
      ]);
      const keys = [...new Set([args.from.policy, args.to.policy])];
      const [changesPerPolicy, amendmentsPerPolicy] = await Promise.all([
        allOrNow(keys.map((k) => follow(ctx, 'IN_POLICY', 'in', 'Policy', ['PolicyChange'], k))),
        allOrNow(keys.map((k) => follow(ctx, 'AMENDS', 'in', 'Policy', ['Amendment'], k))),
      ]);
      const changes = changesPerPolicy.flat().map((l) => l.node);
      const comparedWith = await allOrNow(
        changes.map((c) => followNode(ctx, 'COMPARED_WITH', 'out', 'PolicyChange', ['Policy'], c.key)),
      );
      // The insurer's own list: changes one of the two states against the other.
      const documented = changes.filter((c, i) => {
        const other = comparedWith[i]?.key;
        const own = changesPerPolicy.findIndex((list) => list.some((l) => l.node.key === c.key));
        return other !== undefined && other !== keys[own] && keys.includes(other);
      });
      const affected = await allOrNow(
        documented.map((c) => followNodes(ctx, 'AFFECTS', 'out', 'PolicyChange', ['Criterion', 'Performance'], c.key)),
      );
      const saidOf = (effects: string[]) =>
        new Set(
          documented.flatMap((c, i) => (effects.includes(c.effect) ? (affected[i] ?? []).map((n) => n.key) : [])),
        );
      const result = diffVersions(from, to, { added: saidOf(['added']), removed: saidOf(['removed', 'discontinued']) });
      const applied = (date: string, knownAt: string | undefined) => !knownAt || date <= knownAt;
      const amendments = amendmentsPerPolicy
        .flat()
        .map((l) => l.node)
        .filter((a) =>
          args.from.policy === args.to.policy ? applied(a.date, toKnownAt) && !applied(a.date, fromKnownAt) : true,
        );
      return { ...result, from, to, documentedChanges: documented, amendments };
    },
  }),
);
