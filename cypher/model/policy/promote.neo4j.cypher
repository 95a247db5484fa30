// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedPolicy)
REMOVE n:Offstage:StagedPolicy
SET n:Policy
