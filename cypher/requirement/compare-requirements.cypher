// Requirements per topic and insurer: those reaching a provider type (named for it or a broader type, and
// with $includeNarrower also a narrower one), or ($providerType '') all of them.
// An insurer is the one issuing the policy, or, when $insurers names it, also one the policy purchases for
// (Eucare, through Caresq's policy). Without $year only the latest version of each policy counts;
// withdrawn requirements do not count. $forces and $parties say which statements count as requirements.
// The policies in scope come first, then their criteria (see requirement/find-requirements).
// @param providerType string  key, or ''
// @param insurers string[]  keys; [] for every issuing insurer
// @param year int  0 for the latest versions
// @param forces string[]
// @param parties string[]
// @param includeNarrower boolean
// @return topic string  key
// @return insurer string  key
// @return criterion string  key
MATCH (p:Policy)-[:ISSUED_BY|ON_BEHALF_OF]->(i:Insurer)
WHERE ((size($insurers) = 0 AND EXISTS { MATCH (p)-[:ISSUED_BY]->(i) }) OR i.key IN $insurers)
  AND ($year = 0 OR $year IN p.years)
  AND ($year <> 0 OR NOT EXISTS { MATCH (p)<-[:PREVIOUS_VERSION]-(:Policy) })
WITH p, i
MATCH (c:Criterion)-[:IN_POLICY]->(p)
WITH c, p, i
MATCH (c)-[:HAS_TOPIC]->(t:Topic)
WHERE c.force IN $forces
  AND c.party IN $parties
  AND ($providerType = ''
    OR EXISTS { MATCH (:ProviderType {key: $providerType})-[:SUBTYPE_OF*0..10]->(:ProviderType)<-[:APPLIES_TO]-(c) }
    OR ($includeNarrower AND EXISTS { MATCH (c)-[:APPLIES_TO]->(:ProviderType)-[:SUBTYPE_OF*1..10]->(:ProviderType {key: $providerType}) }))
  AND NOT EXISTS { MATCH (c)-[:WITHDRAWN_BY]->(:Amendment) }
RETURN DISTINCT t.key AS topic, i.key AS insurer, c.key AS criterion
ORDER BY topic, insurer, criterion
