// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedSourceDocument)
REMOVE n:Offstage:StagedSourceDocument
SET n:SourceDocument
