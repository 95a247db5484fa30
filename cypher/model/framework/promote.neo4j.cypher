// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedFramework)
REMOVE n:Offstage:StagedFramework
SET n:Framework
