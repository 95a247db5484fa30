// What the search index holds of each Amendment, with the policy it amends.
MATCH (n:Amendment)-[:AMENDS]->(p:Policy)
RETURN n AS node, p.key AS policy
