// Regions (optionally only those where an alliance works) with their alliances, each alliance's partners
// and the policy describing it, in one statement (Neo4j), so that the request's loaders are primed and
// nothing else is asked. Same regions and order as region/find-regions, which the embedded engine answers.
// @param withAlliances boolean
// @return node Region
// @return alliances {node: Alliance, rel: rel IN_REGION, partners: {node: node, rel: rel PARTNER}[], policy: {node: Policy, rel: rel IN_POLICY}[]}[]
MATCH (r:Region)
WHERE $withAlliances = false OR EXISTS { MATCH (r)<-[:IN_REGION]-(:Alliance) }
RETURN
  r {.*, __label: 'Region'} AS node,
  [(r)<-[ir:IN_REGION]-(a:Alliance) | {
    node: a {.*, __label: 'Alliance'},
    rel: ir {.*, __type: 'IN_REGION'},
    partners: [(a)-[pr:PARTNER]->(o) | {node: o {.*, __label: labels(o)[0]}, rel: pr {.*, __type: 'PARTNER'}}],
    policy: [(a)-[ip:IN_POLICY]->(p:Policy) | {node: p {.*, __label: 'Policy'}, rel: ip {.*, __type: 'IN_POLICY'}}]
  }] AS alliances
ORDER BY r.name, r.key
