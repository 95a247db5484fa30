// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedAlliance)
REMOVE n:Offstage:StagedAlliance
SET n:Alliance
