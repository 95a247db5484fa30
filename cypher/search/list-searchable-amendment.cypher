// What the search index holds of each Amendment, with the policy it amends.
// @param none
// @return node Amendment
// @return policy string  key
MATCH (n:Amendment)-[:AMENDS]->(p:Policy)
RETURN n AS node, p.key AS policy
