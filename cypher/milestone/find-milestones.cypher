// The purchasing calendar. Optional filters arrive as '' when not given (LadybugDB cannot type a null
// parameter). A date range keeps only milestones with a day; the audience is a provider type, and a
// milestone for a broader type (every MSZ provider) is also one for a narrower type (a ZBC).
MATCH (m:Milestone)-[:IN_POLICY]->(p:Policy)
WHERE ($from = '' OR (m.date IS NOT NULL AND m.date >= $from))
  AND ($to = '' OR (m.date IS NOT NULL AND m.date <= $to))
  AND ($insurer = '' OR EXISTS { MATCH (p)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer}) })
  AND ($audience = '' OR EXISTS { MATCH (:ProviderType {key: $audience})-[:SUBTYPE_OF*0..10]->(:ProviderType)<-[:FOR_PROVIDER_TYPE]-(m) })
RETURN m AS node
ORDER BY m.date, m.key
