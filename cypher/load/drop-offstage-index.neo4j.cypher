// Drops the index by which a staged load finds its staged nodes, once they are all written and linked and
// before the switch: the switch then changes the labels of every node of two generations without also
// updating this index for each of them (at 100x its transaction's estimated memory went from 411 MB to
// 347 MB). The next load's applySchema creates the index again.
// @param none
// @return none
DROP INDEX offstage_key IF EXISTS
