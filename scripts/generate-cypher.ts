/**
 * Writes the statements that follow mechanically from the graph model into cypher/model/ and the two
 * engines' schema set-up into cypher/schema/, and every statement's parameter and row types into
 * src/engine/statements.generated.ts (hand-written statements declare theirs in their header, see
 * scripts/cypher-annotations.ts). The files are committed and reviewed like any other query; a test fails
 * when they differ from what this script would write. Run: npm run cypher:generate
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { nodeLabels, relationshipTypes } from '../src/model/graph-model';
import { nodeSpec, relationshipPairs, storedNodeProperties, storedRelationshipProperties } from '../src/model/derive';
import { citationProperties, loadMarker } from '../src/model/graph-model';
import type { PropertyType } from '../src/model/define';
import { kebab } from '../src/model/names';
import {
  CURATED_SEARCH_KINDS,
  FORMER_FULLTEXT_INDEXES,
  FULLTEXT_INDEX,
  SEARCHABLE,
  SOURCE_TEXT_INDEX,
  type SearchKind,
} from '../src/search/searchable';
import { OFFSTAGE, STAGED_PREFIX } from '../src/seed/staging';
import { AnnotationError, parseAnnotations, type StatementInterface } from './cypher-annotations';

/** The embedded engine's derived closure of SUBTYPE_OF (see embeddedSchema). */
export const SUBTYPE_CLOSURE = 'SUBTYPE_CLOSURE';

const GENERATED = '// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.\n';

const ROOT = join(__dirname, '..');
const CYPHER_DIR = join(ROOT, 'cypher');
export const STATEMENT_TYPES_FILE = 'src/engine/statements.generated.ts';

const citationNames = Object.keys(citationProperties);

function sets(variable: string, row: string, names: string[]): string {
  return names.map((n) => `${variable}.${n} = ${row}.${n}`).join(',\n    ');
}

const NO_PARAMS = {};
const KEYS = { keys: 'readonly string[]' };
const ROWS = { rows: 'WriteRows' };

interface GeneratedStatement extends StatementInterface {
  /** The file's text. */
  text: string;
}

