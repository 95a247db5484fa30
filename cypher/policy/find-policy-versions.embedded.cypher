// One part of an insurer's policy timeline (see src/schema/policy-history.ts). $careType arrives as ''
// when not given. Not one UNION ALL statement: LadybugDB 0.19.1 crashes on UNION ALL over EXISTS subqueries.
// Embedded variant (src/engine/embedded-engine.ts embeddedVariant): the statement of the same name without
// `.embedded`, walking the type hierarchy through the derived SUBTYPE_CLOSURE that the embedded load writes
// (README "The embedded engine's type closure") instead of a variable-length SUBTYPE_OF path: the same rows,
// planned in fewer steps. A change to the one is a change to the other.
// @param insurer string  key
// @param careType string  key, or ''
// @return kind 'VERSION'
// @return key string  the policy
// @return date Policy.publishedOn
// @return policy string
// @return years Policy.years
MATCH (p:Policy)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer})
WHERE $careType = '' OR EXISTS { MATCH (p)-[:COVERS]->(:CareType)-[:SUBTYPE_CLOSURE]->(:CareType {key: $careType}) }
RETURN DISTINCT 'VERSION' AS kind, p.key AS key, p.publishedOn AS date, p.key AS policy, p.years AS years
