// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Alliance)
REMOVE n:Alliance
SET n:Offstage
