// The validation is split into phases under validate/; this path stays for the command line, the scripts and the tests.
export {
  draftPaths,
  draftReport,
  validateDraft,
  validateSeed,
  type DraftOutcome,
  type RelationshipBatch,
  type Row,
  type SeedGraph,
  type SeedValidation,
} from './validate';
