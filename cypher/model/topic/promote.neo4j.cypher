// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedTopic)
REMOVE n:Offstage:StagedTopic
SET n:Topic
