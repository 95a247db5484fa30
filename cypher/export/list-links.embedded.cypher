// Every relationship of the graph with its two ends' keys, for `zorginkoop export`, as export/list-links, but
// without the embedded engine's derived SUBTYPE_CLOSURE (README "The embedded engine's type closure"): it is
// no fact of the graph, and the load makes it again from the SUBTYPE_OF links.
// @param none
// @return fromKey string
// @return toKey string
// @return rel rel  of any type: __type says which
MATCH (a)-[r]->(b)
WHERE label(r) <> 'SUBTYPE_CLOSURE'
RETURN a.key AS fromKey, b.key AS toKey, r AS rel
ORDER BY fromKey, toKey
