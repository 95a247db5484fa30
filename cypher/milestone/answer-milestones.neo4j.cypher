// The purchasing calendar in one statement (Neo4j): the insurer and audience asked (null for a key the
// graph lacks) and the milestones milestone/find-milestones finds, in its order, so that the request asks
// nothing else. The embedded engine answers with find-milestones.
// @param from string  YYYY-MM-DD, or ''
// @param to string  YYYY-MM-DD, or ''
// @param insurer string  key, or ''
// @param audience string  key of a provider type, or ''
// @return insurer Insurer | null
// @return audience ProviderType | null
// @return milestones Milestone[]
OPTIONAL MATCH (askedInsurer:Insurer {key: $insurer})
OPTIONAL MATCH (askedAudience:ProviderType {key: $audience})
CALL () {
  MATCH (m:Milestone)-[:IN_POLICY]->(p:Policy)
  WHERE ($from = '' OR (m.date IS NOT NULL AND coalesce(m.dateEnd, m.date) >= $from))
    AND ($to = '' OR (m.date IS NOT NULL AND m.date <= $to))
    AND ($insurer = '' OR EXISTS { MATCH (p)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer}) })
    AND ($audience = '' OR EXISTS { MATCH (:ProviderType {key: $audience})-[:SUBTYPE_OF*0..10]->(:ProviderType)<-[:FOR_PROVIDER_TYPE]-(m) })
  WITH m
  ORDER BY m.date IS NULL, m.date, m.key
  RETURN collect(m {.*, __label: 'Milestone'}) AS milestones
}
RETURN askedInsurer {.*, __label: 'Insurer'} AS insurer, askedAudience {.*, __label: 'ProviderType'} AS audience, milestones
