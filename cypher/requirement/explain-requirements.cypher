// Why a question over requirements found nothing: every policy in its scope (insurer, care type, year,
// guidelines, as requirement/find-requirements), with how many current statements reach the provider type
// ($providerType '': every statement), how many of those are on the topic ($topic '': all of them) and how
// many of those are of the kinds, parties and forces asked. No row: the graph holds no such policy.
// @param providerType string  key, or ''
// @param insurer string  key, or ''
// @param careType string  key, or ''
// @param topic string  key, or ''
// @param year int  0 for the latest versions
// @param kinds string[]
// @param parties string[]
// @param forces string[]
// @param includeGuidelines boolean
// @param includeNarrower boolean
// @return policy string  key
// @return reaching int  current statements reaching the provider type
// @return onTopic int  of those, on the topic
// @return matching int  of those, of the kinds, parties and forces asked
MATCH (p:Policy)
WHERE ($includeGuidelines OR p.kind <> 'guideline')
  AND ($year = 0 OR $year IN p.years)
  AND ($year <> 0 OR NOT EXISTS { MATCH (p)<-[:PREVIOUS_VERSION]-(:Policy) })
  AND ($insurer = '' OR EXISTS { MATCH (p)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer}) })
  AND ($careType = ''
    OR EXISTS { MATCH (p)-[:COVERS]->(:CareType)-[:SUBTYPE_OF*0..10]->(:CareType {key: $careType}) }
    OR EXISTS { MATCH (p)<-[:IN_POLICY]-(:Criterion)-[:CONCERNS]->(:CareType)-[:SUBTYPE_OF*0..10]->(:CareType {key: $careType}) })
WITH p
OPTIONAL MATCH (c:Criterion)-[:IN_POLICY]->(p)
WHERE ($providerType = ''
    OR EXISTS { MATCH (:ProviderType {key: $providerType})-[:SUBTYPE_OF*0..10]->(:ProviderType)<-[:APPLIES_TO]-(c) }
    OR ($includeNarrower AND EXISTS { MATCH (c)-[:APPLIES_TO]->(:ProviderType)-[:SUBTYPE_OF*1..10]->(:ProviderType {key: $providerType}) }))
  AND ($careType = ''
    OR EXISTS { MATCH (p)-[:COVERS]->(:CareType)-[:SUBTYPE_OF*0..10]->(:CareType {key: $careType}) }
    OR EXISTS { MATCH (c)-[:CONCERNS]->(:CareType)-[:SUBTYPE_OF*0..10]->(:CareType {key: $careType}) })
  AND NOT EXISTS { MATCH (c)-[:WITHDRAWN_BY]->(:Amendment) }
OPTIONAL MATCH (c)-[:HAS_TOPIC]->(t:Topic)
WITH p, c, ($topic = '' OR t.key = $topic) AS onTopic
WITH p, c, onTopic, onTopic AND c.kind IN $kinds AND c.party IN $parties AND c.force IN $forces AS matching
RETURN p.key AS policy,
  count(DISTINCT c.key) AS reaching,
  count(DISTINCT CASE WHEN onTopic THEN c.key ELSE NULL END) AS onTopic,
  count(DISTINCT CASE WHEN matching THEN c.key ELSE NULL END) AS matching
ORDER BY policy
