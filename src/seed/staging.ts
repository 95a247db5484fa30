/**
 * The labels of a staged load on Neo4j (src/seed/load-seed.ts): a node that is not part of the served graph,
 * a new generation being written or an old one being deleted, carries `Offstage` and none of the model's
 * labels, so that no read statement and no index of the model sees it. A staged node also carries
 * `Staged<Label>`, the label it takes when the load switches it in.
 */
export const OFFSTAGE = 'Offstage';
export const STAGED_PREFIX = 'Staged';
