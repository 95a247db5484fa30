// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedPolicyChange)
REMOVE n:Offstage:StagedPolicyChange
SET n:PolicyChange
