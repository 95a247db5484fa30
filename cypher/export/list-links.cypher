// Every relationship of the graph with its two ends' keys, for `zorginkoop export`. One statement: the
// type and the end labels come back as values, so no statement has to be built per relationship type.
// @param none
// @return fromKey string
// @return toKey string
// @return rel rel  of any type: __type says which
MATCH (a)-[r]->(b)
RETURN a.key AS fromKey, b.key AS toKey, r AS rel
ORDER BY fromKey, toKey
