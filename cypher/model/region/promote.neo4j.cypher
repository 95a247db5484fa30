// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedRegion)
REMOVE n:Offstage:StagedRegion
SET n:Region
