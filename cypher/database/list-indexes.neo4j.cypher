// Neo4j only: the indexes and constraints the database holds, to check that create-schema.neo4j applied.
// @param none
// @return name string
// @return type string
// @return state string
// @return labelsOrTypes string[] | null  null for a look-up index
// @return properties string[] | null  null for a look-up index
// @return owningConstraint string | null
SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, owningConstraint
RETURN name, type, state, labelsOrTypes, properties, owningConstraint
ORDER BY name
