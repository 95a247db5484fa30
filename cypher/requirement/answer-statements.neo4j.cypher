// The whole answer to "which statements, across every provider type" in one statement (Neo4j): the keys the
// question names (null for one the graph lacks), and per statement its criterion and policy, with the links
// the question's usual selection follows (topic, the provider types it is scoped to, withdrawing amendment,
// issuing insurer), so that the request's loaders are primed and nothing else is asked. Same filters and
// order as requirement/find-statements, which the embedded engine answers instead.
// @param insurer string  key, or ''
// @param careType string  key, or ''
// @param topic string  key, or ''
// @param year int  0 for the latest versions
// @param knownAt string  YYYY-MM-DD, or ''
// @param kinds string[]
// @param parties string[]
// @param forces string[]
// @param includeGuidelines boolean
// @return insurer Insurer | null
// @return careType CareType | null
// @return topic Topic | null
// @return policies {node: Policy, issuedBy: {node: Insurer, rel: rel ISSUED_BY}[]}[]
// @return providerTypes ProviderType[]
// @return topics Topic[]
// @return items {criterion: Criterion, policy: string, topic: {key: string, rel: rel HAS_TOPIC}[], appliesTo: {key: string, rel: rel APPLIES_TO}[], withdrawnBy: {node: Amendment, rel: rel WITHDRAWN_BY}[]}[]
OPTIONAL MATCH (askedInsurer:Insurer {key: $insurer})
OPTIONAL MATCH (askedCareType:CareType {key: $careType})
OPTIONAL MATCH (askedTopic:Topic {key: $topic})
CALL () {
  MATCH (p:Policy)
  WHERE ($includeGuidelines OR p.kind <> 'guideline')
    AND ($year = 0 OR $year IN p.years)
    AND ($year <> 0 OR NOT EXISTS { MATCH (p)<-[:PREVIOUS_VERSION]-(:Policy) })
    AND ($insurer = '' OR EXISTS { MATCH (p)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer}) })
  MATCH (c:Criterion)-[:IN_POLICY]->(p)
  MATCH (c)-[:HAS_TOPIC]->(t:Topic)
  WHERE ($topic = '' OR t.key = $topic)
    AND c.kind IN $kinds
    AND c.party IN $parties
    AND c.force IN $forces
    AND ($careType = ''
      OR EXISTS { MATCH (p)-[:COVERS]->(:CareType)-[:SUBTYPE_OF*0..10]->(:CareType {key: $careType}) }
      OR EXISTS { MATCH (c)-[:CONCERNS]->(:CareType)-[:SUBTYPE_OF*0..10]->(:CareType {key: $careType}) })
  OPTIONAL MATCH (c)-[:WITHDRAWN_BY]->(w:Amendment)
  OPTIONAL MATCH (c)-[:ADDED_BY]->(a:Amendment)
  WITH c, p, w, a
  WHERE (w IS NULL OR ($knownAt <> '' AND w.date > $knownAt))
    AND (a IS NULL OR $knownAt = '' OR a.date <= $knownAt)
  WITH DISTINCT c, p
  ORDER BY p.key, c.lineStart, c.key
  RETURN collect({c: c, p: p}) AS rows
}
// Each policy, provider type and topic once, however many statements share it: the items name them by key.
CALL (rows) {
  UNWIND rows AS row
  WITH DISTINCT row.p AS p
  RETURN collect({
    node: p {.*, __label: 'Policy'},
    issuedBy: [(p)-[r:ISSUED_BY]->(n:Insurer) | {node: n {.*, __label: 'Insurer'}, rel: r {.*, __type: 'ISSUED_BY'}}]
  }) AS policies
}
CALL (rows) {
  UNWIND rows AS row
  WITH row.c AS c
  MATCH (c)-[:APPLIES_TO]->(pt:ProviderType)
  WITH DISTINCT pt
  RETURN collect(pt {.*, __label: 'ProviderType'}) AS providerTypes
}
CALL (rows) {
  UNWIND rows AS row
  WITH row.c AS c
  MATCH (c)-[:HAS_TOPIC]->(t:Topic)
  WITH DISTINCT t
  RETURN collect(t {.*, __label: 'Topic'}) AS topics
}
// The statements in the order above (UNWIND and collect keep it).
CALL (rows) {
  UNWIND rows AS row
  WITH row.c AS c, row.p.key AS policy
  RETURN collect({
    criterion: c {.*, __label: 'Criterion'},
    policy: policy,
    topic: [(c)-[r:HAS_TOPIC]->(n:Topic) | {key: n.key, rel: r {.*, __type: 'HAS_TOPIC'}}],
    appliesTo: [(c)-[r:APPLIES_TO]->(n:ProviderType) | {key: n.key, rel: r {.*, __type: 'APPLIES_TO'}}],
    withdrawnBy: [(c)-[r:WITHDRAWN_BY]->(n:Amendment) | {node: n {.*, __label: 'Amendment'}, rel: r {.*, __type: 'WITHDRAWN_BY'}}]
  }) AS items
}
RETURN
  askedInsurer {.*, __label: 'Insurer'} AS insurer,
  askedCareType {.*, __label: 'CareType'} AS careType,
  askedTopic {.*, __label: 'Topic'} AS topic,
  policies,
  providerTypes,
  topics,
  items
