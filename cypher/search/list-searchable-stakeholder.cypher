// What the search index holds of each Stakeholder: a named node of no one policy.
MATCH (n:Stakeholder)
RETURN n AS node, '' AS policy
