// What the search index holds of each Alliance, with the policy that describes it.
// @param none
// @return node Alliance
// @return policy string  key
MATCH (n:Alliance)-[:IN_POLICY]->(p:Policy)
RETURN n AS node, p.key AS policy
