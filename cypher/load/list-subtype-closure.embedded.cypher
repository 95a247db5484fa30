// Embedded only: the derived SUBTYPE_CLOSURE as the load wrote it (README "The embedded engine's type
// closure"), for the test that holds it against the seed's SUBTYPE_OF links.
// @param none
// @return label string  ProviderType or CareType
// @return fromKey string
// @return toKey string
// @return steps int
MATCH (a)-[k:SUBTYPE_CLOSURE]->(b)
RETURN label(a) AS label, a.key AS fromKey, b.key AS toKey, k.steps AS steps
ORDER BY label, fromKey, toKey
