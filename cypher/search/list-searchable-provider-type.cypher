// What the search index holds of each ProviderType: a named node of no one policy.
MATCH (n:ProviderType)
RETURN n AS node, '' AS policy
