/**
 * Writes the statements that follow mechanically from the graph model into cypher/model/ and the two
 * engines' schema set-up into cypher/schema/. The files are committed and reviewed like any other query;
 * a test fails when they differ from what this script would write. Run: npm run cypher:generate
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { nodeLabels, relationshipTypes } from '../src/model/graph-model';
import { nodeSpec, relationshipPairs, storedNodeProperties, storedRelationshipProperties } from '../src/model/derive';
import { citationProperties } from '../src/model/graph-model';
import type { PropertyType } from '../src/model/define';
import { kebab } from '../src/model/names';
import { FORMER_FULLTEXT_INDEXES, FULLTEXT_INDEX, SEARCHABLE } from '../src/search/searchable';

const GENERATED = '// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.\n';

const citationNames = Object.keys(citationProperties);

function sets(variable: string, row: string, names: string[]): string {
  return names.map((n) => `${variable}.${n} = ${row}.${n}`).join(',\n    ');
}

/** Every generated file, by path relative to cypher/. */
export function generatedCypher(): Map<string, string> {
  const files = new Map<string, string>();
  const put = (path: string, body: string) => files.set(path, `${GENERATED}${body.trim()}\n`);

  for (const label of nodeLabels) {
    const dir = `model/${kebab(label)}`;
    const props = Object.keys(storedNodeProperties(label)).filter((p) => p !== 'key' && !citationNames.includes(p));
    put(`${dir}/get-by-keys.cypher`, `UNWIND $keys AS key\nMATCH (n:${label} {key: key})\nRETURN key, n AS node`);
    put(`${dir}/list.cypher`, `MATCH (n:${label})\nRETURN n AS node\nORDER BY n.key\nSKIP $skip\nLIMIT $limit`);
    put(`${dir}/count.cypher`, `MATCH (n:${label})\nRETURN count(n) AS total`);
    put(
      `${dir}/upsert.cypher`,
      `UNWIND $rows AS row\nMERGE (n:${label} {key: row.key})\n${props.length ? `SET ${sets('n', 'row', props)}` : ''}`,
    );
    if (nodeSpec(label).citation !== 'none') {
      put(
        `${dir}/cite.cypher`,
        `UNWIND $rows AS row\nMATCH (n:${label} {key: row.key})\nSET ${sets('n', 'row', citationNames)}`,
      );
    }
    put(`${dir}/prune.cypher`, `MATCH (n:${label})\nWHERE NOT n.key IN $keys\nDETACH DELETE n`);
  }

  for (const type of relationshipTypes) {
    const relProps = Object.keys(storedRelationshipProperties(type));
    const own = relProps.filter((p) => !citationNames.includes(p));
    put(`model/${kebab(type)}/unlink-all.cypher`, `MATCH ()-[r:${type}]->()\nDELETE r`);
    for (const [from, to] of relationshipPairs(type)) {
      const dir = `model/${kebab(type)}/${kebab(from)}-${kebab(to)}`;
      const match = `UNWIND $rows AS row\nMATCH (a:${from} {key: row.fromKey})\nMATCH (b:${to} {key: row.toKey})\nMERGE (a)-[r:${type}]->(b)`;
      put(`${dir}/link.cypher`, own.length ? `${match}\nSET ${sets('r', 'row', own)}` : match);
      put(`${dir}/link-cited.cypher`, `${match}\nSET ${sets('r', 'row', relProps)}`);
      // The shapes LadybugDB plans from the keys outwards (measured on the 100x corpus, `npm run bench`):
      // one pattern `(a {key: key})-[r]->(b)` after UNWIND joins against every a and every r, 15-45 ms at
      // 100x; a look-up of a by key, then an OPTIONAL MATCH from it, and for sources a key list on b, stay
      // at a few ms. Neo4j seeks its key index for all of them.
      put(
        `${dir}/targets.cypher`,
        `UNWIND $keys AS key\nMATCH (a:${from} {key: key})\nOPTIONAL MATCH (a)-[r:${type}]->(b:${to})\nWITH key, b, r\nWHERE b IS NOT NULL\nRETURN key, b AS node, r AS rel\nORDER BY key, b.key`,
      );
      put(
        `${dir}/sources.cypher`,
        `MATCH (a:${from})-[r:${type}]->(b:${to})\nWHERE b.key IN $keys\nRETURN b.key AS key, a AS node, r AS rel\nORDER BY key, a.key`,
      );
    }
  }

  put('schema/create-schema.embedded.cypher', embeddedSchema());
  put('schema/create-schema.neo4j.cypher', neo4jSchema());
  return files;
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
  for (const type of relationshipTypes) {
    const pairs = relationshipPairs(type).map(([f, t]) => `FROM ${f} TO ${t}`);
    const columns = Object.entries(storedRelationshipProperties(type)).map(([n, p]) => `${n} ${ladybugType[p.type]}`);
    statements.push(`CREATE REL TABLE IF NOT EXISTS ${type}(${[...pairs, ...columns].join(', ')});`);
  }
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
  // Search: one full-text index over the searchable kinds, with Lucene's Dutch analyzer (stop words,
  // Snowball Dutch stems, which also drop diacritics): the embedded index reads text the same way.
  for (const former of FORMER_FULLTEXT_INDEXES) statements.push(`DROP INDEX ${former} IF EXISTS;`);
  const labels = Object.values(SEARCHABLE).map((s) => s.label);
  const fields = [...new Set(Object.values(SEARCHABLE).flatMap((s) => Object.keys(s.fields)))];
  statements.push(
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${labels.join('|')}) ON EACH [${fields.map((f) => `n.${f}`).join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'dutch'}};`,
  );
  return statements.join('\n');
}

function main() {
  const root = join(__dirname, '..', 'cypher');
  for (const dir of ['model', 'schema']) rmSync(join(root, dir), { recursive: true, force: true });
  const files = generatedCypher();
  for (const [path, body] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  console.log(`wrote ${files.size} files under ${relative(process.cwd(), root)}/ (model/, schema/)`);
}

if (require.main === module) main();
