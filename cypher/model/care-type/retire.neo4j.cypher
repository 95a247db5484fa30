// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:CareType)
REMOVE n:CareType
SET n:Offstage
