// What the search index holds of each Insurer: a named node of no one policy.
MATCH (n:Insurer)
RETURN n AS node, '' AS policy
