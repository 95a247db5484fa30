// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Insurer)
REMOVE n:Insurer
SET n:Offstage
