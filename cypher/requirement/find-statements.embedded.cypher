// Every statement of the policies in scope, whatever provider type it is scoped to: the question across all
// provider types (by kind, force, party, topic, insurer, care type). Same filters and order as
// requirement/find-requirements, without the provider type.
// Embedded variant (src/engine/embedded-engine.ts embeddedVariant): the statement of the same name without
// `.embedded`, walking the type hierarchy through the derived SUBTYPE_CLOSURE that the embedded load writes
// (README "The embedded engine's type closure") instead of a variable-length SUBTYPE_OF path: the same rows,
// planned in fewer steps. A change to the one is a change to the other.
// @param insurer string  key, or ''
// @param careType string  key, or ''
// @param topic string  key, or ''
// @param year int  0 for the latest versions
// @param knownAt string  YYYY-MM-DD, or ''
// @param kinds string[]
// @param parties string[]
// @param forces string[]
// @param includeGuidelines boolean
// @return criterion string  key
// @return policy string  key
// @return line Criterion.lineStart
MATCH (p:Policy)
WHERE ($includeGuidelines OR p.kind <> 'guideline')
  AND ($year = 0 OR $year IN p.years)
  AND ($year <> 0 OR NOT EXISTS { MATCH (p)<-[:PREVIOUS_VERSION]-(:Policy) })
  AND ($insurer = '' OR EXISTS { MATCH (p)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer}) })
WITH p
MATCH (c:Criterion)-[:IN_POLICY]->(p)
WITH c, p
MATCH (c)-[:HAS_TOPIC]->(t:Topic)
WHERE ($topic = '' OR t.key = $topic)
  AND c.kind IN $kinds
  AND c.party IN $parties
  AND c.force IN $forces
  AND ($careType = ''
    OR EXISTS { MATCH (p)-[:COVERS]->(:CareType)-[:SUBTYPE_CLOSURE]->(:CareType {key: $careType}) }
    OR EXISTS { MATCH (c)-[:CONCERNS]->(:CareType)-[:SUBTYPE_CLOSURE]->(:CareType {key: $careType}) })
OPTIONAL MATCH (c)-[:WITHDRAWN_BY]->(w:Amendment)
OPTIONAL MATCH (c)-[:ADDED_BY]->(a:Amendment)
WITH c, p, w, a
WHERE (w IS NULL OR ($knownAt <> '' AND w.date > $knownAt))
  AND (a IS NULL OR $knownAt = '' OR a.date <= $knownAt)
RETURN DISTINCT c.key AS criterion, p.key AS policy, c.lineStart AS line
ORDER BY policy, line, criterion
