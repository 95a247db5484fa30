// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Stakeholder)
REMOVE n:Stakeholder
SET n:Offstage
