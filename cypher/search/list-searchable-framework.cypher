// What the search index holds of each Framework: a named node of no one policy.
// @param none
// @return node Framework
// @return policy string  key, or ''
MATCH (n:Framework)
RETURN n AS node, '' AS policy
