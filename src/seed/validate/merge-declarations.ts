import { nodeSpec } from '../../model/derive';
import type { SeedProblem } from '../read-seed';
import { problemAt, type DeclaredData, type Declaration, type Definition } from './declaration';

/**
 * Keys are unique across the graph. A shared node's declarations must agree with each other, and
 * together they must give every required property and (where the kind is cited) a citation.
 */
export function mergeDeclarations(declarations: Declaration[], problems: SeedProblem[]): Map<string, Definition> {
  const byKey = new Map<string, [Declaration, ...Declaration[]]>();
  const where = (x: Declaration) => `${x.record.file}:${x.record.line}`;
  // Per key and property, the first declaration that gives it: every later one is compared with that one
  // (agreeing with the first is agreeing with all), so a shared node named in many files costs linear time.
  const firstGiven = new Map<string, Map<string, { json: string; by: Declaration }>>();
  for (const d of declarations) {
    const key = d.data.key;
    const list = byKey.get(key);
    if (list && (list[0].label !== d.label || !nodeSpec(d.label).shared)) {
      const message = `key "${key}" is already used by a ${list[0].label} at ${where(list[0])}; keys are unique across the graph`;
      problems.push(problemAt(d, 'key', message));
      continue;
    }
    const given = firstGiven.get(key) ?? new Map<string, { json: string; by: Declaration }>();
    for (const name of Object.keys(nodeSpec(d.label).properties)) {
      const value = d.data[name];
      if (value === undefined) continue;
      const json = JSON.stringify(value);
      const earlier = given.get(name);
      if (!earlier) given.set(name, { json, by: d });
      else if (earlier.json !== json) {
        problems.push(
          problemAt(d, name, `disagrees with the declaration at ${where(earlier.by)} (${earlier.json} vs ${json})`),
        );
      }
    }
    firstGiven.set(key, given);
    if (list) list.push(d);
    else byKey.set(key, [d]);
  }
  const definitions = new Map<string, Definition>();
  for (const [key, list] of byKey) definitions.set(key, definitionOf(key, list, problems));
  return definitions;
}

function definitionOf(key: string, list: [Declaration, ...Declaration[]], problems: SeedProblem[]): Definition {
  const [first] = list;
  const spec = nodeSpec(first.label);
  if (!spec.shared) return { node: first, sources: [first] };
  const merged: DeclaredData = { key };
  for (const d of list)
    for (const [k, v] of Object.entries(d.data)) if (merged[k] === undefined && k !== 'cite') merged[k] = v;
  const cited = list.find((d) => d.data.cite !== undefined);
  if (cited) merged.cite = cited.data.cite;
  const missing = Object.entries(spec.properties).filter(([name, p]) => p.required && merged[name] === undefined);
  for (const [name] of missing)
    problems.push(problemAt(first, name, `no declaration of "${key}" gives its required ${name}`));
  if (spec.citation === 'required' && !cited)
    problems.push(problemAt(first, 'cite', `"${key}" needs a citation: no document file cites it`));
  // The merged record holds the node's properties and its primary citation.
  return { node: { ...first, data: merged, docKey: cited?.docKey }, sources: list };
}
