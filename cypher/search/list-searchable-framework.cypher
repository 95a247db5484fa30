// What the search index holds of each Framework: a named node of no one policy.
MATCH (n:Framework)
RETURN n AS node, '' AS policy
