// What the search index holds of each ProviderType: a named node of no one policy.
// @param none
// @return node ProviderType
// @return policy string  key, or ''
MATCH (n:ProviderType)
RETURN n AS node, '' AS policy
