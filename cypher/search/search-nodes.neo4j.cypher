// Neo4j only: the full-text index (Dutch analyzer) over the searchable kinds, best first, with the policy
// each hit belongs to ('' for a named node of no one policy). The embedded engine ranks in-process
// instead (src/search/search-service.ts).
CALL db.index.fulltext.queryNodes('policy_search_nl', $query) YIELD node, score
OPTIONAL MATCH (node)-[:IN_POLICY|AMENDS]->(p:Policy)
RETURN node, score, CASE WHEN node:Policy THEN node.key ELSE coalesce(p.key, '') END AS policy
ORDER BY score DESC
LIMIT 500
