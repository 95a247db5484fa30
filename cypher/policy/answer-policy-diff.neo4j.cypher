// Both sides of a policy diff in one statement (Neo4j): per policy key asked, the policy (null for a key the
// graph lacks) with its criteria and prestaties (each with the version chain the diff follows: every step's
// previous version, up to four steps back; and a criterion's amendments and provider types), its documented
// changes (with the policy each compares with and what each affects) and its amendments. The request's
// loaders are primed with all of it, so that the diff and the usual selection ask nothing more.
// @param policies string[]  the keys of the two sides (one when both sides are one policy)
// @return key string
// @return policy Policy | null
// @return criteria {node: Criterion, rel: rel IN_POLICY, chain: {key: string, previous: {node: Criterion, rel: rel PREVIOUS_VERSION}[]}[], withdrawnBy: {node: Amendment, rel: rel WITHDRAWN_BY}[], addedBy: {node: Amendment, rel: rel ADDED_BY}[], appliesTo: {node: ProviderType, rel: rel APPLIES_TO}[]}[]
// @return performances {node: Performance, rel: rel IN_POLICY, chain: {key: string, previous: {node: Performance, rel: rel PREVIOUS_VERSION}[]}[]}[]
// @return changes {node: PolicyChange, rel: rel IN_POLICY, comparedWith: {node: Policy, rel: rel COMPARED_WITH}[], affects: {node: node, rel: rel AFFECTS}[]}[]
// @return amendments {node: Amendment, rel: rel AMENDS}[]
UNWIND $policies AS key
OPTIONAL MATCH (p:Policy {key: key})
RETURN
  key,
  p {.*, __label: 'Policy'} AS policy,
  [(c:Criterion)-[r:IN_POLICY]->(p) | {
    node: c {.*, __label: 'Criterion'},
    rel: r {.*, __type: 'IN_POLICY'},
    chain: [(c)-[:PREVIOUS_VERSION*0..3]->(x:Criterion) | {
      key: x.key,
      previous: [(x)-[pr:PREVIOUS_VERSION]->(y:Criterion) | {node: y {.*, __label: 'Criterion'}, rel: pr {.*, __type: 'PREVIOUS_VERSION'}}]
    }],
    withdrawnBy: [(c)-[wr:WITHDRAWN_BY]->(w:Amendment) | {node: w {.*, __label: 'Amendment'}, rel: wr {.*, __type: 'WITHDRAWN_BY'}}],
    addedBy: [(c)-[ar:ADDED_BY]->(a:Amendment) | {node: a {.*, __label: 'Amendment'}, rel: ar {.*, __type: 'ADDED_BY'}}],
    appliesTo: [(c)-[tr:APPLIES_TO]->(t:ProviderType) | {node: t {.*, __label: 'ProviderType'}, rel: tr {.*, __type: 'APPLIES_TO'}}]
  }] AS criteria,
  [(f:Performance)-[r:IN_POLICY]->(p) | {
    node: f {.*, __label: 'Performance'},
    rel: r {.*, __type: 'IN_POLICY'},
    chain: [(f)-[:PREVIOUS_VERSION*0..3]->(x:Performance) | {
      key: x.key,
      previous: [(x)-[pr:PREVIOUS_VERSION]->(y:Performance) | {node: y {.*, __label: 'Performance'}, rel: pr {.*, __type: 'PREVIOUS_VERSION'}}]
    }]
  }] AS performances,
  [(ch:PolicyChange)-[r:IN_POLICY]->(p) | {
    node: ch {.*, __label: 'PolicyChange'},
    rel: r {.*, __type: 'IN_POLICY'},
    comparedWith: [(ch)-[cr:COMPARED_WITH]->(o:Policy) | {node: o {.*, __label: 'Policy'}, rel: cr {.*, __type: 'COMPARED_WITH'}}],
    affects: [(ch)-[fr:AFFECTS]->(n) | {node: n {.*, __label: labels(n)[0]}, rel: fr {.*, __type: 'AFFECTS'}}]
  }] AS changes,
  [(a:Amendment)-[r:AMENDS]->(p) | {node: a {.*, __label: 'Amendment'}, rel: r {.*, __type: 'AMENDS'}}] AS amendments
