// The whole answer to "which statements, across every provider type" in one statement (Neo4j): the keys the
// question names (null for one the graph lacks), and per statement its criterion and policy, with the links
// the question's usual selection follows (topic, the provider types it is scoped to, withdrawing amendment,
// issuing insurer), so that the request's loaders are primed and nothing else is asked. Same filters and
// order as requirement/find-statements, which the embedded engine answers instead.
// @param insurer string  key, or ''
// @param careType string  key, or ''
// @param topic string  key, or ''
// @param year int  0 for the latest versions
// @param knownAt string  YYYY-MM-DD, or ''
// @param kinds string[]
// @param parties string[]
// @param forces string[]
// @param includeGuidelines boolean
// @return insurer Insurer | null
// @return careType CareType | null
// @return topic Topic | null
// @return policies [node: Policy(key, title, kind, years), issuedBy: [node: Insurer(key, name), rel: rel ISSUED_BY()][]][]
// @return providerTypes ProviderType(key, nameNl, nameEn)[]
// @return topics Topic(key, nameNl, nameEn)[]
// @return items [criterion: Criterion(key, text, kind, party, force, reviewed, sourceDocument, lineStart, lineEnd, quote), policy: string, topic: [key: string, rel: rel HAS_TOPIC()][], appliesTo: [key: string, rel: rel APPLIES_TO()][], withdrawnBy: [node: Amendment(key, date, title), rel: rel WITHDRAWN_BY()][]][]
OPTIONAL MATCH (askedInsurer:Insurer {key: $insurer})
OPTIONAL MATCH (askedCareType:CareType {key: $careType})
OPTIONAL MATCH (askedTopic:Topic {key: $topic})
CALL () {
  MATCH (p:Policy)
  WHERE ($includeGuidelines OR p.kind <> 'guideline')
    AND ($year = 0 OR $year IN p.years)
    AND ($year <> 0 OR NOT EXISTS { MATCH (p)<-[:PREVIOUS_VERSION]-(:Policy) })
    AND ($insurer = '' OR EXISTS { MATCH (p)-[:ISSUED_BY|ON_BEHALF_OF]->(:Insurer {key: $insurer}) })
  MATCH (c:Criterion)-[:IN_POLICY]->(p)
  MATCH (c)-[:HAS_TOPIC]->(t:Topic)
  WHERE ($topic = '' OR t.key = $topic)
    AND c.kind IN $kinds
    AND c.party IN $parties
    AND c.force IN $forces
    AND ($careType = ''
      OR EXISTS { MATCH (p)-[:COVERS]->(:CareType)-[:SUBTYPE_OF*0..10]->(:CareType {key: $careType}) }
      OR EXISTS { MATCH (c)-[:CONCERNS]->(:CareType)-[:SUBTYPE_OF*0..10]->(:CareType {key: $careType}) })
  OPTIONAL MATCH (c)-[:WITHDRAWN_BY]->(w:Amendment)
  OPTIONAL MATCH (c)-[:ADDED_BY]->(a:Amendment)
  WITH c, p, w, a
  WHERE (w IS NULL OR ($knownAt <> '' AND w.date > $knownAt))
    AND (a IS NULL OR $knownAt = '' OR a.date <= $knownAt)
  WITH DISTINCT c, p
  ORDER BY p.key, c.lineStart, c.key
  RETURN collect({c: c, p: p}) AS rows
}
// Each policy, provider type and topic once, however many statements share it: the items name them by key.
// Nodes and links are partial and compact (lists rather than maps, see src/engine/statement-types.ts): what the
// usual question selects (the example operations); a field that asks for more reads the whole node through its
// loader. Every matching statement is returned (the page is taken afterwards, in the order asked), so each
// item is kept small.
CALL (rows) {
  UNWIND rows AS row
  WITH DISTINCT row.p AS p
  RETURN collect([[p.key, p.title, p.kind, p.years], [(p)-[:ISSUED_BY]->(n:Insurer) | [[n.key, n.name]]]]) AS policies
}
CALL (rows) {
  UNWIND rows AS row
  WITH row.c AS c
  MATCH (c)-[:APPLIES_TO]->(pt:ProviderType)
  WITH DISTINCT pt
  RETURN collect([pt.key, pt.nameNl, pt.nameEn]) AS providerTypes
}
CALL (rows) {
  UNWIND rows AS row
  WITH row.c AS c
  MATCH (c)-[:HAS_TOPIC]->(t:Topic)
  WITH DISTINCT t
  RETURN collect([t.key, t.nameNl, t.nameEn]) AS topics
}
// The statements in the order above (UNWIND and collect keep it).
CALL (rows) {
  UNWIND rows AS row
  WITH row.c AS c, row.p.key AS policy
  RETURN collect([
    [c.key, c.text, c.kind, c.party, c.force, c.reviewed, c.sourceDocument, c.lineStart, c.lineEnd, c.quote],
    policy,
    [(c)-[:HAS_TOPIC]->(n:Topic) | [n.key]],
    [(c)-[:APPLIES_TO]->(n:ProviderType) | [n.key]],
    [(c)-[:WITHDRAWN_BY]->(n:Amendment) | [[n.key, n.date, n.title]]]
  ]) AS items
}
RETURN
  askedInsurer {.*, __label: 'Insurer'} AS insurer,
  askedCareType {.*, __label: 'CareType'} AS careType,
  askedTopic {.*, __label: 'Topic'} AS topic,
  policies,
  providerTypes,
  topics,
  items
