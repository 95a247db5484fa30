// What the comparison looked in, per insurer and topic: every policy in scope (as in
// requirement/compare-requirements) with how many current statements it holds on the topic that reach the
// provider type, whatever their force and party. It tells "no policy" (an insurer with no row), "no
// statement on the topic" (rows, none on it) and "statements, none of the forces and parties asked" apart.
// Embedded variant (src/engine/embedded-engine.ts embeddedVariant): the statement of the same name without
// `.embedded`, walking the type hierarchy through the derived SUBTYPE_CLOSURE that the embedded load writes
// (README "The embedded engine's type closure") instead of a variable-length SUBTYPE_OF path: the same rows,
// planned in fewer steps. A change to the one is a change to the other.
// @param providerType string  key, or ''
// @param insurers string[]  keys; [] for every issuing insurer
// @param year int  0 for the latest versions
// @param includeNarrower boolean
// @return insurer string  key
// @return policy string  key
// @return topic string  key
// @return statements int
MATCH (p:Policy)-[:ISSUED_BY|ON_BEHALF_OF]->(i:Insurer)
WHERE ((size($insurers) = 0 AND EXISTS { MATCH (p)-[:ISSUED_BY]->(i) }) OR i.key IN $insurers)
  AND ($year = 0 OR $year IN p.years)
  AND ($year <> 0 OR NOT EXISTS { MATCH (p)<-[:PREVIOUS_VERSION]-(:Policy) })
WITH p, i
MATCH (c:Criterion)-[:IN_POLICY]->(p)
WITH c, p, i
MATCH (c)-[:HAS_TOPIC]->(t:Topic)
WHERE ($providerType = ''
    OR EXISTS { MATCH (:ProviderType {key: $providerType})-[:SUBTYPE_CLOSURE]->(:ProviderType)<-[:APPLIES_TO]-(c) }
    OR ($includeNarrower AND EXISTS { MATCH (c)-[:APPLIES_TO]->(:ProviderType)-[k:SUBTYPE_CLOSURE]->(:ProviderType {key: $providerType}) WHERE k.steps > 0 }))
  AND NOT EXISTS { MATCH (c)-[:WITHDRAWN_BY]->(:Amendment) }
RETURN i.key AS insurer, p.key AS policy, t.key AS topic, count(DISTINCT c) AS statements
ORDER BY insurer, policy, topic
