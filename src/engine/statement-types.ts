import { nodeLabels, relationshipTypes, type NodeLabel, type RelationshipType } from '../model/graph-model';
import { storedNodeProperties } from '../model/derive';

/**
 * The types a hand-written statement declares for its parameters and columns in its header
 * (`// @return node Policy`; the grammar is described in scripts/cypher-annotations.ts, which turns them
 * into TypeScript). The Neo4j engine reads them too: a column may be declared compact, sent as lists
 * rather than maps, and the engine turns it back into the maps its type names (src/engine/compact-rows.ts).
 *
 * Compact forms, for answers of hundreds of nodes (the driver decodes a map entry by entry, its key a string
 * of its own; a list is a third of the work):
 * - `Policy(key, title)`: a partial Policy node sent as `[p.key, p.title]`;
 * - `node(key, name)`: a partial node of any kind, its label first: `[labels(o)[0], o.key, o.name]`;
 * - `[node: Policy(key), policy: string]`: a map sent as a list of its fields' values in this order;
 * - `rel ISSUED_BY()` in such a list: a link's relationship with none of its properties, which takes no
 *   place in the list: the engine makes it (partial: code that reads a property of it fails).
 */
export type TypeNode =
  | { kind: 'scalar'; name: 'string' | 'int' | 'float' | 'boolean' | 'date' }
  | { kind: 'null' }
  | { kind: 'literal'; value: string }
  | { kind: 'node'; label?: NodeLabel; compact?: readonly string[] }
  | { kind: 'property'; label: NodeLabel; property: string }
  | { kind: 'rel'; type?: RelationshipType; compact?: true }
  | { kind: 'list'; of: TypeNode }
  | { kind: 'map'; fields: Array<[string, TypeNode]> }
  | { kind: 'tuple'; fields: Array<[string, TypeNode]> }
  | { kind: 'union'; of: TypeNode[] };

const SCALARS = new Set(['string', 'int', 'float', 'boolean', 'date']);
const isLabel = (name: string): name is NodeLabel => (nodeLabels as readonly string[]).includes(name);
const isRelationshipType = (name: string): name is RelationshipType =>
  (relationshipTypes as readonly string[]).includes(name);

/**
 * The `// @param` and `// @return` lines of a statement's header: the tag, the name (undefined when the
 * line has none) and the text after it (the type, then a note).
 */
export function annotationLines(
  text: string,
): Array<{ tag: 'param' | 'return'; name: string | undefined; rest: string; line: string }> {
  const out = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const m = /^\/\/\s*@(param|return)\b(.*)$/.exec(line);
    if (!m) continue;
    const body = m[2]!.trim();
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
    out.push({ tag: m[1] as 'param' | 'return', name, rest: body.slice(name?.length ?? 0).trimStart(), line });
  }
  return out;
}

/** Reads a type from the start of `text`; what follows it is the note. */
export function parseType(text: string): { type: TypeNode; rest: string } {
  let at = 0;
  const skipSpace = () => {
    while (text[at] === ' ') at += 1;
  };
  const word = (): string | undefined => {
    const m = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?/.exec(text.slice(at));
    return m?.[0];
  };
  const fail = (message: string): never => {
    throw new Error(`${message} at "${text.slice(at)}"`);
  };

  /** `{a: T, b: U}` or `[a: T, b: U]`: the fields up to the closing bracket. */
  const fields = (close: '}' | ']'): Array<[string, TypeNode]> => {
    at += 1;
    const out: Array<[string, TypeNode]> = [];
    for (;;) {
      skipSpace();
      if (text[at] === close) break;
      const name = word() ?? fail('expected a field name');
      at += name.length;
      skipSpace();
      if (text[at] !== ':') fail('expected :');
      at += 1;
      out.push([name, union()]);
      skipSpace();
      if (text[at] === ',') at += 1;
      else if (text[at] !== close) fail(`expected , or ${close}`);
    }
    at += 1;
    return out;
  };

  /** `(key, name)` after a node type: the properties a compact node sends, in order. */
  const propertyList = (label: NodeLabel | undefined): string[] => {
    at += 1;
    const names: string[] = [];
    for (;;) {
      skipSpace();
      if (text[at] === ')') break;
      const name = word() ?? fail('expected a property name');
      const known = label
        ? name in storedNodeProperties(label)
        : nodeLabels.some((l) => name in storedNodeProperties(l));
      if (!known) fail(`${label ?? 'no node'} has no property ${name}`);
      names.push(name);
      at += name.length;
      skipSpace();
      if (text[at] === ',') at += 1;
      else if (text[at] !== ')') fail('expected , or )');
    }
    at += 1;
    if (names.length === 0) fail('a compact node sends at least its key');
    return names;
  };

  const primary = (): TypeNode => {
    skipSpace();
    if (text[at] === '(') {
      at += 1;
      const inner = union();
      skipSpace();
      if (text[at] !== ')') fail('expected )');
      at += 1;
      return inner;
    }
    // A map: `{criterion: Criterion, topic: {node: Topic, rel: rel HAS_TOPIC}[]}`; the same sent as a list: `[...]`.
    if (text[at] === '{') return { kind: 'map', fields: fields('}') };
    if (text[at] === '[') return { kind: 'tuple', fields: fields(']') };
    if (text[at] === "'") {
      const end = text.indexOf("'", at + 1);
      if (end < 0) fail('unterminated literal');
      const value = text.slice(at + 1, end);
      at = end + 1;
      return { kind: 'literal', value };
    }
    const w = word() ?? fail('expected a type');
    at += w.length;
    if (w === 'null') return { kind: 'null' };
    if (SCALARS.has(w)) return { kind: 'scalar', name: w as 'string' };
    if (w === 'node') return text[at] === '(' ? { kind: 'node', compact: propertyList(undefined) } : { kind: 'node' };
    if (w === 'rel') {
      const save = at;
      skipSpace();
      const t = word();
      if (t && isRelationshipType(t)) {
        at += t.length;
        if (text.startsWith('()', at)) {
          at += 2;
          return { kind: 'rel', type: t, compact: true };
        }
        return { kind: 'rel', type: t };
      }
      at = save;
      return { kind: 'rel' };
    }
    const [label, property] = w.split('.') as [string, string | undefined];
    if (!isLabel(label)) return fail(`unknown type ${w}`);
    if (property === undefined)
      return text[at] === '(' ? { kind: 'node', label, compact: propertyList(label) } : { kind: 'node', label };
    if (!(property in storedNodeProperties(label))) fail(`${label} has no property ${property}`);
    return { kind: 'property', label, property };
  };

  const member = (): TypeNode => {
    let t = primary();
    while (text.startsWith('[]', at)) {
      at += 2;
      t = { kind: 'list', of: t };
    }
    return t;
  };

  const union = (): TypeNode => {
    const of = [member()];
    for (;;) {
      const save = at;
      skipSpace();
      if (text[at] !== '|') {
        at = save;
        break;
      }
      at += 1;
      of.push(member());
    }
    return of.length === 1 ? of[0]! : { kind: 'union', of };
  };

  const type = union();
  const rest = text.slice(at);
  if (rest !== '' && !rest.startsWith(' ')) fail('expected a space before the note');
  return { type, rest: rest.trim() };
}

/** The columns a statement's header declares (`// @return name type`), in order; none for `@return none`. */
export function declaredColumns(text: string): Array<[string, TypeNode]> {
  return annotationLines(text)
    .filter((a) => a.tag === 'return' && a.name !== undefined && a.name !== 'none')
    .map((a) => [a.name!, parseType(a.rest).type]);
}
