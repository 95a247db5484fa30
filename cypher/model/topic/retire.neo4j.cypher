// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Topic)
REMOVE n:Topic
SET n:Offstage
