// Embedded only: folds the write-ahead log into the database file, so that a persistent database does not
// grow with every load (LadybugDB keeps what a load wrote in the log until a checkpoint).
CHECKPOINT
