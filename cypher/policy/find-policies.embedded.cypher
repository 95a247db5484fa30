// Policies, filtered; optional filters arrive as '' / 0 when not given (LadybugDB cannot type a null
// parameter). An insurer's policies include those purchasing on its behalf; a care type includes narrower ones.
// Embedded variant (src/engine/embedded-engine.ts embeddedVariant): the statement of the same name without
// `.embedded`, walking the type hierarchy through the derived SUBTYPE_CLOSURE that the embedded load writes
// (README "The embedded engine's type closure") instead of a variable-length SUBTYPE_OF path: the same rows,
// planned in fewer steps. A change to the one is a change to the other.
// @param insurer string  key, or ''
// @param careType string  key, or ''
// @param year int  0 when not filtered
// @return node Policy
MATCH (p:Policy)
WHERE ($insurer = '' OR EXISTS { MATCH (p)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer}) })
  AND ($careType = '' OR EXISTS { MATCH (p)-[:COVERS]->(:CareType)-[:SUBTYPE_CLOSURE]->(:CareType {key: $careType}) })
  AND ($year = 0 OR $year IN p.years)
RETURN p AS node
ORDER BY p.key
