// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:StagedContact)
REMOVE n:Offstage:StagedContact
SET n:Contact
