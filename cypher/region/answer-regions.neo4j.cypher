// Regions (optionally only those where an alliance works) with their alliances, each alliance's partners
// and the policy describing it, in one statement (Neo4j), so that the request's loaders are primed and
// nothing else is asked. Same regions and order as region/find-regions, which the embedded engine answers.
// Nodes and links are partial and compact (lists rather than maps, see src/engine/statement-types.ts): what
// the usual question selects (the example operation RegionsWithAlliances); a field that asks for more reads the
// whole node through its loader.
// Subqueries per region and alliance rather than pattern comprehensions: at 10x that about halves the
// statement's time. One collected row rather than a row per region: at 10x (80 regions) 17 % less of
// Neo4j's CPU and 6 % less of the driver's, each record being a message of its own, at the same p50.
// @param withAlliances boolean
// @return regions [node: Region(key, name, named), alliances: [node: Alliance(key, name, sourceDocument, lineStart, lineEnd, quote), rel: rel IN_REGION(), partners: [node: node(key, name), rel: rel PARTNER()][], policy: [node: Policy(key, title), rel: rel IN_POLICY()][]][]][]
MATCH (r:Region)
WHERE $withAlliances = false OR EXISTS { MATCH (r)<-[:IN_REGION]-(:Alliance) }
WITH r
ORDER BY r.name, r.key
CALL (r) {
  MATCH (r)<-[:IN_REGION]-(a:Alliance)
  CALL (a) {
    MATCH (a)-[:PARTNER]->(o)
    RETURN collect([[labels(o)[0], o.key, o.name]]) AS partners
  }
  CALL (a) {
    MATCH (a)-[:IN_POLICY]->(p:Policy)
    RETURN collect([[p.key, p.title]]) AS policy
  }
  RETURN collect([[a.key, a.name, a.sourceDocument, a.lineStart, a.lineEnd, a.quote], partners, policy]) AS alliances
}
// ORDER BY above, then collect: the rows keep their order.
RETURN collect([[r.key, r.name, r.named], alliances]) AS regions
