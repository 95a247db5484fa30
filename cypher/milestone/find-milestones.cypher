// The purchasing calendar. Optional filters arrive as '' when not given (LadybugDB cannot type a null
// parameter). A date range keeps every milestone whose dates overlap it: a day inside it, or a month,
// period or year (date to dateEnd) that reaches into it; a milestone with no date at all is left out.
// The audience is a provider type, and a milestone for a broader type (every MSZ provider) is also one
// for a narrower type (a ZBC).
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
  AND ($audience = '' OR EXISTS { MATCH (:ProviderType {key: $audience})-[:SUBTYPE_OF*0..10]->(:ProviderType)<-[:FOR_PROVIDER_TYPE]-(m) })
RETURN m AS node, m.date IS NULL AS undated
ORDER BY undated, m.date, m.key
