// What the search index holds of each Insurer: a named node of no one policy.
// @param none
// @return node Insurer
// @return policy string  key, or ''
MATCH (n:Insurer)
RETURN n AS node, '' AS policy
