// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Policy)
REMOVE n:Policy
SET n:Offstage
