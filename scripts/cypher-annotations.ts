/**
 * The interface a hand-written statement declares in its header comment, and its TypeScript types:
 *
 *   // @param insurer string  key; '' when not filtered
 *   // @param year int  0 when not filtered
 *   // @return node Policy
 *   // @return total int
 *
 * `// @param none` and `// @return none` say that a statement takes no parameters or returns no rows; a
 * statement must say both, so that a file nobody annotated is an error, not a statement of no interface.
 * After the type, anything is a note for the reader.
 *
 * Types: string, int, float, boolean, date ('YYYY-MM-DD'); a node label (`Policy`: that node as the
 * engines return it, NodeRow<'Policy'>), `node` (a node of any label), `rel` or `rel IN_POLICY` (a
 * relationship), `Label.property` (the type of that stored property: `Milestone.date` is a date or null);
 * 'literal'; `null`; `T[]`; `A | B`; parentheses to group; `{name: T, other: U}` for a map a statement nests
 * (a node with the links it fetched along).
 */
import { nodeLabels, relationshipTypes, type NodeLabel } from '../src/model/graph-model';
import { storedNodeProperties } from '../src/model/derive';

export interface StatementInterface {
  /** Parameter name → TypeScript type. */
  params: Record<string, string>;
  /** Column name → TypeScript type; null for a statement that returns no rows. */
  columns: Record<string, string> | null;
}

export class AnnotationError extends Error {
  constructor(statement: string, message: string) {
    super(`cypher/${statement}.cypher: ${message}`);
    this.name = 'AnnotationError';
  }
}

type TypeNode =
  | { kind: 'scalar'; name: 'string' | 'int' | 'float' | 'boolean' | 'date' }
  | { kind: 'null' }
  | { kind: 'literal'; value: string }
  | { kind: 'node'; label?: NodeLabel }
  | { kind: 'property'; label: NodeLabel; property: string }
  | { kind: 'rel'; type?: string }
  | { kind: 'list'; of: TypeNode }
  | { kind: 'map'; fields: Array<[string, TypeNode]> }
  | { kind: 'union'; of: TypeNode[] };

const SCALARS = new Set(['string', 'int', 'float', 'boolean', 'date']);
const isLabel = (name: string): name is NodeLabel => (nodeLabels as readonly string[]).includes(name);
const isRelationshipType = (name: string) => (relationshipTypes as readonly string[]).includes(name);

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
    if (text[at] === '{') {
      // A map: `{criterion: Criterion, topic: {node: Topic, rel: rel HAS_TOPIC}[]}`.
      at += 1;
      const fields: Array<[string, TypeNode]> = [];
      for (;;) {
        skipSpace();
        if (text[at] === '}') break;
        const name = word() ?? fail('expected a field name');
        at += name.length;
        skipSpace();
        if (text[at] !== ':') fail('expected :');
        at += 1;
        fields.push([name, union()]);
        skipSpace();
        if (text[at] === ',') at += 1;
        else if (text[at] !== '}') fail('expected , or }');
      }
      at += 1;
      return { kind: 'map', fields };
    }
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
    if (w === 'node') return { kind: 'node' };
    if (w === 'rel') {
      const save = at;
      skipSpace();
      const t = word();
      if (t && isRelationshipType(t)) {
        at += t.length;
        return { kind: 'rel', type: t };
      }
      at = save;
      return { kind: 'rel' };
    }
    const [label, property] = w.split('.') as [string, string | undefined];
    if (!isLabel(label)) return fail(`unknown type ${w}`);
    if (property === undefined) return { kind: 'node', label };
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

/**
 * The TypeScript for a type. A parameter's lists are readonly, so that a caller may pass what it holds;
 * a row's are not, as in NodeRow.
 */
export function typeScript(type: TypeNode, side: 'param' | 'row'): string {
  switch (type.kind) {
    case 'scalar':
      return type.name === 'int' || type.name === 'float' ? 'number' : type.name === 'boolean' ? 'boolean' : 'string';
    case 'null':
      return 'null';
    case 'literal':
      return `'${type.value}'`;
    case 'node':
      return type.label ? `NodeRow<'${type.label}'>` : 'AnyNodeRow';
    case 'property':
      return `NodeRow<'${type.label}'>['${type.property}']`;
    case 'rel':
      return type.type ? `RelationshipRow<'${type.type}'>` : 'RelationshipRow';
    case 'list': {
      const of = typeScript(type.of, side);
      const element = type.of.kind === 'union' ? `(${of})` : of;
      return side === 'param' ? `readonly ${element}[]` : `${element}[]`;
    }
    case 'union':
      return type.of.map((t) => typeScript(t, side)).join(' | ');
    case 'map':
      return `{ ${type.fields.map(([name, t]) => `${name}: ${typeScript(t, side)}`).join('; ')} }`;
  }
}

const ANNOTATION = /^\/\/\s*@(param|return)\b(.*)$/;

/** The interface a hand-written statement declares; throws AnnotationError when it declares none or a wrong one. */
export function parseAnnotations(statement: string, text: string): StatementInterface {
  const params: Record<string, string> = {};
  const columns: Record<string, string> = {};
  const seen = { param: [] as string[], return: [] as string[] };
  for (const line of text.split('\n')) {
    const m = ANNOTATION.exec(line.trim());
    if (!m) continue;
    const tag = m[1] as 'param' | 'return';
    const body = m[2]!.trim();
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
    if (!name) throw new AnnotationError(statement, `@${tag} without a name: "${line.trim()}"`);
    seen[tag].push(name);
    if (name === 'none') continue;
    const target = tag === 'param' ? params : columns;
    if (name in target) throw new AnnotationError(statement, `@${tag} ${name} is declared twice`);
    try {
      const { type } = parseType(body.slice(name.length).trimStart());
      target[name] = typeScript(type, tag === 'param' ? 'param' : 'row');
    } catch (error) {
      throw new AnnotationError(statement, `@${tag} ${name}: ${(error as Error).message}`);
    }
  }
  for (const tag of ['param', 'return'] as const) {
    if (seen[tag].length === 0)
      throw new AnnotationError(statement, `declares no @${tag} (write "// @${tag} none" when it has none)`);
    if (seen[tag].includes('none') && seen[tag].length > 1)
      throw new AnnotationError(statement, `@${tag} none beside other @${tag} lines`);
  }
  return { params, columns: seen.return.includes('none') ? null : columns };
}
