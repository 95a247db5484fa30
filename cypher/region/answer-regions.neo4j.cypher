// Regions (optionally only those where an alliance works) with their alliances, each alliance's partners
// and the policy describing it, in one statement (Neo4j), so that the request's loaders are primed and
// nothing else is asked. Same regions and order as region/find-regions, which the embedded engine answers.
// The partners and policies are returned once each in `reached` (one policy describes many alliances) and
// the links name them by label and key.
// @param withAlliances boolean
// @return reached node[]
// @return regions {node: Region, alliances: {node: Alliance, rel: rel IN_REGION, partners: {label: string, key: string, rel: rel PARTNER}[], policy: {key: string, rel: rel IN_POLICY}[]}[]}[]
MATCH (r:Region)
WHERE $withAlliances = false OR EXISTS { MATCH (r)<-[:IN_REGION]-(:Alliance) }
WITH r
ORDER BY r.name, r.key
WITH collect(r) AS found
CALL (found) {
  UNWIND found AS r
  OPTIONAL MATCH (r)<-[:IN_REGION]-(:Alliance)-[:PARTNER|IN_POLICY]->(n)
  WITH DISTINCT n
  RETURN collect(n {.*, __label: labels(n)[0]}) AS reached
}
CALL (found) {
  UNWIND found AS r
  RETURN collect({
    node: r {.*, __label: 'Region'},
    alliances: [(r)<-[ir:IN_REGION]-(a:Alliance) | {
      node: a {.*, __label: 'Alliance'},
      rel: ir {.*, __type: 'IN_REGION'},
      partners: [(a)-[pr:PARTNER]->(o) | {label: labels(o)[0], key: o.key, rel: pr {.*, __type: 'PARTNER'}}],
      policy: [(a)-[ip:IN_POLICY]->(p:Policy) | {key: p.key, rel: ip {.*, __type: 'IN_POLICY'}}]
    }]
  }) AS regions
}
RETURN reached, regions