/** Every generated statement, by path relative to cypher/, with the interface its text has. */
function generatedStatements(): Map<string, GeneratedStatement> {
  const files = new Map<string, GeneratedStatement>();
  const put = (
    path: string,
    body: string,
    params: Record<string, string> = NO_PARAMS,
    columns: Record<string, string> | null = null,
  ) => files.set(path, { text: `${GENERATED}${body.trim()}\n`, params, columns });

  for (const label of nodeLabels) {
    const dir = `model/${kebab(label)}`;
    const props = Object.keys(storedNodeProperties(label)).filter((p) => p !== 'key' && !citationNames.includes(p));
    const node = `NodeRow<'${label}'>`;
    put(
      `${dir}/get-by-keys.cypher`,
      `UNWIND $keys AS key\nMATCH (n:${label} {key: key})\nRETURN key, n AS node`,
      KEYS,
      { key: 'string', node },
    );
    put(
      `${dir}/list.cypher`,
      `MATCH (n:${label})\nRETURN n AS node\nORDER BY n.key\nSKIP $skip\nLIMIT $limit`,
      { skip: 'number', limit: 'number' },
      { node },
    );
    put(`${dir}/count.cypher`, `MATCH (n:${label})\nRETURN count(n) AS total`, NO_PARAMS, { total: 'number' });
    put(
      `${dir}/upsert.cypher`,
      `UNWIND $rows AS row\nMERGE (n:${label} {key: row.key})\n${props.length ? `SET ${sets('n', 'row', props)}` : ''}`,
      ROWS,
    );
    if (nodeSpec(label).citation !== 'none') {
      put(
        `${dir}/cite.cypher`,
        `UNWIND $rows AS row\nMATCH (n:${label} {key: row.key})\nSET ${sets('n', 'row', citationNames)}`,
        ROWS,
      );
    }
    put(`${dir}/prune.cypher`, `MATCH (n:${label})\nWHERE NOT n.key IN $keys\nDETACH DELETE n`, KEYS);
    // Neo4j loads a new graph as a staged generation, in transactions of bounded size (src/seed/load-seed.ts):
    // its nodes carry `Offstage` and `Staged<Label>` instead of their label, so that no read statement, and
    // not the full-text index, sees them. Citation columns are set here too: a null one leaves no property.
    const staged = `${STAGED_PREFIX}${label}`;
    const all = Object.keys(storedNodeProperties(label)).filter((p) => p !== 'key');
    put(
      `${dir}/stage.neo4j.cypher`,
      `UNWIND $rows AS row\nMERGE (n:${OFFSTAGE}:${staged} {key: row.key})\n${all.length ? `SET ${sets('n', 'row', all)}` : ''}`,
      ROWS,
    );
    // The switch, one transaction for every label: the served nodes leave the graph (they stay as Offstage
    // until deleted in batches), then the staged ones take their label.
    put(`${dir}/retire.neo4j.cypher`, `MATCH (n:${label})\nREMOVE n:${label}\nSET n:${OFFSTAGE}`);
    put(`${dir}/promote.neo4j.cypher`, `MATCH (n:${staged})\nREMOVE n:${OFFSTAGE}:${staged}\nSET n:${label}`);
  }

  for (const type of relationshipTypes) {
    const relProps = Object.keys(storedRelationshipProperties(type));
    const own = relProps.filter((p) => !citationNames.includes(p));
    put(`model/${kebab(type)}/unlink-all.cypher`, `MATCH ()-[r:${type}]->()\nDELETE r`);
    for (const [from, to] of relationshipPairs(type)) {
      const dir = `model/${kebab(type)}/${kebab(from)}-${kebab(to)}`;
      const match = `UNWIND $rows AS row\nMATCH (a:${from} {key: row.fromKey})\nMATCH (b:${to} {key: row.toKey})\nMERGE (a)-[r:${type}]->(b)`;
      put(`${dir}/link.cypher`, own.length ? `${match}\nSET ${sets('r', 'row', own)}` : match, ROWS);
      put(`${dir}/link-cited.cypher`, `${match}\nSET ${sets('r', 'row', relProps)}`, ROWS);
      // Between staged nodes only (found through the offstage_key index), so reads never reach the link.
      put(
        `${dir}/stage-link.neo4j.cypher`,
        `UNWIND $rows AS row\nMATCH (a:${OFFSTAGE}:${STAGED_PREFIX}${from} {key: row.fromKey})\nMATCH (b:${OFFSTAGE}:${STAGED_PREFIX}${to} {key: row.toKey})\nMERGE (a)-[r:${type}]->(b)${relProps.length ? `\nSET ${sets('r', 'row', relProps)}` : ''}`,
        ROWS,
      );
      const rel = `RelationshipRow<'${type}'>`;
      // The shapes LadybugDB plans from the keys outwards (measured on the 100x corpus, `npm run bench`):
      // one pattern `(a {key: key})-[r]->(b)` after UNWIND joins against every a and every r, 15-45 ms at
      // 100x; a look-up of a by key, then an OPTIONAL MATCH from it, and for sources a key list on b, stay
      // at a few ms. Neo4j seeks its key index for all of them.
      put(
        `${dir}/targets.cypher`,
        `UNWIND $keys AS key\nMATCH (a:${from} {key: key})\nOPTIONAL MATCH (a)-[r:${type}]->(b:${to})\nWITH key, b, r\nWHERE b IS NOT NULL\nRETURN key, b AS node, r AS rel\nORDER BY key, b.key`,
        KEYS,
        { key: 'string', node: `NodeRow<'${to}'>`, rel },
      );
      if (type === 'SUBTYPE_OF') {
        // The embedded engine's own (src/engine/embedded-engine.ts embeddedVariant): the type hierarchies are
        // vocabulary, a few dozen links at any corpus size, so the plain pattern cannot turn into a scan of a
        // large table, and LadybugDB, which plans a statement anew at every execution, plans it faster than
        // the form above: a broader-type look-up about 1.6 against 2.7 ms, on seed/ and at 100x alike.
        put(
          `${dir}/targets.embedded.cypher`,
          `MATCH (a:${from})-[r:${type}]->(b:${to})\nWHERE a.key IN $keys\nRETURN a.key AS key, b AS node, r AS rel\nORDER BY key, b.key`,
          KEYS,
          { key: 'string', node: `NodeRow<'${to}'>`, rel },
        );
      }
      put(
        `${dir}/sources.cypher`,
        `MATCH (a:${from})-[r:${type}]->(b:${to})\nWHERE b.key IN $keys\nRETURN b.key AS key, a AS node, r AS rel\nORDER BY key, a.key`,
        KEYS,
        { key: 'string', node: `NodeRow<'${from}'>`, rel },
      );
    }
  }

  // The load marker (src/model/graph-model.ts loadMarker): written last in a load's switching transaction, read
  // once per request (cached by the engine) to tell a loaded graph from an empty or half-made one.
  const marker = loadMarker.label;
  const markerProps = Object.keys(loadMarker.properties).filter((p) => p !== 'key');
  put(
    `model/${kebab(marker)}/mark.cypher`,
    `MERGE (m:${marker} {key: $key})\nSET ${markerProps.map((p) => `m.${p} = $${p}`).join(',\n    ')}`,
    { key: 'string', fingerprint: 'string', loadedAt: 'string', nodeCount: 'number', relationshipCount: 'number' },
  );
  put(
    `model/${kebab(marker)}/read.cypher`,
    `MATCH (m:${marker} {key: $key})\nRETURN ${markerProps.map((p) => `m.${p} AS ${p}`).join(', ')}`,
    { key: 'string' },
    { fingerprint: 'string', loadedAt: 'string', nodeCount: 'number', relationshipCount: 'number' },
  );

  put('schema/create-schema.embedded.cypher', embeddedSchema());
  put('schema/create-schema.neo4j.cypher', neo4jSchema());
  return files;
}

