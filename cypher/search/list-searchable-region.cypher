// What the search index holds of each Region, with the policy that describes it.
// @param none
// @return node Region
// @return policy string  key
MATCH (n:Region)-[:IN_POLICY]->(p:Policy)
RETURN n AS node, p.key AS policy
