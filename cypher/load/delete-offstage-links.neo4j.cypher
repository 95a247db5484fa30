// A bounded batch of the links between Offstage nodes (a staged generation a failed load left, or the
// generation a load switched out), deleted in a transaction of its own: the loader repeats it until fewer
// than $limit are deleted, so no transaction holds more than $limit deletions on a 1 GB heap. Links first:
// deleting a node with its links in one go could hold a hub's thousands of links in one transaction.
// @param limit int  links per batch
// @return deleted int
MATCH (:Offstage)-[r]->()
WITH r
LIMIT $limit
DELETE r
RETURN count(*) AS deleted
