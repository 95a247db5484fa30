// Both sides of a policy diff in one statement (Neo4j): per policy key asked, the policy (null for a key the
// graph lacks) with its criteria and prestaties (each with the version chain the diff follows: every step's
// previous version, up to four steps back; and a criterion's amendments and provider types), its documented
// changes (with the policy each compares with and what each affects) and its amendments. The request's
// loaders are primed with all of it, so that the diff and the usual selection ask nothing more.
// Every node the links reach is returned once, in `reached`, and the links name it by key (and label where
// the link may reach several kinds): an amendment or provider type shared by many criteria crosses the wire
// once, not once per criterion.
// Nodes and links are partial and compact (lists rather than maps, see src/engine/statement-types.ts): what
// the diff compares (keys, texts, statuses, dates, effects) and what its usual selection shows; a field that
// asks for more reads the whole node through its loader. A reached node sends the properties any kind shows;
// a kind's list leaves out what it does not declare.
// @param policies string[]  the keys of the two sides (one when both sides are one policy)
// @return reached node(key, text, name, nameEn, nameNl, status, date, title, kind, years)[]
// @return sides [key: string, policy: Policy | null, criteria: [node: Criterion(key, text, sourceDocument, lineStart, lineEnd, quote), rel: rel IN_POLICY(), chain: [key: string, previous: [key: string, rel: rel PREVIOUS_VERSION()][]][], withdrawnBy: [key: string, rel: rel WITHDRAWN_BY()][], addedBy: [key: string, rel: rel ADDED_BY()][], appliesTo: [key: string, rel: rel APPLIES_TO()][]][], performances: [node: Performance(key, name, nameEn, status), rel: rel IN_POLICY(), chain: [key: string, previous: [key: string, rel: rel PREVIOUS_VERSION()][]][]][], changes: [node: PolicyChange(key, subject, before, after, effect), rel: rel IN_POLICY(), comparedWith: [key: string, rel: rel COMPARED_WITH()][], affects: [label: string, key: string, rel: rel AFFECTS()][]][], amendments: [key: string, rel: rel AMENDS()][]][]
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
  RETURN collect([labels(n)[0], n.key, n.text, n.name, n.nameEn, n.nameNl, n.status, n.date, n.title, n.kind, n.years]) AS reached
}
CALL (asked) {
  UNWIND asked AS side
  WITH side.key AS key, side.policy AS p
  RETURN collect([
    key,
    p {.*, __label: 'Policy'},
    [(c:Criterion)-[:IN_POLICY]->(p) | [
      [c.key, c.text, c.sourceDocument, c.lineStart, c.lineEnd, c.quote],
      [(c)-[:PREVIOUS_VERSION*0..3]->(x:Criterion) | [x.key, [(x)-[:PREVIOUS_VERSION]->(y:Criterion) | [y.key]]]],
      [(c)-[:WITHDRAWN_BY]->(w:Amendment) | [w.key]],
      [(c)-[:ADDED_BY]->(a:Amendment) | [a.key]],
      [(c)-[:APPLIES_TO]->(t:ProviderType) | [t.key]]
    ]],
    [(f:Performance)-[:IN_POLICY]->(p) | [
      [f.key, f.name, f.nameEn, f.status],
      [(f)-[:PREVIOUS_VERSION*0..3]->(x:Performance) | [x.key, [(x)-[:PREVIOUS_VERSION]->(y:Performance) | [y.key]]]]
    ]],
    [(ch:PolicyChange)-[:IN_POLICY]->(p) | [
      [ch.key, ch.subject, ch.before, ch.after, ch.effect],
      [(ch)-[:COMPARED_WITH]->(o:Policy) | [o.key]],
      [(ch)-[:AFFECTS]->(n) | [labels(n)[0], n.key]]
    ]],
    [(a:Amendment)-[:AMENDS]->(p) | [a.key]]
  ]) AS sides
}
RETURN reached, sides
