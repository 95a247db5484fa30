// What the embedded search index holds of the source texts: each paragraph that holds no curated statement,
// with the policy its document publishes (not one reconstructed from a later change table).
// @param none
// @return node Passage
// @return policy string  key
MATCH (n:Passage)-[:IN_DOCUMENT]->(:SourceDocument)<-[:DOCUMENTED_IN]-(p:Policy)
WHERE n.statementCount = 0 AND p.reconstructed = false
RETURN n AS node, p.key AS policy
