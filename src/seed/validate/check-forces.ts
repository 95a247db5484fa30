import { forceProblems } from '../../model/force-rule';
import type { SeedProblem } from '../read-seed';
import { problemAt, type Definition } from './declaration';

/**
 * One reading of force per kind of statement (src/model/force-rule.ts): every curated statement whose force
 * differs from its kind's names the source's words that make it so (`forceWords`, standing in its text,
 * quote or heading) and why (`forceReason`). A draft's statements are what a rule proposed, not yet read.
 */
export function checkForces(definitions: Map<string, Definition>, problems: SeedProblem[]): void {
  for (const { node: d } of definitions.values()) {
    if (d.label !== 'Criterion' || d.record.reviewed === false) continue;
    const reading = { ...d.data, kind: String(d.data.kind), force: String(d.data.force), quote: d.data.cite?.quote };
    for (const p of forceProblems(reading)) problems.push(problemAt(d, p.field, p.message));
  }
}
