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
 * (a node with the links it fetched along). Compact forms the Neo4j engine decodes (lists rather than maps on
 * the wire, the same TypeScript): `Policy(key, title)`, `node(key, name)`, `[name: T, other: U]` and, in
 * such a list, `rel IN_POLICY()`; see src/engine/statement-types.ts, where the types are parsed.
 */
import { annotationLines, parseType, type TypeNode } from '../src/engine/statement-types';

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
    case 'tuple':
      return `{ ${type.fields.map(([name, t]) => `${name}: ${typeScript(t, side)}`).join('; ')} }`;
  }
}

/** The interface a hand-written statement declares; throws AnnotationError when it declares none or a wrong one. */
export function parseAnnotations(statement: string, text: string): StatementInterface {
  const params: Record<string, string> = {};
  const columns: Record<string, string> = {};
  const seen = { param: [] as string[], return: [] as string[] };
  for (const { tag, name, rest, line } of annotationLines(text)) {
    if (!name) throw new AnnotationError(statement, `@${tag} without a name: "${line}"`);
    seen[tag].push(name);
    if (name === 'none') continue;
    const target = tag === 'param' ? params : columns;
    if (name in target) throw new AnnotationError(statement, `@${tag} ${name} is declared twice`);
    try {
      const { type } = parseType(rest);
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
