// Whether the database answers at all: for health checks and for opening the database at start-up.
RETURN 1 AS ok
