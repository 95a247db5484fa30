// What the search index holds of each Alliance, with the policy that describes it.
MATCH (n:Alliance)-[:IN_POLICY]->(p:Policy)
RETURN n AS node, p.key AS policy
