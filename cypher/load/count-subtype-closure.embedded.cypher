// Embedded only, at start-up of a persistent database: how many provider and care types there are, and how
// many of them the derived SUBTYPE_CLOSURE holds (each type reaches itself, steps 0). Fewer means a database
// an earlier release loaded, before the closure existed: the engine writes it then, from the SUBTYPE_OF links
// the database holds (README "The embedded engine's type closure").
// @param none
// @return types int
// @return closed int
MATCH (t:ProviderType:CareType)
OPTIONAL MATCH (t)-[k:SUBTYPE_CLOSURE]->(t)
WHERE k.steps = 0
RETURN count(t) AS types, count(k) AS closed
