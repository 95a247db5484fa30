import type * as LanguageSupport from '@neo4j-cypher/language-support' with { 'resolution-mode': 'import' };
import type { SimpleTree } from '@neo4j-cypher/language-support' with { 'resolution-mode': 'import' };

// The package's types are ESM; it also ships a CommonJS build, which is what `require` loads here.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see the line above
const { getDebugTree, parseParameters } = require('@neo4j-cypher/language-support') as typeof LanguageSupport;
import { statementInterfaces } from '../../scripts/generate-cypher';
import { AnnotationError, parseAnnotations } from '../../scripts/cypher-annotations';
import { allCypherNames, cypher } from '../../src/engine/cypher';

const leaves = (tree: SimpleTree): string[] => (tree.children?.length ? tree.children.flatMap(leaves) : [tree.name]);

const find = (tree: SimpleTree, name: string): SimpleTree[] =>
  tree.name === name ? [tree] : (tree.children ?? []).flatMap((c) => find(c, name));

/** What the statement's last RETURN names its columns, by Neo4j's own parser; [] for none. */
function returnColumns(text: string): string[] {
  // The outermost query's clauses: a RETURN inside an EXISTS or CALL subquery names no column.
  const [query] = find(getDebugTree(text), 'singleQuery');
  const returns = (query?.children ?? []).flatMap((clause) =>
    (clause.children ?? []).filter((c) => c.name === 'returnClause'),
  );
  const last = returns[returns.length - 1];
  if (!last) return [];
  return find(last, 'returnItem').map((item) => {
    const alias = item.children?.find((c) => c.name === 'variable');
    // Without AS, Neo4j names the column by the expression as written (`key`, `b.key`).
    return leaves(alias ?? item.children![0]!).join('');
  });
}

/** The parameters a statement uses; LadybugDB's own statements (CHECKPOINT) are no Cypher Neo4j parses. */
function parameters(name: string, text: string): string[] {
  if (!name.endsWith('.embedded')) return parseParameters(text, false);
  const code = text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n');
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
}

function interfaceProblems(name: string, text: string, declared: { params: object; columns: object | null }): string[] {
  const problems: string[] = [];
  const used = parameters(name, text).sort();
  const params = Object.keys(declared.params).sort();
  if (JSON.stringify(used) !== JSON.stringify(params))
    problems.push(`uses parameters [${used.join(', ')}], declares [${params.join(', ')}]`);
  const returned = name.endsWith('.embedded') && !/\bRETURN\b/i.test(text) ? [] : returnColumns(text);
  const columns = declared.columns === null ? [] : Object.keys(declared.columns);
  if (JSON.stringify(returned) !== JSON.stringify(columns))
    problems.push(`returns [${returned.join(', ')}], declares [${columns.join(', ')}]`);
  if (declared.columns !== null && returned.length === 0) problems.push('declares columns but returns no rows');
  return problems;
}

const interfaces = statementInterfaces();

describe('the interface each statement declares', () => {
  it('is declared for every statement under cypher/', () => {
    expect([...interfaces.keys()].sort()).toEqual(allCypherNames());
  });

  it.each(allCypherNames())('of cypher/%s.cypher is exactly its parameters and RETURN columns', (name) => {
    expect(interfaceProblems(name, cypher(name), interfaces.get(name)!)).toEqual([]);
  });

  it('is required: a statement without annotations is refused', () => {
    const text = '// The policies.\nMATCH (p:Policy)\nRETURN p AS node\n';
    expect(() => parseAnnotations('policy/unannotated', text)).toThrow(AnnotationError);
    expect(() => parseAnnotations('policy/unannotated', `// @param none\n${text}`)).toThrow(/declares no @return/);
  });

  it('finds a declaration that differs from the statement', () => {
    const text =
      '// @param year int\n// @return node Policy\nMATCH (p:Policy)\nWHERE $years = 1\nRETURN p AS policy, p.key\n';
    expect(interfaceProblems('policy/wrong', text, parseAnnotations('policy/wrong', text))).toEqual([
      'uses parameters [years], declares [year]',
      'returns [policy, p.key], declares [node]',
    ]);
  });

  it('types what the annotations say', () => {
    const text = [
      "// @param insurer string  key, or ''",
      '// @param insurers string[]',
      '// @return node Policy',
      '// @return date Milestone.date  a note',
      '// @return rel rel IN_POLICY',
      "// @return kind 'VERSION' | null",
      '// @return names (string | null)[]',
    ].join('\n');
    expect(parseAnnotations('x', text)).toEqual({
      params: { insurer: 'string', insurers: 'readonly string[]' },
      columns: {
        node: "NodeRow<'Policy'>",
        date: "NodeRow<'Milestone'>['date']",
        rel: "RelationshipRow<'IN_POLICY'>",
        kind: "'VERSION' | null",
        names: '(string | null)[]',
      },
    });
    expect(() => parseAnnotations('x', '// @param none\n// @return node Polcy')).toThrow(/unknown type Polcy/);
    expect(() => parseAnnotations('x', '// @param none\n// @return d Milestone.day')).toThrow(/no property day/);
  });
});
