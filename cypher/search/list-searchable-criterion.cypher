// What the embedded search index holds of each Criterion, with the policy that states it.
// @param none
// @return node Criterion
// @return policy string  key
MATCH (n:Criterion)-[:IN_POLICY]->(p:Policy)
RETURN n AS node, p.key AS policy
