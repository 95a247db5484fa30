// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Framework)
REMOVE n:Framework
SET n:Offstage
