// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedTheme)
REMOVE n:Offstage:StagedTheme
SET n:Theme
