// Whether the database answers at all: for health checks and for opening the database at start-up.
// @param none
// @return ok int
RETURN 1 AS ok
