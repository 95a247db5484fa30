// Regions (optionally only those where an alliance works) with their alliances, each alliance's partners
// and the policy describing it, in one statement (Neo4j), so that the request's loaders are primed and
// nothing else is asked. Same regions and order as region/find-regions, which the embedded engine answers.
// Nodes and links are partial and compact (lists rather than maps, see src/engine/statement-types.ts): what
// the usual question selects (the example operation RegionsWithAlliances); a field that asks for more reads the
// whole node through its loader.
// Subqueries per region and alliance rather than pattern comprehensions, and a row per region rather than
// one collected row: at 10x each about halves the statement's time.
// @param withAlliances boolean
// @return node Region(key, name, named)
// @return alliances [node: Alliance(key, name, sourceDocument, lineStart, lineEnd, quote), rel: rel IN_REGION(), partners: [node: node(key, name), rel: rel PARTNER()][], policy: [node: Policy(key, title), rel: rel IN_POLICY()][]][]
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
RETURN [r.key, r.name, r.named] AS node, alliances
