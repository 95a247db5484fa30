// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedCriterion)
REMOVE n:Offstage:StagedCriterion
SET n:Criterion
