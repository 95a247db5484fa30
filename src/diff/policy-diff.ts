import type { NodeRow } from '../model/rows';
import { wordDiff, type Segment } from './word-diff';

/**
 * Comparing two versions of a policy (two policies, or one policy at two dates of knowledge). Items are
 * matched through the links between versions of the same requirement or prestatie, never by text.
 */

/** A requirement or a prestatie in one version. */
export interface VersionItem<L extends 'Criterion' | 'Performance' = 'Criterion' | 'Performance'> {
  node: NodeRow<L>;
  /** Keys of this item's earlier versions, nearest first. */
  ancestors: string[];
  withdrawnOn?: string | null;
  addedOn?: string | null;
}

export interface VersionSide {
  policy: NodeRow<'Policy'>;
  knownAt?: string;
  criteria: Array<VersionItem<'Criterion'>>;
  performances: Array<VersionItem<'Performance'>>;
}

export interface CriterionChange {
  before: NodeRow<'Criterion'>;
  after: NodeRow<'Criterion'>;
  segments: Segment[];
}

export interface PerformanceChange {
  before: NodeRow<'Performance'>;
  after: NodeRow<'Performance'>;
}

export interface DiffResult {
  added: Array<NodeRow<'Criterion'>>;
  removed: Array<NodeRow<'Criterion'>>;
  changed: CriterionChange[];
  unchanged: number;
  performancesAdded: Array<NodeRow<'Performance'>>;
  performancesRemoved: Array<NodeRow<'Performance'>>;
  performancesChanged: PerformanceChange[];
  partial: boolean;
  reason: string | null;
}

/** What a version states as known on a date: amendments dated after it are not applied yet. */
export function inForce(item: VersionItem, knownAt: string | undefined): boolean {
  if (item.withdrawnOn && (!knownAt || item.withdrawnOn <= knownAt)) return false;
  if (item.addedOn && knownAt && item.addedOn > knownAt) return false;
  return true;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

function match<I extends VersionItem>(from: I[], to: I[]) {
  const pairs: Array<[I, I]> = [];
  const matchedFrom = new Set<I>();
  const matchedTo = new Set<I>();
  for (const t of to) {
    const tKey = t.node.key;
    const f = from.find(
      (f) =>
        !matchedFrom.has(f) && (f.node.key === tKey || t.ancestors.includes(f.node.key) || f.ancestors.includes(tKey)),
    );
    if (f) {
      pairs.push([f, t]);
      matchedFrom.add(f);
      matchedTo.add(t);
    }
  }
  return { pairs, onlyFrom: from.filter((f) => !matchedFrom.has(f)), onlyTo: to.filter((t) => !matchedTo.has(t)) };
}

/** What the insurer's own change list says of items: which it calls added, which removed or discontinued. */
export interface DocumentedEffects {
  added: Set<string>;
  removed: Set<string>;
}

/**
 * When a side is known only from a later change table, only what that table says can be compared: an
 * item of the complete side counts when it matches an item of the reconstructed side, or when the change
 * list calls it added (newer side) or removed (older side); anything else is unknown, not a change.
 */
export function diffVersions(from: VersionSide, to: VersionSide, documented: DocumentedEffects): DiffResult {
  const reconstructed = [from, to].filter((s) => s.policy.reconstructed);
  const partial = reconstructed.length > 0;
  const scope = <I extends VersionItem>(side: VersionSide, items: I[], other: I[]) => {
    const current = items.filter((i) => inForce(i, side.knownAt));
    if (!partial || side.policy.reconstructed) return current;
    const said = side === to ? documented.added : documented.removed;
    const otherKeys = new Set(other.flatMap((o) => [o.node.key, ...o.ancestors]));
    return current.filter(
      (i) => said.has(i.node.key) || otherKeys.has(i.node.key) || i.ancestors.some((a) => otherKeys.has(a)),
    );
  };

  const criteria = match(scope(from, from.criteria, to.criteria), scope(to, to.criteria, from.criteria));
  const performances = match(
    scope(from, from.performances, to.performances),
    scope(to, to.performances, from.performances),
  );
  const changed = criteria.pairs
    .filter(([f, t]) => !sameText(f.node.text, t.node.text))
    .map(([f, t]) => ({ before: f.node, after: t.node, segments: wordDiff(f.node.text, t.node.text) }));

  const reason = partial
    ? `${reconstructed.map((s) => s.policy.key).join(' and ')} ${reconstructed.length > 1 ? 'are' : 'is'} known only from a later change table: only the requirements and prestaties it speaks of are compared.`
    : null;

  return {
    added: criteria.onlyTo.map((i) => i.node),
    removed: criteria.onlyFrom.map((i) => i.node),
    changed,
    unchanged: criteria.pairs.length - changed.length,
    performancesAdded: performances.onlyTo.map((i) => i.node),
    performancesRemoved: performances.onlyFrom.map((i) => i.node),
    performancesChanged: performances.pairs
      .filter(([f, t]) => f.node.status !== t.node.status)
      .map(([f, t]) => ({ before: f.node, after: t.node })),
    partial,
    reason,
  };
}
