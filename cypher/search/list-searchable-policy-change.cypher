// What the embedded search index holds of each PolicyChange, with the policy that states it.
MATCH (n:PolicyChange)-[:IN_POLICY]->(p:Policy)
RETURN n AS node, p.key AS policy
