// The whole comparison in one statement (Neo4j): the provider type and insurers asked (null for a key the
// graph lacks), every topic, and the requirements per topic and insurer with their nodes, so that the
// request's loaders are primed and nothing else is asked. Same rows and order as
// requirement/compare-requirements, which the embedded engine answers instead; `scope` is what
// requirement/find-comparison-scope gives (per insurer, policy and topic, the statements of any force and
// party), which tells an empty cell's reason.
// @param providerType string  key, or ''
// @param insurers string[]  keys; [] for every issuing insurer
// @param year int  0 for the latest versions
// @param forces string[]
// @param parties string[]
// @param includeNarrower boolean
// @return asked ProviderType | null
// @return insurers {key: string, node: Insurer | null}[]
// @return topics Topic[]
// @return rowInsurers Insurer[]
// @return criteria Criterion(key, text, kind, party, force, sourceDocument, lineStart, lineEnd, quote)[]
// @return rows {topic: string, insurer: string, criterion: string}[]
// @return scope {insurer: string, policy: string, topic: string, statements: int}[]
OPTIONAL MATCH (asked:ProviderType {key: $providerType})
// The types a requirement may name to reach the asked one, once: the asked type and every broader one, and
// with $includeNarrower every narrower one. Following the hierarchy per criterion from the asked type's
// side expanded every APPLIES_TO into a type as broad as "ziekenhuis" (22,000 db hits for one comparison).
// A withdrawn criterion is told by its WITHDRAWN_BY alone (the model lets it reach only an amendment): a
// degree check.
CALL (asked) {
  OPTIONAL MATCH (asked)-[:SUBTYPE_OF*0..10]->(up:ProviderType)
  RETURN collect(DISTINCT up) AS broader
}
CALL (asked, broader) {
  OPTIONAL MATCH (down:ProviderType)-[:SUBTYPE_OF*1..10]->(asked)
  WHERE $includeNarrower
  WITH collect(DISTINCT down) AS narrower
  RETURN broader + narrower AS types
}
CALL () {
  UNWIND $insurers AS k
  OPTIONAL MATCH (i:Insurer {key: k})
  RETURN collect({key: k, node: i {.*, __label: 'Insurer'}}) AS insurers
}
CALL () {
  MATCH (t:Topic)
  WITH t
  ORDER BY t.key
  RETURN collect(t {.*, __label: 'Topic'}) AS topics
}
// What the comparison looks in, walked once: per insurer, policy and topic, the statements of any force
// and party that reach the asked type and are not withdrawn.
CALL (types) {
  MATCH (p:Policy)-[:ISSUED_BY|ON_BEHALF_OF]->(i:Insurer)
  WHERE ((size($insurers) = 0 AND EXISTS { MATCH (p)-[:ISSUED_BY]->(i) }) OR i.key IN $insurers)
    AND ($year = 0 OR $year IN p.years)
    AND ($year <> 0 OR NOT EXISTS { MATCH (p)<-[:PREVIOUS_VERSION]-(:Policy) })
  WITH p, i
  MATCH (c:Criterion)-[:IN_POLICY]->(p)
  WITH c, p, i
  MATCH (c)-[:HAS_TOPIC]->(t:Topic)
  WHERE ($providerType = '' OR EXISTS { MATCH (c)-[:APPLIES_TO]->(v:ProviderType) WHERE v IN types })
    AND NOT EXISTS { MATCH (c)-[:WITHDRAWN_BY]->() }
  RETURN collect({insurer: i, policy: p.key, topic: t.key, criterion: c}) AS looked
}
// The requirements compared: the statements of the forces and parties asked.
CALL (looked) {
  UNWIND looked AS row
  WITH row
  WHERE row.criterion.force IN $forces AND row.criterion.party IN $parties
  WITH DISTINCT row.topic AS topic, row.insurer AS i, row.criterion AS c
  ORDER BY topic, i.key, c.key
  RETURN collect({topic: topic, insurer: i, criterion: c}) AS found
}
CALL (looked) {
  UNWIND looked AS row
  WITH row.insurer.key AS insurer, row.policy AS policy, row.topic AS topic, count(DISTINCT row.criterion) AS statements
  ORDER BY insurer, policy, topic
  RETURN collect({insurer: insurer, policy: policy, topic: topic, statements: statements}) AS scope
}
// Each insurer and criterion once, however many rows name it (a criterion on several topics); the criteria
// partial and compact (what the usual question selects; see src/engine/statement-types.ts).
CALL (found) {
  UNWIND found AS row
  WITH DISTINCT row.insurer AS i
  RETURN collect(i {.*, __label: 'Insurer'}) AS rowInsurers
}
CALL (found) {
  UNWIND found AS row
  WITH DISTINCT row.criterion AS c
  RETURN collect([c.key, c.text, c.kind, c.party, c.force, c.sourceDocument, c.lineStart, c.lineEnd, c.quote]) AS criteria
}
RETURN
  asked {.*, __label: 'ProviderType'} AS asked,
  insurers,
  topics,
  rowInsurers,
  criteria,
  [row IN found | {topic: row.topic, insurer: row.insurer.key, criterion: row.criterion.key}] AS rows,
  scope
