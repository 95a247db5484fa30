// Generated from src/model/graph-model.ts by scripts/generate-cypher.ts: do not edit.
MATCH (n:Contact)
REMOVE n:Contact
SET n:Offstage
