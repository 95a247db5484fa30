// Embedded only, in the load's transaction: the derived closure of the SUBTYPE_OF hierarchy (README "The
// embedded engine's type closure") is made again from the links just loaded, so first the old one goes.
// @param none
// @return none
MATCH ()-[k:SUBTYPE_CLOSURE]->()
DELETE k
