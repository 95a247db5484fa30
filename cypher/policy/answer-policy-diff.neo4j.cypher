// Both sides of a policy diff in one statement (Neo4j): per policy key asked, the policy (null for a key the
// graph lacks) with its criteria and prestaties (each with the version chain the diff follows: every step's
// previous version, up to four steps back; and a criterion's amendments and provider types), its documented
// changes (with the policy each compares with and what each affects) and its amendments. The request's
// loaders are primed with all of it, so that the diff and the usual selection ask nothing more.
// Every node the links reach is returned once, in `reached`, and the links name it by key (and label where
// the link may reach several kinds): an amendment or provider type shared by many criteria crosses the wire
// once, not once per criterion.
// Nodes (`__part` names a partial node's label) and links (`__partial`) are partial: what the diff compares
// (keys, texts, statuses, dates, effects) and what its usual selection shows; a field that asks for more
// reads the whole node through its loader.
// @param policies string[]  the keys of the two sides (one when both sides are one policy)
// @return reached node[]
// @return sides {key: string, policy: Policy | null, criteria: {node: Criterion, rel: rel IN_POLICY, chain: {key: string, previous: {key: string, rel: rel PREVIOUS_VERSION}[]}[], withdrawnBy: {key: string, rel: rel WITHDRAWN_BY}[], addedBy: {key: string, rel: rel ADDED_BY}[], appliesTo: {key: string, rel: rel APPLIES_TO}[]}[], performances: {node: Performance, rel: rel IN_POLICY, chain: {key: string, previous: {key: string, rel: rel PREVIOUS_VERSION}[]}[]}[], changes: {node: PolicyChange, rel: rel IN_POLICY, comparedWith: {key: string, rel: rel COMPARED_WITH}[], affects: {label: string, key: string, rel: rel AFFECTS}[]}[], amendments: {key: string, rel: rel AMENDS}[]}[]
UNWIND $policies AS key
OPTIONAL MATCH (p:Policy {key: key})
WITH collect({key: key, policy: p}) AS asked, collect(p) AS policies
CALL (policies) {
  UNWIND policies AS p
  CALL (p) {
    MATCH (p)<-[:IN_POLICY]-(:Criterion)-[:APPLIES_TO|WITHDRAWN_BY|ADDED_BY]->(n)
    RETURN n
    UNION
    MATCH (p)<-[:IN_POLICY]-(:Criterion)-[:PREVIOUS_VERSION*1..4]->(n:Criterion)
    RETURN n
    UNION
    MATCH (p)<-[:IN_POLICY]-(:Performance)-[:PREVIOUS_VERSION*1..4]->(n:Performance)
    RETURN n
    UNION
    MATCH (p)<-[:IN_POLICY]-(:PolicyChange)-[:COMPARED_WITH|AFFECTS]->(n)
    RETURN n
    UNION
    MATCH (p)<-[:AMENDS]-(n:Amendment)
    RETURN n
  }
  WITH DISTINCT n
  RETURN collect(CASE labels(n)[0]
    WHEN 'Criterion' THEN n {.key, .text, __part: 'Criterion'}
    WHEN 'Performance' THEN n {.key, .name, .nameEn, .status, __part: 'Performance'}
    WHEN 'Amendment' THEN n {.key, .date, .title, __part: 'Amendment'}
    WHEN 'ProviderType' THEN n {.key, .nameNl, .nameEn, __part: 'ProviderType'}
    WHEN 'CareType' THEN n {.key, .nameNl, .nameEn, __part: 'CareType'}
    WHEN 'Policy' THEN n {.key, .title, .kind, .years, __part: 'Policy'}
    ELSE n {.*, __label: labels(n)[0]}
  END) AS reached
}
CALL (asked) {
  UNWIND asked AS side
  WITH side.key AS key, side.policy AS p
  RETURN collect({
    key: key,
    policy: p {.*, __label: 'Policy'},
    criteria: [(c:Criterion)-[:IN_POLICY]->(p) | {
      node: c {
        .key, .text, .sourceDocument, .lineStart, .lineEnd, .quote, __part: 'Criterion'
      },
      rel: {__type: 'IN_POLICY', __partial: true},
      chain: [(c)-[:PREVIOUS_VERSION*0..3]->(x:Criterion) | {
        key: x.key,
        previous: [(x)-[:PREVIOUS_VERSION]->(y:Criterion) | {key: y.key, rel: {__type: 'PREVIOUS_VERSION', __partial: true}}]
      }],
      withdrawnBy: [(c)-[:WITHDRAWN_BY]->(w:Amendment) | {key: w.key, rel: {__type: 'WITHDRAWN_BY', __partial: true}}],
      addedBy: [(c)-[:ADDED_BY]->(a:Amendment) | {key: a.key, rel: {__type: 'ADDED_BY', __partial: true}}],
      appliesTo: [(c)-[:APPLIES_TO]->(t:ProviderType) | {key: t.key, rel: {__type: 'APPLIES_TO', __partial: true}}]
    }],
    performances: [(f:Performance)-[:IN_POLICY]->(p) | {
      node: f {.key, .name, .nameEn, .status, __part: 'Performance'},
      rel: {__type: 'IN_POLICY', __partial: true},
      chain: [(f)-[:PREVIOUS_VERSION*0..3]->(x:Performance) | {
        key: x.key,
        previous: [(x)-[:PREVIOUS_VERSION]->(y:Performance) | {key: y.key, rel: {__type: 'PREVIOUS_VERSION', __partial: true}}]
      }]
    }],
    changes: [(ch:PolicyChange)-[:IN_POLICY]->(p) | {
      node: ch {.key, .subject, .before, .after, .effect, __part: 'PolicyChange'},
      rel: {__type: 'IN_POLICY', __partial: true},
      comparedWith: [(ch)-[:COMPARED_WITH]->(o:Policy) | {key: o.key, rel: {__type: 'COMPARED_WITH', __partial: true}}],
      affects: [(ch)-[:AFFECTS]->(n) | {label: labels(n)[0], key: n.key, rel: {__type: 'AFFECTS', __partial: true}}]
    }],
    amendments: [(a:Amendment)-[:AMENDS]->(p) | {key: a.key, rel: {__type: 'AMENDS', __partial: true}}]
  }) AS sides
}
RETURN reached, sides
