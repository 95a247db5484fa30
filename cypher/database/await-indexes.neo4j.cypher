// Waits until every index is online: CREATE INDEX returns before it is populated, and a staged load's first
// statements must be planned with offstage_key, not with a label scan per row.
// @param none
// @return none
CALL db.awaitIndexes(300)
