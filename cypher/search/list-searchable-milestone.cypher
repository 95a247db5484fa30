// What the embedded search index holds of each Milestone, with the policy that states it.
// @param none
// @return node Milestone
// @return policy string  key
MATCH (n:Milestone)-[:IN_POLICY]->(p:Policy)
RETURN n AS node, p.key AS policy
