// Every relationship of the served graph with its two ends' keys, for `zorginkoop export`, as
// export/list-links. Neo4j only: a staged load (src/seed/load-seed.ts) keeps links between Offstage nodes
// while it writes a new generation or deletes an old one, and only this statement matches links without a
// label on either end. A link never joins an Offstage node to a served one, so testing one end suffices.
// @param none
// @return fromKey string
// @return toKey string
// @return rel rel  of any type: __type says which
MATCH (a)-[r]->(b)
WHERE NOT a:Offstage
RETURN a.key AS fromKey, b.key AS toKey, r AS rel
ORDER BY fromKey, toKey
