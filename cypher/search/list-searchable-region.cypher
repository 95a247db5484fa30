// What the search index holds of each Region, with the policy that describes it.
MATCH (n:Region)-[:IN_POLICY]->(p:Policy)
RETURN n AS node, p.key AS policy
