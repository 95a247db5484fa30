// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedAmendment)
REMOVE n:Offstage:StagedAmendment
SET n:Amendment
