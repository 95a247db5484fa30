// Every criterion that reaches a provider type: named for it, or for a broader type in the hierarchy, and
// with $includeNarrower also one named for a narrower type (what is asked of a huisarts, for a
// huisartsenpraktijk). `relation` says which: 'asked', 'broader' or 'narrower' (in that order per criterion,
// so that the first row of a criterion is the most specific way it reaches the asked type).
// Optional filters arrive as '' (text) or 0 (year) when not given: LadybugDB cannot type a null parameter.
// $kinds, $parties and $forces always hold the values asked (every value when not filtered); a guideline's
// statements count only with $includeGuidelines.
// Without $year only the latest version of each policy counts. $knownAt is a date of knowledge: an
// amendment dated after it is not applied yet (what it withdraws still stands, what it adds does not).
// The policies in scope come first, then their criteria: LadybugDB keeps the order the WITHs give, and
// starting from the criteria reaching the provider type joined every policy's criteria (0.4 s at 100x).
// Embedded variant (src/engine/embedded-engine.ts embeddedVariant): the statement of the same name without
// `.embedded`, walking the type hierarchy through the derived SUBTYPE_CLOSURE that the embedded load writes
// (README "The embedded engine's type closure") instead of a variable-length SUBTYPE_OF path: the same rows,
// planned in fewer steps. A change to the one is a change to the other.
// @param providerType string  key
// @param insurer string  key, or ''
// @param careType string  key, or ''
// @param topic string  key, or ''
// @param year int  0 for the latest versions
// @param knownAt string  YYYY-MM-DD, or ''
// @param kinds string[]
// @param parties string[]
// @param forces string[]
// @param includeGuidelines boolean
// @param includeNarrower boolean
// @return criterion string  key
// @return policy string  key
// @return line Criterion.lineStart
// @return appliesVia string  key of the provider type the criterion names
// @return relation string  'asked', 'broader' or 'narrower': how the type it names stands to the asked type
// @return force Criterion.force
MATCH (p:Policy)
WHERE ($includeGuidelines OR p.kind <> 'guideline')
  AND ($year = 0 OR $year IN p.years)
  AND ($year <> 0 OR NOT EXISTS { MATCH (p)<-[:PREVIOUS_VERSION]-(:Policy) })
  AND ($insurer = '' OR EXISTS { MATCH (p)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer}) })
WITH p
MATCH (asked:ProviderType {key: $providerType})-[:SUBTYPE_CLOSURE]->(up:ProviderType)
WITH p, asked, collect(up.key) AS broader
MATCH (via:ProviderType)
WHERE via.key IN broader OR ($includeNarrower AND EXISTS { MATCH (via)-[k:SUBTYPE_CLOSURE]->(asked) WHERE k.steps > 0 })
WITH p, asked, via, CASE WHEN via.key = asked.key THEN 'asked' WHEN via.key IN broader THEN 'broader' ELSE 'narrower' END AS relation
MATCH (c:Criterion)-[:IN_POLICY]->(p)
WITH c, p, via, relation
MATCH (c)-[:APPLIES_TO]->(via)
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
WITH c, p, via, relation, w, a
WHERE (w IS NULL OR ($knownAt <> '' AND w.date > $knownAt))
  AND (a IS NULL OR $knownAt = '' OR a.date <= $knownAt)
RETURN c.key AS criterion, p.key AS policy, c.lineStart AS line, via.key AS appliesVia, relation, c.force AS force
ORDER BY policy, line, criterion, relation, appliesVia
