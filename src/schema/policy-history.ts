import { nodeUnion } from './unions';
import { Amendment } from './amendment';
import { builder } from './builder';
import { weighs } from './cost';
import { givenKeys, requireKeys, type NamedKeys } from './arguments';
import type { Context } from './context';
import type { ParamsOf } from '../engine/statements';
import { DateScalar } from './graph-node';
import { Milestone } from './milestone';
import { Policy } from './policy';
import { PolicyChange } from './policy-change';

/** One dated (or datable) event in the history of an insurer's policies. */
interface EventRow {
  kind: EventKind;
  key: string;
  date: string | null;
  policy: string;
  years: number[];
}

const KINDS = ['VERSION', 'DOCUMENTED_CHANGE', 'AMENDMENT', 'MILESTONE'] as const;
type EventKind = (typeof KINDS)[number];
const LABEL = {
  VERSION: 'Policy',
  DOCUMENTED_CHANGE: 'PolicyChange',
  AMENDMENT: 'Amendment',
  MILESTONE: 'Milestone',
} as const satisfies Record<EventKind, string>;
const QUERY = {
  VERSION: 'policy/find-policy-versions',
  DOCUMENTED_CHANGE: 'policy/find-policy-documented-changes',
  AMENDMENT: 'policy/find-policy-amendments',
  MILESTONE: 'policy/find-policy-milestones',
} as const satisfies Record<EventKind, string>;

const PolicyEventKind = builder.enumType('PolicyEventKind', {
  description: 'What happened.',
  values: {
    VERSION: { description: 'A version of a policy (published, or reconstructed from a later change table).' },
    DOCUMENTED_CHANGE: { description: 'A change the insurer lists against the previous version.' },
    AMENDMENT: { description: 'A dated amendment to a published policy.' },
    MILESTONE: { description: 'A step in the purchasing calendar.' },
  },
});

const PolicyEventItem = nodeUnion(
  'PolicyEventItem',
  'The node the event is about.',
  ['Policy', 'PolicyChange', 'Amendment', 'Milestone'],
  () => [Policy, PolicyChange, Amendment, Milestone],
);

const PolicyEvent = builder.objectRef<EventRow>('PolicyEvent').implement({
  description:
    'An event in the history of an insurer’s policies. Events without a day of their own are placed at the start of the first year their policy covers.',
  fields: (t) => ({
    kind: t.field({ type: PolicyEventKind, description: 'What happened.', resolve: (e) => e.kind }),
    date: t.field({
      type: DateScalar,
      nullable: true,
      description: 'The day, where the source gives one (a version: its publication date).',
      resolve: (e) => e.date,
    }),
    year: t.int({ description: 'The first year the policy concerned covers.', resolve: (e) => Math.min(...e.years) }),
    policy: t.field({
      type: Policy,
      description: 'The policy (version) the event belongs to.',
      resolve: (e, _a, ctx) => ctx.loaders.node('Policy', e.policy),
    }),
    item: t.field({
      type: PolicyEventItem,
      description: 'The version, change, amendment or milestone itself.',
      resolve: (e, _a, ctx) => ctx.loaders.node(LABEL[e.kind], e.key),
    }),
    reviewed: t.boolean({
      description:
        'The item’s own `reviewed`: false for what a draft served with `--drafts` proposes and no curator has reviewed yet.',
      // The same loader call as `item`: one statement for both.
      resolve: async (e, _a, ctx) => (await ctx.loaders.whole(await ctx.loaders.node(LABEL[e.kind], e.key))).reviewed,
    }),
  }),
});

/**
 * Oldest first. A version without a publication day stands where its purchasing round starts: the
 * earliest of its own dated events from the year before its first year on (a 2024 policy's calendar of
 * 2023, its amendments of July 2023) and the start of its first year; what it recalls of earlier years
 * ("sinds 2016") stays before it. An event without a day of its own stands with its version, after it.
 */
