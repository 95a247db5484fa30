// The whole coverage answer in one statement (Neo4j): the insurer and care type asked (null for a key the
// graph lacks) and the rows of policy/find-coverage, which the embedded engine answers instead.
// @param insurer string  key, or ''
// @param careType string  key, or ''
// @param year int  0 for every year
// @param forces string[]
// @param parties string[]
// @return insurer Insurer | null
// @return careType CareType | null
// @return rows {insurer: Insurer, careType: CareType, policy: Policy, document: SourceDocument | null, topic: Topic | null, statements: int, binding: int, asked: boolean}[]
OPTIONAL MATCH (askedInsurer:Insurer {key: $insurer})
OPTIONAL MATCH (askedCareType:CareType {key: $careType})
CALL () {
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
  WITH i, ct, p, d, t, c, asked, c.force IN $forces AND c.party IN $parties AS binds
  WITH i, ct, p, d, t, asked,
    count(DISTINCT c.key) AS statements,
    count(DISTINCT CASE WHEN binds THEN c.key ELSE NULL END) AS binding
  ORDER BY i.key, ct.key, p.key, t.key
  RETURN collect({
    insurer: i {.*, __label: 'Insurer'},
    careType: ct {.*, __label: 'CareType'},
    policy: p {.*, __label: 'Policy'},
    document: d {.*, __label: 'SourceDocument'},
    topic: t {.*, __label: 'Topic'},
    statements: statements,
    binding: binding,
    asked: asked
  }) AS rows
}
RETURN
  askedInsurer {.*, __label: 'Insurer'} AS insurer,
  askedCareType {.*, __label: 'CareType'} AS careType,
  rows
