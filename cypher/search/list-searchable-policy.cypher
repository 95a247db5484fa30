// What the embedded search index holds of each policy.
// @param none
// @return node Policy
// @return policy string  key
MATCH (n:Policy)
RETURN n AS node, n.key AS policy
