// Embedded only: folds the write-ahead log into the database file after a load. A persistent database then
// stops growing with every load, and the process lets go of the pages the load held in memory.
// @param none
// @return none
CHECKPOINT
