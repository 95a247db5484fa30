// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:SourceDocument)
REMOVE n:SourceDocument
SET n:Offstage
