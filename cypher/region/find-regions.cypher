// Regions, optionally only those where an alliance works.
// @param withAlliances boolean
// @return node Region
MATCH (r:Region)
WHERE $withAlliances = false OR EXISTS { MATCH (r)<-[:IN_REGION]-(:Alliance) }
RETURN r AS node
ORDER BY r.name, r.key
