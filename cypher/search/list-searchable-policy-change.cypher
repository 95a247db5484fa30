// What the embedded search index holds of each PolicyChange, with the policy that states it.
// @param none
// @return node PolicyChange
// @return policy string  key
MATCH (n:PolicyChange)-[:IN_POLICY]->(p:Policy)
RETURN n AS node, p.key AS policy
