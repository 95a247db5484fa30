// What the embedded search index holds of each Performance, with the policy that states it.
// @param none
// @return node Performance
// @return policy string  key
MATCH (n:Performance)-[:IN_POLICY]->(p:Policy)
RETURN n AS node, p.key AS policy
