// What the search index holds of each Stakeholder: a named node of no one policy.
// @param none
// @return node Stakeholder
// @return policy string  key, or ''
MATCH (n:Stakeholder)
RETURN n AS node, '' AS policy
