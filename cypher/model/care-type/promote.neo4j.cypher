// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedCareType)
REMOVE n:Offstage:StagedCareType
SET n:CareType
