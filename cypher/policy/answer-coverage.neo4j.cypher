// The whole coverage answer in one statement (Neo4j): the insurer and care type asked (null for a key the
// graph lacks) and, per policy that policy/find-coverage reaches (by key), who it is issued by or purchases
// on behalf of, the care types it covers (each `asked` as there), the documents it is documented in and per
// topic how many current statements it makes and how many bind the provider. The service crosses them into
// find-coverage's rows (one per insurer, care type, policy, document and topic), which the embedded engine
// answers instead. The insurers, care types, documents and topics the policies name are returned once each,
// in `reached`: returning find-coverage's rows with whole nodes repeated the policy and insurer in every row
// (100x, every insurer: 40,500 rows, 125 MB from Neo4j, about a minute; so, 2.4 MB and under a second), and
// counting the statements per policy and care type counted each policy's criteria once per care type.
// @param insurer string  key, or ''
// @param careType string  key, or ''
// @param year int  0 for every year
// @param forces string[]
// @param parties string[]
// @return insurer Insurer | null
// @return careType CareType | null
// @return policies {node: Policy, insurers: string[], careTypes: {key: string, asked: boolean}[], documents: string[], topics: {key: string, statements: int, binding: int}[]}[]
// @return reached node[]  the insurers, care types, documents and topics `policies` names, once each
OPTIONAL MATCH (askedInsurer:Insurer {key: $insurer})
OPTIONAL MATCH (askedCareType:CareType {key: $careType})
CALL () {
  MATCH (p:Policy)-[:ISSUED_BY|ON_BEHALF_OF]->(i:Insurer)
  WHERE ($insurer = '' OR i.key = $insurer)
    AND ($year = 0 OR $year IN p.years)
  WITH p, collect(DISTINCT i) AS insurers
  WITH p, insurers, [(p)-[:COVERS]->(ct:CareType) | ct] AS careTypes
  WHERE size(careTypes) > 0
  CALL (p) {
    MATCH (c:Criterion)-[:IN_POLICY]->(p)
    WHERE NOT EXISTS { MATCH (c)-[:WITHDRAWN_BY]->(:Amendment) }
    MATCH (c)-[:HAS_TOPIC]->(t:Topic)
    WITH t, count(DISTINCT c.key) AS statements,
      count(DISTINCT CASE WHEN c.force IN $forces AND c.party IN $parties THEN c.key ELSE NULL END) AS binding
    ORDER BY t.key
    RETURN collect({node: t, statements: statements, binding: binding}) AS topics
  }
  WITH p, insurers, careTypes, [(p)-[:DOCUMENTED_IN]->(d:SourceDocument) | d] AS documents, topics
  ORDER BY p.key
  WITH collect({
    node: p {.*, __label: 'Policy'},
    insurers: [i IN insurers | i.key],
    careTypes: [ct IN careTypes | {
      key: ct.key,
      asked: $careType = '' OR EXISTS { MATCH (ct)-[:SUBTYPE_OF*0..10]->(:CareType {key: $careType}) }
    }],
    documents: [d IN documents | d.key],
    topics: [t IN topics | {key: t.node.key, statements: t.statements, binding: t.binding}]
  }) AS policies,
    collect(insurers) AS insurers,
    collect(careTypes) AS careTypes,
    collect(documents) AS documents,
    collect([t IN topics | t.node]) AS topics
  CALL (insurers) {
    UNWIND insurers AS some
    UNWIND some AS n
    WITH DISTINCT n
    RETURN collect(n {.*, __label: 'Insurer'}) AS insurerNodes
  }
  CALL (careTypes) {
    UNWIND careTypes AS some
    UNWIND some AS n
    WITH DISTINCT n
    RETURN collect(n {.*, __label: 'CareType'}) AS careTypeNodes
  }
  CALL (documents) {
    UNWIND documents AS some
    UNWIND some AS n
    WITH DISTINCT n
    RETURN collect(n {.*, __label: 'SourceDocument'}) AS documentNodes
  }
  CALL (topics) {
    UNWIND topics AS some
    UNWIND some AS n
    WITH DISTINCT n
    RETURN collect(n {.*, __label: 'Topic'}) AS topicNodes
  }
  RETURN policies, insurerNodes + careTypeNodes + documentNodes + topicNodes AS reached
}
RETURN
  askedInsurer {.*, __label: 'Insurer'} AS insurer,
  askedCareType {.*, __label: 'CareType'} AS careType,
  policies,
  reached
