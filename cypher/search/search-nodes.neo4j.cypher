// Neo4j only: the full-text index (Dutch analyzer) over the searchable kinds, best first, with the policy
// each hit belongs to ('' for a named node of no one policy). Scope is applied before ranking: only
// nodes with one of $labels and, when $insurer is not '', of a policy that insurer issues or is purchased
// for. A paragraph of a source (Passage) is in scope only when it holds no curated statement; its policy is
// the one its document publishes. Every hit in scope is returned, so that the total is the true total at any corpus size. The
// embedded engine ranks in-process instead (src/search/search-service.ts).
// @param index string  the full-text index: policy_search_nl (what the curators stated and named) or source_text_search_nl (paragraphs)
// @param query string  Lucene syntax
// @param labels string[]  the kinds in scope
// @param insurer string  key, or ''
// With the hits comes the insurer asked (null for a key the graph lacks), so that one statement answers.
// @return insurer Insurer | null
// @return hits {node: node, score: float, policy: string, owner: Policy | null}[]  policy: key or ''; owner: that policy's node
OPTIONAL MATCH (askedInsurer:Insurer {key: $insurer})
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
  WHERE any(label IN labels(node) WHERE label IN $labels) AND NOT (node:Passage AND node.statementCount > 0)
  OPTIONAL MATCH (node)-[:IN_POLICY|AMENDS]->(p:Policy)
  OPTIONAL MATCH (node:Passage)-[:IN_DOCUMENT]->(:SourceDocument)<-[:DOCUMENTED_IN]-(published:Policy)
  WHERE published.reconstructed = false
  WITH node, score, CASE WHEN node:Policy THEN node ELSE coalesce(p, published) END AS owner
  WHERE $insurer = '' OR (owner IS NOT NULL AND EXISTS { MATCH (owner)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer}) })
  WITH node, score, owner
  ORDER BY score DESC, node.key
  RETURN collect({node: node {.*, __label: labels(node)[0]}, score: score, policy: coalesce(owner.key, ''), owner: owner {.*, __label: 'Policy'}}) AS hits
}
RETURN askedInsurer {.*, __label: 'Insurer'} AS insurer, hits
