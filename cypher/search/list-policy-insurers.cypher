// Which insurers each policy belongs to (issued by them, or purchasing on their behalf), for search filters.
// @param none
// @return policy string  key
// @return insurer string  key
MATCH (p:Policy)-[:ISSUED_BY|ON_BEHALF_OF]->(i:Insurer)
RETURN DISTINCT p.key AS policy, i.key AS insurer
