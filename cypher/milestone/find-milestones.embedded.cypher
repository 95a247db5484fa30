// The purchasing calendar. Optional filters arrive as '' when not given (LadybugDB cannot type a null
// parameter). A date range keeps every milestone whose dates overlap it: a day inside it, or a month,
// period or year (date to dateEnd) that reaches into it; a milestone with no date at all is left out.
// The audience is a provider type, and a milestone for a broader type (every MSZ provider) is also one
// for a narrower type (a ZBC).
// Embedded variant (src/engine/embedded-engine.ts embeddedVariant): the statement of the same name without
// `.embedded`, walking the type hierarchy through the derived SUBTYPE_CLOSURE that the embedded load writes
// (README "The embedded engine's type closure") instead of a variable-length SUBTYPE_OF path: the same rows,
// planned in fewer steps. A change to the one is a change to the other.
// @param from string  YYYY-MM-DD, or ''
// @param to string  YYYY-MM-DD, or ''
// @param insurer string  key, or ''
// @param audience string  key of a provider type, or ''
// @return node Milestone
// @return undated boolean
MATCH (m:Milestone)-[:IN_POLICY]->(p:Policy)
WHERE ($from = '' OR (m.date IS NOT NULL AND coalesce(m.dateEnd, m.date) >= $from))
  AND ($to = '' OR (m.date IS NOT NULL AND m.date <= $to))
  AND ($insurer = '' OR EXISTS { MATCH (p)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer}) })
  AND ($audience = '' OR EXISTS { MATCH (:ProviderType {key: $audience})-[:SUBTYPE_CLOSURE]->(:ProviderType)<-[:FOR_PROVIDER_TYPE]-(m) })
RETURN m AS node, m.date IS NULL AS undated
ORDER BY undated, m.date, m.key
