// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:ProviderType)
REMOVE n:ProviderType
SET n:Offstage
