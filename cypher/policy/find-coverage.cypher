// What the graph holds per insurer and care type: every policy issued by the insurer or purchasing on its
// behalf (every version, each with the years it covers) and covering the care type, with the document it is
// documented in, and per topic how many current statements the policy holds and how many of them bind the
// provider ($forces, $parties: the binding scope). One row per insurer, care type, policy and topic (topic
// null for a policy that states nothing). `asked`: the care type is the one asked or a narrower one (true
// when none is asked); the other rows tell what the insurer's policies cover instead.
// Counted by key, and only then the nodes looked up by key for the rows: LadybugDB carrying five whole nodes
// through the counting planned and ran 15-25 % slower (seed/, every insurer: 405 rows, about 56 → 47 ms).
// @param insurer string  key, or ''
// @param careType string  key, or ''
// @param year int  0 for every year
// @param forces string[]
// @param parties string[]
// @return insurer Insurer
// @return careType CareType
// @return policy Policy
// @return document SourceDocument | null
// @return topic Topic | null
// @return statements int
// @return binding int
// @return asked boolean
MATCH (p:Policy)-[:ISSUED_BY|ON_BEHALF_OF]->(i:Insurer)
WHERE ($insurer = '' OR i.key = $insurer)
  AND ($year = 0 OR $year IN p.years)
WITH DISTINCT p, i
MATCH (p)-[:COVERS]->(ct:CareType)
OPTIONAL MATCH (ct)-[:SUBTYPE_OF*0..10]->(x:CareType {key: $careType})
WITH p, i, ct, $careType = '' OR x IS NOT NULL AS asked
OPTIONAL MATCH (p)-[:DOCUMENTED_IN]->(d:SourceDocument)
OPTIONAL MATCH (c:Criterion)-[:IN_POLICY]->(p)
WHERE NOT EXISTS { MATCH (c)-[:WITHDRAWN_BY]->(:Amendment) }
OPTIONAL MATCH (c)-[:HAS_TOPIC]->(t:Topic)
WITH i.key AS ik, ct.key AS ck, p.key AS pk, d.key AS dk, t.key AS tk, asked, c.key AS ckey,
  c.force IN $forces AND c.party IN $parties AS binds
WITH ik, ck, pk, dk, tk, asked, count(DISTINCT ckey) AS statements,
  count(DISTINCT CASE WHEN binds THEN ckey ELSE NULL END) AS binding
MATCH (i:Insurer {key: ik})
MATCH (ct:CareType {key: ck})
MATCH (p:Policy {key: pk})
OPTIONAL MATCH (d:SourceDocument {key: dk})
OPTIONAL MATCH (t:Topic {key: tk})
RETURN i AS insurer, ct AS careType, p AS policy, d AS document, t AS topic, statements, binding, asked
ORDER BY insurer.key, careType.key, policy.key, topic.key
