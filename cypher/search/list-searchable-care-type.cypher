// What the search index holds of each CareType: a named node of no one policy.
// @param none
// @return node CareType
// @return policy string  key, or ''
MATCH (n:CareType)
RETURN n AS node, '' AS policy
