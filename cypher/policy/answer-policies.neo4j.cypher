// Policies, filtered as policy/find-policies filters them, in one statement (Neo4j), each with who issues
// it, with the insurer and care type asked (null for a key the graph lacks) and, when the operation selects their requirements
// ($withCriteria), each policy's criteria with the links a requirement filter follows (topic, withdrawing
// amendment, provider types) and the provider-type hierarchy and topics such a filter names: the
// request's loaders are primed, and nothing else is asked.
// @param insurer string  key, or ''
// @param careType string  key, or ''
// @param year int  0 when not filtered
// @param withCriteria boolean
// @return insurer Insurer | null
// @return careType CareType | null
// @return policies {node: Policy, issuedBy: {node: node, rel: rel ISSUED_BY}[], criteria: {node: Criterion, rel: rel IN_POLICY, topic: {node: Topic, rel: rel HAS_TOPIC}[], withdrawnBy: {node: Amendment, rel: rel WITHDRAWN_BY}[], appliesTo: {node: ProviderType, rel: rel APPLIES_TO}[]}[]}[]
// @return providerTypes {node: ProviderType, broader: {node: ProviderType, rel: rel SUBTYPE_OF}[]}[]
// @return topics Topic[]
OPTIONAL MATCH (askedInsurer:Insurer {key: $insurer})
OPTIONAL MATCH (askedCareType:CareType {key: $careType})
CALL () {
  MATCH (p:Policy)
  WHERE ($insurer = '' OR EXISTS { MATCH (p)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer}) })
    AND ($careType = '' OR EXISTS { MATCH (p)-[:COVERS]->(:CareType)-[:SUBTYPE_OF*0..10]->(:CareType {key: $careType}) })
    AND ($year = 0 OR $year IN p.years)
  WITH p
  ORDER BY p.key
  RETURN collect({
    node: p {.*, __label: 'Policy'},
    issuedBy: [(p)-[ir:ISSUED_BY]->(o) | {node: o {.*, __label: labels(o)[0]}, rel: ir {.*, __type: 'ISSUED_BY'}}],
    criteria: CASE WHEN $withCriteria THEN [(c:Criterion)-[r:IN_POLICY]->(p) | {
      node: c {.*, __label: 'Criterion'},
      rel: r {.*, __type: 'IN_POLICY'},
      topic: [(c)-[tr:HAS_TOPIC]->(t:Topic) | {node: t {.*, __label: 'Topic'}, rel: tr {.*, __type: 'HAS_TOPIC'}}],
      withdrawnBy: [(c)-[wr:WITHDRAWN_BY]->(a:Amendment) | {node: a {.*, __label: 'Amendment'}, rel: wr {.*, __type: 'WITHDRAWN_BY'}}],
      appliesTo: [(c)-[ar:APPLIES_TO]->(v:ProviderType) | {node: v {.*, __label: 'ProviderType'}, rel: ar {.*, __type: 'APPLIES_TO'}}]
    }] ELSE [] END
  }) AS policies
}
CALL () {
  MATCH (t:ProviderType)
  WHERE $withCriteria
  RETURN collect({node: t {.*, __label: 'ProviderType'}, broader: [(t)-[sr:SUBTYPE_OF]->(b:ProviderType) | {node: b {.*, __label: 'ProviderType'}, rel: sr {.*, __type: 'SUBTYPE_OF'}}]}) AS providerTypes
}
CALL () {
  MATCH (t:Topic)
  WHERE $withCriteria
  RETURN collect(t {.*, __label: 'Topic'}) AS topics
}
RETURN askedInsurer {.*, __label: 'Insurer'} AS insurer, askedCareType {.*, __label: 'CareType'} AS careType, policies, providerTypes, topics
