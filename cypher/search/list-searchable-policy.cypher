// What the embedded search index holds of each policy.
MATCH (n:Policy)
RETURN n AS node, n.key AS policy
