// Neo4j only: the indexes and constraints the database holds, to check that create-schema.neo4j applied.
SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, owningConstraint
RETURN name, type, state, labelsOrTypes, properties, owningConstraint
ORDER BY name
