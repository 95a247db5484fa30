import { citationProperties, graphModel } from '../../src/model/graph-model';
import type { NodeSpec, PropertySpec, RelationshipSpec } from '../../src/model/define';

/**
 * The peer's type definitions: what a team would write for @neo4j/graphql 7 over the same Neo4j, derived
 * from the one model declaration (src/model/graph-model.ts), so that the peer reads exactly the labels,
 * properties and relationship types the project loads.
 *
 * - Every node label is a `@node` type with `key` and its declared properties; a cited kind also has the
 *   four citation properties (sourceDocument, lineStart, lineEnd, quote). Dates are stored as ISO strings.
 * - Every relationship is a field on each of its `from` labels, named by its seed field (`policy`,
 *   `appliesTo`, `previousVersion`, `partners`), a list unless its cardinality is `one`; several `to`
 *   labels make a union (`AlliancePartners = Insurer | Stakeholder`).
 * - The way back is a list field on each `to` label, one per `from` label: `<from plural><Type>`, e.g.
 *   `Policy.criteriaInPolicy`, `Region.alliancesInRegion`, `ProviderType.providerTypesSubtypeOf`.
 * - What the generated filters cannot express is `@cypher` (PEER_EXTENSIONS): the provider-type hierarchy
 *   (SUBTYPE_OF*0..), which they cannot walk to any depth, and the root question of requirements.
 */

const pascal = (relationshipType: string) =>
  relationshipType
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const SCALARS: Record<PropertySpec['type'], string> = {
  string: 'String',
  int: 'Int',
  boolean: 'Boolean',
  date: 'String',
  'string[]': '[String!]',
  'int[]': '[Int!]',
};

function propertyType(spec: PropertySpec): string {
  const base = SCALARS[spec.type];
  if (spec.type.endsWith('[]')) return `${base}!`;
  return spec.required || spec.default !== undefined ? `${base}!` : base;
}

/** Outgoing relationship fields of one label, and the unions they need. */
function outgoing(label: string): { fields: string[]; unions: string[] } {
  const fields: string[] = [];
  const unions: string[] = [];
  for (const [type, spec] of Object.entries(graphModel.relationships) as Array<[string, RelationshipSpec]>) {
    if (!spec.from.includes(label)) continue;
    const targets = spec.pairing === 'same-label' ? spec.to.filter((t) => t === label) : [...spec.to];
    if (targets.length === 0) continue;
    let target = targets[0]!;
    if (targets.length > 1) {
      target = `${label}${upperFirst(spec.seedField)}`;
      unions.push(`union ${target} = ${targets.join(' | ')}`);
    }
    const fieldType = spec.cardinality === 'one' ? target : `[${target}!]!`;
    fields.push(`  ${spec.seedField}: ${fieldType} @relationship(type: "${type}", direction: OUT)`);
  }
  return { fields, unions };
}

/** Incoming relationship fields of one label: one list per relationship type and `from` label. */
function incoming(label: string): string[] {
  const fields: string[] = [];
  for (const [type, spec] of Object.entries(graphModel.relationships) as Array<[string, RelationshipSpec]>) {
    if (!spec.to.includes(label)) continue;
    for (const from of spec.from) {
      if (spec.pairing === 'same-label' && from !== label) continue;
      const plural = (graphModel.nodes as Record<string, NodeSpec>)[from]!.plural;
      fields.push(`  ${plural}${pascal(type)}: [${from}!]! @relationship(type: "${type}", direction: IN)`);
    }
  }
  return fields;
}

/** Fields the generated API cannot give, per type: `@cypher`, written for this graph. */
export const PEER_EXTENSIONS: Record<string, string[]> = {
  ProviderType: [
    '  "This type and every narrower type below it (SUBTYPE_OF*0..10): the types a requirement for this one reaches."',
    '  narrowerOrSelf: [ProviderType!]!',
    '    @cypher(statement: "MATCH (this)<-[:SUBTYPE_OF*0..10]-(n:ProviderType) RETURN DISTINCT n", columnName: "n")',
  ],
  Criterion: [
    '  "The provider type this criterion names through which it reaches the asked one (itself first, then broader)."',
    '  appliesVia(providerType: ID!): ProviderType',
    '    @cypher(',
    '      statement: """',
    '      MATCH p = (:ProviderType {key: $providerType})-[:SUBTYPE_OF*0..10]->(via:ProviderType)<-[:APPLIES_TO]-(this)',
    '      RETURN via ORDER BY length(p) LIMIT 1',
    '      """',
    '      columnName: "via"',
    '    )',
  ],
};

/** Root fields of the peer that are `@cypher`: a question the generated filters cannot put. */
export const PEER_QUERIES = [
  'type Query {',
  '  "What binds a provider type (directly or through a broader type) in the policies an insurer issues or purchases for in a year, as the project answers by default: requirements and conditions on the provider (or provider and insurer), the latest amendments applied, guidelines left out."',
  '  requirementsFor(providerType: ID!, insurer: ID!, year: Int!, first: Int!): [Criterion!]!',
  '    @cypher(',
  '      statement: """',
  '      MATCH (p:Policy)',
  "      WHERE p.kind <> 'guideline' AND $year IN p.years",
  '        AND EXISTS { MATCH (p)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer}) }',
  '      MATCH (:ProviderType {key: $providerType})-[:SUBTYPE_OF*0..10]->(:ProviderType)<-[:APPLIES_TO]-(c:Criterion)-[:IN_POLICY]->(p)',
  '      WHERE NOT EXISTS { MATCH (c)-[:WITHDRAWN_BY]->(:Amendment) }',
  "        AND c.force IN ['requirement', 'condition'] AND c.party IN ['provider', 'provider-and-insurer']",
  '      WITH DISTINCT c, p',
  '      RETURN c ORDER BY p.key, c.lineStart, c.key LIMIT $first',
  '      """',
  '      columnName: "c"',
  '    )',
  '}',
];

/** The peer's SDL: every node kind of the model as a `@node` type, and the `@cypher` extensions. */
export function peerTypeDefs(): string {
  const out: string[] = [];
  for (const [label, spec] of Object.entries(graphModel.nodes) as Array<[string, NodeSpec]>) {
    const props: Record<string, PropertySpec> = {
      ...(spec.citation === 'none' ? {} : citationProperties),
      ...spec.properties,
    };
    const { fields, unions } = outgoing(label);
    const names = new Set<string>(['key', ...Object.keys(props)]);
    for (const field of [...fields, ...incoming(label)]) {
      const name = /^ {2}(\w+)/.exec(field)![1]!;
      if (names.has(name)) throw new Error(`peer typeDefs: ${label}.${name} is both a property and a relationship`);
      names.add(name);
    }
    out.push(...unions, '');
    out.push(`"${spec.description.replace(/"/g, '\\"')}"`);
    out.push(`type ${label} @node {`);
    out.push('  key: ID!');
    for (const [name, p] of Object.entries(props)) {
      const citation = spec.citation === 'optional' && name in citationProperties;
      out.push(`  ${name}: ${citation ? SCALARS[p.type] : propertyType(p)}`);
    }
    out.push(...fields, ...incoming(label), ...(PEER_EXTENSIONS[label] ?? []), '}', '');
  }
  out.push(...PEER_QUERIES, '');
  return out.join('\n');
}
