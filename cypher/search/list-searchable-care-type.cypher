// What the search index holds of each CareType: a named node of no one policy.
MATCH (n:CareType)
RETURN n AS node, '' AS policy
