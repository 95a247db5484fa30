// Neo4j only: the full-text index (accent-folding analyzer) over the searchable kinds, best first.
// The embedded engine ranks in-process instead (src/search/ranked-index.ts).
CALL db.index.fulltext.queryNodes('policy_search', $query) YIELD node, score
OPTIONAL MATCH (node)-[:IN_POLICY]->(p:Policy)
RETURN node, score, coalesce(p.key, node.key) AS policy
ORDER BY score DESC
LIMIT 500
