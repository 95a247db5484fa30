// An insurer's history in one statement (Neo4j): the insurer and care type asked (null for a key the graph
// lacks), and every version of its policies (optionally those covering a care type) with the amendments
// (and the criteria each withdraws), documented changes and milestones that belong to it, so that the
// request's loaders are primed and nothing else is asked. The same events as the four policy/find-policy-*
// statements, which the embedded engine answers instead.
// @param insurer string  key
// @param careType string  key, or ''
// @return insurer Insurer | null
// @return careType CareType | null
// @return policies {node: Policy, amendments: {node: Amendment, withdraws: {node: Criterion, rel: rel WITHDRAWN_BY}[]}[], changes: PolicyChange[], milestones: Milestone[]}[]
OPTIONAL MATCH (askedInsurer:Insurer {key: $insurer})
OPTIONAL MATCH (askedCareType:CareType {key: $careType})
CALL () {
  MATCH (p:Policy)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer})
  WHERE $careType = '' OR EXISTS { MATCH (p)-[:COVERS]->(:CareType)-[:SUBTYPE_OF*0..10]->(:CareType {key: $careType}) }
  WITH DISTINCT p
  ORDER BY p.key
  RETURN collect({
    node: p {.*, __label: 'Policy'},
    amendments: [(a:Amendment)-[:AMENDS]->(p) | {
      node: a {.*, __label: 'Amendment'},
      withdraws: [(c:Criterion)-[r:WITHDRAWN_BY]->(a) | {node: c {.*, __label: 'Criterion'}, rel: r {.*, __type: 'WITHDRAWN_BY'}}]
    }],
    changes: [(c:PolicyChange)-[:IN_POLICY]->(p) | c {.*, __label: 'PolicyChange'}],
    milestones: [(m:Milestone)-[:IN_POLICY]->(p) | m {.*, __label: 'Milestone'}]
  }) AS policies
}
RETURN askedInsurer {.*, __label: 'Insurer'} AS insurer, askedCareType {.*, __label: 'CareType'} AS careType, policies