function chronological(events: EventRow[]): EventRow[] {
  const starts = new Map<string, string>();
  for (const e of events) {
    if (e.kind !== 'VERSION') continue;
    starts.set(e.policy, e.date ?? `${Math.min(...e.years)}-01-01`);
  }
  const published = new Set(events.filter((e) => e.kind === 'VERSION' && e.date).map((e) => e.policy));
  for (const e of events) {
    const own = starts.get(e.policy);
    if (!e.date || !own || published.has(e.policy)) continue;
    const roundOpens = `${Math.min(...e.years) - 1}-01-01`;
    if (e.date >= roundOpens && e.date < own) starts.set(e.policy, e.date);
  }
  // Every event's policy has a start: versions of every policy in the answer set one above.
  const versionDay = (policy: string) => starts.get(policy) ?? '';
  const key = (e: EventRow) => `${e.date ?? versionDay(e.policy)}|${e.date ? 1 : 0}|${KINDS.indexOf(e.kind)}|${e.key}`;
  const atStart = (e: EventRow) => (e.kind === 'VERSION' && !e.date ? `${versionDay(e.policy)}|0|0|${e.key}` : key(e));
  return [...events].sort((a, b) => atStart(a).localeCompare(atStart(b)));
}

builder.queryField('policyHistory', (t) =>
  t.field({
    type: [PolicyEvent],
    // Four statements over every version, change, amendment and milestone of an insurer.
    extensions: weighs(200),
    description:
      'A timeline of an insurer’s policy versions, amendments, documented changes and milestones, oldest first.',
    args: {
      insurer: t.arg.string({
        required: true,
        description: 'Key of the insurer (also finds policies purchasing on its behalf).',
      }),
      careType: t.arg.string({ description: 'Only policies covering this care type or a narrower one (key).' }),
    },
    resolve: async (_root, args, ctx) => {
      const keys: NamedKeys = [
        ['insurer', 'Insurer', args.insurer],
        ['careType', 'CareType', args.careType],
      ];
      const params = { insurer: args.insurer, careType: args.careType ?? '' };
      if (ctx.nestedReads) return chronological(await answerHistory(ctx, keys, params));
      await requireKeys(ctx, keys);
      const parts = await Promise.all(
        KINDS.map(async (kind) =>
          (await ctx.db.read(QUERY[kind], params)).map((r): EventRow => ({
            kind,
            key: r.key,
            date: r.date,
            policy: r.policy,
            years: r.years,
          })),
        ),
      );
      return chronological(parts.flat());
    },
  }),
);

/** The history in one statement (Neo4j), its nodes and links primed into the request's loaders. */
async function answerHistory(
  ctx: Context,
  keys: NamedKeys,
  params: ParamsOf<'policy/answer-policy-history.neo4j'>,
): Promise<EventRow[]> {
  givenKeys(keys);
  const [answer] = await ctx.db.read('policy/answer-policy-history.neo4j', params);
  if (!answer) throw new Error('policy/answer-policy-history.neo4j returned no row');
  const { loaders } = ctx;
  loaders.prime('Insurer', params.insurer, answer.insurer);
  if (params.careType) loaders.prime('CareType', params.careType, answer.careType);
  await requireKeys(ctx, keys);
  return answer.policies.flatMap(({ node: p, amendments, changes, milestones }): EventRow[] => {
    const of = (kind: EventKind, key: string, date: string | null): EventRow => ({
      kind,
      key,
      date,
      policy: p.key,
      years: p.years,
    });
    loaders.prime('Policy', p.key, p);
    for (const a of amendments) {
      loaders.prime('Amendment', a.node.key, a.node);
      loaders.primeLinks('WITHDRAWN_BY', 'in', 'Amendment', 'Criterion', a.node.key, a.withdraws);
    }
    for (const c of changes) loaders.prime('PolicyChange', c.key, c);
    for (const m of milestones) loaders.prime('Milestone', m.key, m);
    return [
      of('VERSION', p.key, p.publishedOn),
      ...changes.map((c) => of('DOCUMENTED_CHANGE', c.key, p.publishedOn)),
      ...amendments.map((a) => of('AMENDMENT', a.node.key, a.node.date)),
      ...milestones.map((m) => of('MILESTONE', m.key, m.date)),
    ];
  });
}
