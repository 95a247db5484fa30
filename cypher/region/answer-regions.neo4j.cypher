// Regions (optionally only those where an alliance works) with their alliances, each alliance's partners
// and the policy describing it, in one statement (Neo4j), so that the request's loaders are primed and
// nothing else is asked. Same regions and order as region/find-regions, which the embedded engine answers.
// Nodes (`__part` names a partial node's label) and relationships (`__partial`) are partial: what the usual
// question selects (the example operation RegionsWithAlliances); a field that asks for more reads the whole
// node through its loader.
// Subqueries per region and alliance rather than pattern comprehensions, and a row per region rather than
// one collected row: at 10x each about halves the statement's time.
// @param withAlliances boolean
// @return node Region
// @return alliances {node: Alliance, rel: rel IN_REGION, partners: {node: node, rel: rel PARTNER}[], policy: {node: Policy, rel: rel IN_POLICY}[]}[]
MATCH (r:Region)
WHERE $withAlliances = false OR EXISTS { MATCH (r)<-[:IN_REGION]-(:Alliance) }
WITH r
ORDER BY r.name, r.key
CALL (r) {
  MATCH (r)<-[:IN_REGION]-(a:Alliance)
  CALL (a) {
    MATCH (a)-[:PARTNER]->(o)
    RETURN collect({
      node: o {.key, .name, __part: labels(o)[0]},
      rel: {__type: 'PARTNER', __partial: true}
    }) AS partners
  }
  CALL (a) {
    MATCH (a)-[:IN_POLICY]->(p:Policy)
    RETURN collect({
      node: p {.key, .title, __part: 'Policy'},
      rel: {__type: 'IN_POLICY', __partial: true}
    }) AS policy
  }
  RETURN collect({
    node: a {.key, .name, .sourceDocument, .lineStart, .lineEnd, .quote, __part: 'Alliance'},
    rel: {__type: 'IN_REGION', __partial: true},
    partners: partners,
    policy: policy
  }) AS alliances
}
RETURN r {.key, .name, .named, __part: 'Region'} AS node, alliances
