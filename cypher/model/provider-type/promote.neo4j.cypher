// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedProviderType)
REMOVE n:Offstage:StagedProviderType
SET n:ProviderType
