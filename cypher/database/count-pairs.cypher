// Counts the pairs of the numbers 1 to $n: work that grows with n² and touches no data, so that a test can
// see a statement stopped by its timeout on either engine (n = 1,000,000 is 10¹² pairs: minutes of work).
// @param n int
// @return pairs int
UNWIND range(1, $n) AS a
UNWIND range(1, $n) AS b
RETURN count(*) AS pairs
