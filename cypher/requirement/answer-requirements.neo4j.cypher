// The whole answer to "which requirements reach this provider type" in one statement (Neo4j): the keys the
// question names (null for one the graph lacks), and per requirement its criterion, policy and the type it
// names (also a narrower one with $includeNarrower) and how it stands to the asked type, with the links the question's usual selection follows (topic, withdrawing amendment, issuing
// insurer), so that the request's loaders are primed and nothing else is asked. Same filters and order as
// requirement/find-requirements, which the embedded engine answers instead.
// @param providerType string  key
// @param insurer string  key, or ''
// @param careType string  key, or ''
// @param topic string  key, or ''
// @param year int  0 for the latest versions
// @param knownAt string  YYYY-MM-DD, or ''
// @param kinds string[]
// @param parties string[]
// @param forces string[]
// @param includeGuidelines boolean
// @param includeNarrower boolean
// @return asked ProviderType | null
// @return insurer Insurer | null
// @return careType CareType | null
// @return topic Topic | null
// @return policies [node: Policy(key, title, kind, years), issuedBy: [node: Insurer(key, name), rel: rel ISSUED_BY()][]][]
// @return providerTypes ProviderType(key, nameNl, nameEn)[]
// @return topics Topic(key, nameNl, nameEn)[]
// @return items [criterion: Criterion(key, text, kind, party, force, reviewed, sourceDocument, lineStart, lineEnd, quote), policy: string, appliesVia: string, relation: string, topic: [key: string, rel: rel HAS_TOPIC()][], withdrawnBy: [node: Amendment(key, date, title), rel: rel WITHDRAWN_BY()][]][]
OPTIONAL MATCH (asked:ProviderType {key: $providerType})
OPTIONAL MATCH (askedInsurer:Insurer {key: $insurer})
OPTIONAL MATCH (askedCareType:CareType {key: $careType})
OPTIONAL MATCH (askedTopic:Topic {key: $topic})
CALL (asked) {
  // The types first, once: the asked one, every broader one and, when asked for, every narrower one.
  MATCH (asked)-[:SUBTYPE_OF*0..10]->(up:ProviderType)
  WITH asked, collect(DISTINCT up) AS broader
  OPTIONAL MATCH (down:ProviderType)-[:SUBTYPE_OF*1..10]->(asked)
  WHERE $includeNarrower
  WITH asked, broader, collect(DISTINCT down) AS narrower
  // Then the policies, from the insurer when one is asked: at 100x a type reaches the criteria of every
  // copy of every policy, so the criteria are read from the policies in scope, not from the types.
  CALL () {
    MATCH (:Insurer {key: $insurer})<-[:ISSUED_BY|ON_BEHALF_OF]-(p:Policy)
    RETURN p
    UNION
    // Every policy only when no insurer is asked: with `WHERE $insurer = ''` after the MATCH, the planner
    // read every policy first and filtered them after (900 at 100x, for nothing).
    UNWIND CASE WHEN $insurer = '' THEN [true] ELSE [] END AS everyInsurer
    MATCH (p:Policy)
    RETURN p
  }
  WITH asked, broader, narrower, p
  WHERE ($includeGuidelines OR p.kind <> 'guideline')
    AND ($year = 0 OR $year IN p.years)
    AND ($year <> 0 OR NOT EXISTS { MATCH (p)<-[:PREVIOUS_VERSION]-(:Policy) })
  MATCH (c:Criterion)-[:IN_POLICY]->(p)
  MATCH (c)-[:APPLIES_TO]->(via:ProviderType)
  WHERE via IN broader OR via IN narrower
  WITH p, c, via, CASE WHEN via = asked THEN 'asked' WHEN via IN broader THEN 'broader' ELSE 'narrower' END AS relation
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
  WITH c, p, via, relation, w, a
  WHERE (w IS NULL OR ($knownAt <> '' AND w.date > $knownAt))
    AND (a IS NULL OR $knownAt = '' OR a.date <= $knownAt)
  WITH c, p, via, relation
  ORDER BY p.key, c.lineStart, c.key, relation, via.key
  RETURN collect({c: c, p: p, via: via, relation: relation}) AS rows
}
// Each policy, provider type and topic once, however many requirements share it: the items name them by key.
// Nodes and links are partial and compact (lists rather than maps, see src/engine/statement-types.ts): what the
// usual question selects (the example operations); a field that asks for more reads the whole node through its
// loader.
CALL (rows) {
  UNWIND rows AS row
  WITH DISTINCT row.p AS p
  RETURN collect([[p.key, p.title, p.kind, p.years], [(p)-[:ISSUED_BY]->(n:Insurer) | [[n.key, n.name]]]]) AS policies
}
CALL (rows) {
  UNWIND rows AS row
  WITH DISTINCT row.via AS via
  RETURN collect([via.key, via.nameNl, via.nameEn]) AS providerTypes
}
CALL (rows) {
  UNWIND rows AS row
  WITH row.c AS c
  MATCH (c)-[:HAS_TOPIC]->(t:Topic)
  WITH DISTINCT t
  RETURN collect([t.key, t.nameNl, t.nameEn]) AS topics
}
// The requirements in the order above (UNWIND and collect keep it).
CALL (rows) {
  UNWIND rows AS row
  WITH row.c AS c, row.p.key AS policy, row.via.key AS appliesVia, row.relation AS relation
  RETURN collect([
    [c.key, c.text, c.kind, c.party, c.force, c.reviewed, c.sourceDocument, c.lineStart, c.lineEnd, c.quote],
    policy,
    appliesVia,
    relation,
    [(c)-[:HAS_TOPIC]->(n:Topic) | [n.key]],
    [(c)-[:WITHDRAWN_BY]->(n:Amendment) | [[n.key, n.date, n.title]]]
  ]) AS items
}
RETURN
  asked {.*, __label: 'ProviderType'} AS asked,
  askedInsurer {.*, __label: 'Insurer'} AS insurer,
  askedCareType {.*, __label: 'CareType'} AS careType,
  askedTopic {.*, __label: 'Topic'} AS topic,
  policies,
  providerTypes,
  topics,
  items
