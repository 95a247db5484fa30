// A bounded batch of Offstage nodes, deleted once delete-offstage-links has left them without links (DETACH
// only for safety). The loader repeats it until fewer than $limit are deleted.
// @param limit int  nodes per batch
// @return deleted int
MATCH (n:Offstage)
WITH n
LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
