// Embedded only, in the load's transaction, after the seed's links: every provider type to itself (steps 0) and to
// each broader provider type it reaches through the seed's SUBTYPE_OF links, up to ten steps away, as the
// statements' [:SUBTYPE_OF*0..10] does (steps: the fewest links between them). Derived, never a fact: no
// citation, not exported, not served; the embedded variants of the questions read it instead of the
// variable-length path, which LadybugDB plans anew at every execution (README "The embedded engine's type
// closure").
// @param none
// @return none
MATCH path = (a:ProviderType)-[:SUBTYPE_OF*0..10]->(b:ProviderType)
WITH a, b, min(length(path)) AS steps
CREATE (a)-[:SUBTYPE_CLOSURE {steps: steps}]->(b)
