import { relationshipTypes } from '../../model/graph-model';
import { relationshipSpec } from '../../model/derive';
import type { SeedProblem } from '../read-seed';
import { problemAt, type Definition } from './declaration';
import type { GraphRows, Row } from './graph-rows';

/** A chain the model declares (versions, broader types) must end: every cycle is a problem, named at its first key. */
export function checkChains(graph: GraphRows, definitions: Map<string, Definition>, problems: SeedProblem[]): void {
  for (const type of relationshipTypes) {
    const { chainOf, seedField } = relationshipSpec(type);
    if (!chainOf) continue;
    for (const cycle of cyclesOf(graph.rowsOf(type))) {
      const d = definitions.get(cycle[0])?.node;
      const message = `forms a cycle (${cycle.join(' → ')} → ${cycle[0]}): a chain of ${chainOf} must end`;
      if (d) problems.push(problemAt(d, seedField, message));
    }
  }
}

/** Each cycle of a chain relationship once, as the keys along it, starting from its smallest key. */
function cyclesOf(rows: Row[]): Array<[string, ...string[]]> {
  const next = new Map<string, string[]>();
  for (const r of rows) next.set(String(r.fromKey), [...(next.get(String(r.fromKey)) ?? []), String(r.toKey)]);
  const cycles = new Map<string, [string, ...string[]]>();
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (key: string) => {
    state.set(key, 'open');
    path.push(key);
    for (const to of next.get(key) ?? []) {
      if (state.get(to) === 'open') {
        const cycle = path.slice(path.indexOf(to));
        const smallest = cycle.reduce((a, b) => (b < a ? b : a), to);
        const start = cycle.indexOf(smallest);
        const rotated: [string, ...string[]] = [smallest, ...cycle.slice(start + 1), ...cycle.slice(0, start)];
        cycles.set(rotated.join('|'), rotated);
      } else if (!state.has(to)) visit(to);
    }
    path.pop();
    state.set(key, 'done');
  };
  for (const key of [...next.keys()].sort()) if (!state.has(key)) visit(key);
  return [...cycles.values()];
}