/** Every generated file's text, by path relative to cypher/. */
export function generatedCypher(): Map<string, string> {
  return new Map([...generatedStatements()].map(([path, s]) => [path, s.text]));
}

const nameOf = (path: string) => path.replace(/\.cypher$/, '');

/** The hand-written statements under cypher/ (every file without the generated header), by name. */
function handWrittenStatements(): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(CYPHER_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
    const path = join(entry.parentPath, entry.name);
    const text = readFileSync(path, 'utf8');
    if (!text.startsWith(GENERATED)) out.set(nameOf(relative(CYPHER_DIR, path).replace(/\\/g, '/')), text);
  }
  return out;
}

/** An engine's own variant of a statement (`x.neo4j`, `x.embedded`) and the statement it stands for (`x`). */
const variantOf = (name: string) => name.replace(/\.(neo4j|embedded)$/, '');

/**
 * Every statement's interface, by name: the generated ones as this script writes them, the hand-written
 * ones as their header declares. Engine variants of one statement must declare the same interface: a
 * caller names the statement, not the engine.
 */
export function statementInterfaces(): Map<string, StatementInterface> {
  const out = new Map<string, StatementInterface>();
  for (const [path, { params, columns }] of generatedStatements()) out.set(nameOf(path), { params, columns });
  for (const [name, text] of handWrittenStatements()) out.set(name, parseAnnotations(name, text));
  const byStatement = new Map<string, string>();
  for (const [name, declared] of out) {
    const other = byStatement.get(variantOf(name));
    if (other !== undefined && JSON.stringify(out.get(other)) !== JSON.stringify(declared))
      throw new AnnotationError(name, `declares another interface than cypher/${other}.cypher`);
    byStatement.set(variantOf(name), name);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const WIDTH = 120;

/** A type literal, on one line where it fits Prettier's width at this indent, else one member a line. */
function typeLiteral(prefix: string, members: Record<string, string>, readonly: boolean, indent: string): string {
  const items = Object.entries(members).map(([n, t]) => `${readonly ? 'readonly ' : ''}${n}: ${t};`);
  if (items.length === 0) return `${indent}${prefix}Record<string, never>;`;
  const oneLine = `${indent}${prefix}{ ${items.join(' ').replace(/;$/, '')} };`;
  if (oneLine.length <= WIDTH) return oneLine;
  return [`${indent}${prefix}{`, ...items.map((i) => `${indent}  ${i}`), `${indent}};`].join('\n');
}

/** src/engine/statements.generated.ts: what `engine.read(name, params)` takes and gives, per statement. */
export function statementTypesSource(): string {
  const interfaces = statementInterfaces();
  const entries = [...interfaces].map(([name, { params, columns }]) =>
    [
      `  '${name}': {`,
      typeLiteral('params: ', params, false, '    '),
      columns === null ? '    row: never;' : typeLiteral('row: ', columns, true, '    '),
      '  };',
    ].join('\n'),
  );
  const used = (type: string) => [...interfaces.values()].some((i) => JSON.stringify(i).includes(`${type}`));
  const rowTypes = ['AnyNodeRow', 'NodeRow<', 'RelationshipRow'].filter(used).map((t) => t.replace('<', ''));
  const nodeDirs = nodeLabels.map((l) => `  ${l}: 'model/${kebab(l)}';`);
  const linkDirs = relationshipTypes.map((type) => {
    const byFrom = new Map<string, string[]>();
    for (const [from, to] of relationshipPairs(type))
      byFrom.set(from, [...(byFrom.get(from) ?? []), `${to}: 'model/${kebab(type)}/${kebab(from)}-${kebab(to)}'`]);
    const froms = [...byFrom].map(([from, tos]) =>
      typeLiteral(`${from}: `, Object.fromEntries(tos.map((t) => t.split(': ') as [string, string])), false, '    '),
    );
    return [`  ${type}: {`, ...froms, '  };'].join('\n');
  });
  return `${[
    '// Generated from the cypher/ files and src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.',
    `import type { ${rowTypes.join(', ')} } from '../model/rows';`,
    '',
    '/** A batch of property maps to write, one a node or link: the seed check has held each against the model. */',
    'export type WriteRows = ReadonlyArray<Readonly<Record<string, unknown>>>;',
    '',
    '/**',
    ' * Every statement under cypher/, by name: the parameters it takes and the row it returns (`never`: none).',
    ' * Hand-written statements declare theirs in their header (`// @param`, `// @return`, see',
    ' * scripts/cypher-annotations.ts); the generated ones follow from the model.',
    ' */',
    'export interface Statements {',
    ...entries,
    '}',
    '',
    'export type StatementName = keyof Statements;',
    '',
    "/** Where a node label's generated statements are: `model/policy/list` is Policy's list. */",
    'export interface NodeStatementDirs {',
    ...nodeDirs,
    '}',
    '',
    "/** Where a relationship's generated statements are, by type, start label and end label. */",
    'export interface LinkStatementDirs {',
    ...linkDirs,
    '}',
  ].join('\n')}\n`;
}

const ladybugType: Record<PropertyType, string> = {
  string: 'STRING',
  int: 'INT64',
  boolean: 'BOOLEAN',
  // Dates are ISO strings in both engines: they sort and compare as text, and need no conversion.
  date: 'STRING',
  'string[]': 'STRING[]',
  'int[]': 'INT64[]',
};

function embeddedSchema(): string {
  const statements: string[] = [];
  for (const label of nodeLabels) {
    const columns = Object.entries(storedNodeProperties(label)).map(([n, p]) => `${n} ${ladybugType[p.type]}`);
    statements.push(`CREATE NODE TABLE IF NOT EXISTS ${label}(${columns.join(', ')}, PRIMARY KEY(key));`);
  }
  // A persistent database made by an earlier release (before every node had `reviewed`, before milestones
  // had a kind) gains the columns the model has since declared (CREATE ... IF NOT EXISTS leaves an existing
  // table as it is), so that the next load can write them.
  for (const label of nodeLabels)
    for (const [name, p] of Object.entries(storedNodeProperties(label))) {
      if (name === 'key') continue;
      const defaultValue = p.default === undefined ? '' : ` DEFAULT ${JSON.stringify(p.default)}`;
      statements.push(`ALTER TABLE ${label} ADD IF NOT EXISTS ${name} ${ladybugType[p.type]}${defaultValue};`);
    }
  const markerColumns = Object.entries(loadMarker.properties).map(([n, p]) => `${n} ${ladybugType[p.type]}`);
  statements.push(
    `CREATE NODE TABLE IF NOT EXISTS ${loadMarker.label}(${markerColumns.join(', ')}, PRIMARY KEY(key));`,
  );
  for (const type of relationshipTypes) {
    const pairs = relationshipPairs(type).map(([f, t]) => `FROM ${f} TO ${t}`);
    const columns = Object.entries(storedRelationshipProperties(type)).map(([n, p]) => `${n} ${ladybugType[p.type]}`);
    statements.push(`CREATE REL TABLE IF NOT EXISTS ${type}(${[...pairs, ...columns].join(', ')});`);
  }
  // Derived, not a fact (README "The embedded engine's type closure"): the SUBTYPE_OF hierarchy closed, written
  // by the load from the seed's SUBTYPE_OF links (cypher/load/close-*.embedded.cypher), so that the embedded
  // variants of the questions walk a provider or care type's broader types in one step instead of a
  // variable-length path, which LadybugDB plans anew at every execution.
  const closurePairs = relationshipPairs('SUBTYPE_OF').map(([f, t]) => `FROM ${f} TO ${t}`);
  statements.push(`CREATE REL TABLE IF NOT EXISTS ${SUBTYPE_CLOSURE}(${closurePairs.join(', ')}, steps INT64);`);
  return statements.join('\n');
}

function neo4jSchema(): string {
  const statements: string[] = [];
  for (const label of nodeLabels) {
    const snake = kebab(label).replace(/-/g, '_');
    statements.push(`CREATE CONSTRAINT ${snake}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE;`);
    // Properties with a controlled vocabulary, and dates, are what list filters select on.
    for (const [name, prop] of Object.entries(nodeSpec(label).properties)) {
      if (prop.values || prop.type === 'date') {
        statements.push(`CREATE INDEX ${snake}_${name} IF NOT EXISTS FOR (n:${label}) ON (n.${name});`);
      }
    }
  }
  statements.push(
    `CREATE CONSTRAINT ${kebab(loadMarker.label).replace(/-/g, '_')}_key IF NOT EXISTS FOR (n:${loadMarker.label}) REQUIRE n.key IS UNIQUE;`,
  );
  // A staged load finds its nodes by key while it links them (they have no label with a key constraint yet).
  statements.push(`CREATE INDEX offstage_key IF NOT EXISTS FOR (n:${OFFSTAGE}) ON (n.key);`);
  // Search: one full-text index over the searchable kinds, with Lucene's Dutch analyzer (stop words,
  // Snowball Dutch stems, which also drop diacritics): the embedded index reads text the same way.
  for (const former of FORMER_FULLTEXT_INDEXES) statements.push(`DROP INDEX ${former} IF EXISTS;`);
  // The sources' paragraphs (SOURCE_TEXT) in an index of their own, so that the curated search never reads them.
  const fullText = (name: string, kinds: SearchKind[]) => {
    const labels = kinds.map((k) => SEARCHABLE[k].label);
    const fields = [...new Set(kinds.flatMap((k) => Object.keys(SEARCHABLE[k].fields)))];
    statements.push(
      `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${labels.join('|')}) ON EACH [${fields.map((f) => `n.${f}`).join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'dutch'}};`,
    );
  };
  fullText(FULLTEXT_INDEX, CURATED_SEARCH_KINDS);
  fullText(SOURCE_TEXT_INDEX, ['SOURCE_TEXT']);
  return statements.join('\n');
}

function main() {
  for (const dir of ['model', 'schema']) rmSync(join(CYPHER_DIR, dir), { recursive: true, force: true });
  const files = generatedCypher();
  for (const [path, body] of files) {
    mkdirSync(dirname(join(CYPHER_DIR, path)), { recursive: true });
    writeFileSync(join(CYPHER_DIR, path), body);
  }
  writeFileSync(join(ROOT, STATEMENT_TYPES_FILE), statementTypesSource());
  console.log(
    `wrote ${files.size} files under ${relative(process.cwd(), CYPHER_DIR)}/ (model/, schema/) and ${STATEMENT_TYPES_FILE}`,
  );
}

if (require.main === module) main();
