// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedInsurer)
REMOVE n:Offstage:StagedInsurer
SET n:Insurer
