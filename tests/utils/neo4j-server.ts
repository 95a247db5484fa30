/** Tests start a Neo4j of their own with the same launcher the benchmark uses. */
export { freePort, localNeo4j, type LocalNeo4j } from '../../scripts/neo4j-server/local-neo4j';
