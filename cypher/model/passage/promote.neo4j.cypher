// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedPassage)
REMOVE n:Offstage:StagedPassage
SET n:Passage
