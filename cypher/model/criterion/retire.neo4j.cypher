// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Criterion)
REMOVE n:Criterion
SET n:Offstage
