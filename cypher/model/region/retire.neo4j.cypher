// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Region)
REMOVE n:Region
SET n:Offstage
