import { diffVersions, type VersionItem, type VersionSide } from '../src/diff/policy-diff';
import type { NodeRow } from '../src/model/rows';

/**
 * Do the project and the peer return the same items? Each answer is reduced to the keys of what it lists
 * (in order where the question orders them), and the two lists must be equal. The benchmark checks this
 * for every question it times on both, before timing, and stops if one differs.
 *
 * - requirements: `policy/criterion` per item, in the order of the page (both order by policy, line, key);
 * - policyDiff: the peer only fetches both versions; the diff a client computes from them with the
 *   project's own diffVersions (src/diff/policy-diff.ts) must add, remove and change the same criteria,
 *   and list the same documented changes, as the project's policyDiff;
 * - regions: per region in order, its alliances (name and policy) with their partners' keys.
 */

export type PeerQuestion = 'requirements' | 'policyDiff' | 'regions';

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : String(value));
const sorted = (items: string[]) => [...items].sort();

/** The item keys of the project's answer (its `data`). */
export function projectItems(question: PeerQuestion, data: Json): string[] {
  switch (question) {
    case 'requirements':
      return list(obj(data.requirements).edges).map((e) => {
        const node = obj(e.node);
        return `${str(obj(node.policy).key)}/${str(obj(node.criterion).key)}`;
      });
    case 'policyDiff': {
      const diff = obj(data.policyDiff);
      return diffItems({
        added: list(diff.added).map((c) => str(c.key)),
        removed: list(diff.removed).map((c) => str(c.key)),
        changed: list(diff.changed).map((c) => `${str(obj(c.before).key)}>${str(obj(c.after).key)}`),
        documented: list(diff.documentedChanges).map((c) => `${str(c.subject)}|${str(c.effect).toLowerCase()}`),
      });
    }
    case 'regions':
      return list(data.regions).flatMap((r) => [
        `region ${str(r.key)}`,
        ...sorted(list(r.alliances).map((a) => allianceItem(a))),
      ]);
  }
}

/** The item keys of the peer's answer; `variables` are the peer's (policyDiff: `policies: [from, to]`). */
export function peerItems(question: PeerQuestion, data: Json, variables: Json = {}): string[] {
  switch (question) {
    case 'requirements':
      return list(data.requirementsFor).map((c) => `${str(obj(c.policy).key)}/${str(c.key)}`);
    case 'policyDiff':
      return peerDiff(data, variables);
    case 'regions':
      return list(data.regions).flatMap((r) => [
        `region ${str(r.key)}`,
        ...sorted(list(r.alliancesInRegion).map((a) => allianceItem(a))),
      ]);
  }
}

function allianceItem(a: Json): string {
  const partners = sorted(list(a.partners).map((p) => str(p.key)));
  return `alliance ${str(a.name)} in ${str(obj(a.policy).key)}: ${partners.join(',')}`;
}

function diffItems(d: { added: string[]; removed: string[]; changed: string[]; documented: string[] }): string[] {
  return [
    ...sorted(d.added).map((k) => `added ${k}`),
    ...sorted(d.removed).map((k) => `removed ${k}`),
    ...sorted(d.changed).map((k) => `changed ${k}`),
    ...sorted(d.documented).map((k) => `documented ${k}`),
  ];
}

/** What a client of the peer computes from the two versions it fetched: the project's diff, on the client. */
function peerDiff(data: Json, variables: Json): string[] {
  const [fromKey, toKey] = list(variables.policies).map(str) as unknown as [string, string];
  const policies = new Map(list(data.policies).map((p) => [str(p.key), p]));
  const side = (key: string): VersionSide => {
    const p = obj(policies.get(key));
    const criteria = list(p.criteriaInPolicy).map((c): VersionItem<'Criterion'> => {
      const ancestors: string[] = [];
      for (let at = obj(c.previousVersion); at.key !== undefined; at = obj(at.previousVersion))
        ancestors.push(str(at.key));
      return {
        node: c as unknown as NodeRow<'Criterion'>,
        ancestors,
        withdrawnOn: (obj(c.withdrawnBy).date as string | undefined) ?? null,
        addedOn: (obj(c.addedBy).date as string | undefined) ?? null,
      };
    });
    return { policy: p as unknown as NodeRow<'Policy'>, criteria, performances: [] };
  };
  // The insurer's own list: the changes either policy states against the other (as the project's resolver).
  const keys = [...new Set([fromKey, toKey])];
  const documented = keys.flatMap((own) =>
    list(obj(policies.get(own)).policyChangesInPolicy).filter((c) => {
      const other = obj(c.comparedWith).key;
      return typeof other === 'string' && other !== own && keys.includes(other);
    }),
  );
  const saidOf = (effects: string[]) =>
    new Set(
      documented.filter((c) => effects.includes(str(c.effect))).flatMap((c) => list(c.affects).map((n) => str(n.key))),
    );
  const diff = diffVersions(side(fromKey), side(toKey), {
    added: saidOf(['added']),
    removed: saidOf(['removed', 'discontinued']),
  });
  return diffItems({
    added: diff.added.map((c) => c.key),
    removed: diff.removed.map((c) => c.key),
    changed: diff.changed.map((c) => `${c.before.key}>${c.after.key}`),
    documented: documented.map((c) => `${str(c.subject)}|${str(c.effect).toLowerCase()}`),
  });
}

/** Null when both list the same items, else what differs (a few items each way), for the error message. */
export function parityProblem(project: string[], peer: string[]): string | null {
  if (project.length === peer.length && project.every((item, i) => item === peer[i])) return null;
  const onlyProject = project.filter((i) => !peer.includes(i));
  const onlyPeer = peer.filter((i) => !project.includes(i));
  const sample = (items: string[]) => items.slice(0, 5).join('; ') + (items.length > 5 ? ` … (${items.length})` : '');
  return onlyProject.length === 0 && onlyPeer.length === 0
    ? `the same ${project.length} items in another order`
    : `${project.length} items against ${peer.length}; only the project: ${sample(onlyProject) || 'none'}; only the peer: ${sample(onlyPeer) || 'none'}`;
}
