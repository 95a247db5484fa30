import type { QueryRunner } from './graph-engine';

/**
 * The embedded engine's SUBTYPE_OF closure (README "The embedded engine's type closure"), written again from
 * the SUBTYPE_OF links the transaction sees: by every load, after its links, and once on opening a database
 * an earlier release loaded without it. Derived, never a fact of its own.
 */
export async function writeSubtypeClosure(tx: QueryRunner): Promise<void> {
  await tx.run('load/clear-subtype-closure.embedded');
  await tx.run('load/close-provider-types.embedded');
  await tx.run('load/close-care-types.embedded');
}
