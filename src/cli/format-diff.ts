import type { CliPolicyDiffQuery } from '../client/generated/graphql';

/** The policy diff as a person reads it in a terminal. */

/** Its operation is src/cli/policy-diff.graphql; the type is generated from it, so the two cannot drift apart. */
export type DiffAnswer = CliPolicyDiffQuery['policyDiff'];

/** What a draft served with --drafts proposes and no curator has reviewed: marked where it is printed. */
const UNREVIEWED = 'UNREVIEWED DRAFT';
const unreviewed = (n: { reviewed: boolean }) => (n.reviewed ? '' : `, ${UNREVIEWED}`);

const side = (s: DiffAnswer['from']) =>
  `${s.policy.key}${s.knownAt ? ` as known on ${s.knownAt}` : ''} (${s.policy.title}${unreviewed(s.policy)})`;
const cite = (c: { reviewed: boolean; source: { documentKey: string; lines: string } }) =>
  `[${c.source.documentKey}:${c.source.lines}${unreviewed(c)}]`;

/** Word changes in brackets: [-removed-] {+added+}, as `git diff --word-diff` shows them. */
const inline = (segments: DiffAnswer['changed'][number]['segments']) =>
  segments
    .map((s) =>
      s.kind === 'SAME' ? s.text : s.kind === 'ADDED' ? `{+${s.text.trimEnd()}+} ` : `[-${s.text.trimEnd()}-] `,
    )
    .join('')
    .trim();

export function formatDiff(d: DiffAnswer): string {
  const out: string[] = [`from ${side(d.from)}`, `to   ${side(d.to)}`];
  if (d.partial) out.push(`PARTIAL: ${d.reason ?? ''}`);
  const section = (title: string, lines: string[]) => {
    out.push('', `${title} (${lines.length})`);
    out.push(...(lines.length ? lines : ['  (none)']));
  };
  section(
    'Requirements added',
    d.added.map((c) => `  + ${c.text} ${cite(c)}`),
  );
  section(
    'Requirements removed',
    d.removed.map((c) => `  - ${c.text}${c.withdrawnBy ? ` (withdrawn ${c.withdrawnBy.date})` : ''} ${cite(c)}`),
  );
  section(
    'Requirements reworded',
    d.changed.map((c) => `  ~ ${inline(c.segments)} ${cite(c.after)}`),
  );
  out.push(`  (${d.unchangedCount} unchanged)`);
  section('Prestaties', [
    ...d.performancesAdded.map((p) => `  + ${p.name} (${p.status.toLowerCase()}${unreviewed(p)})`),
    ...d.performancesRemoved.map((p) => `  - ${p.name} (${p.status.toLowerCase()}${unreviewed(p)})`),
    ...d.performanceStatusChanges.map(
      (p) =>
        `  ~ ${p.before.name}: ${p.before.status.toLowerCase()} → ${p.after.status.toLowerCase()}${p.after.reviewed ? '' : ` (${UNREVIEWED})`}`,
    ),
  ]);
  section(
    'What the insurer lists as changed',
    d.documentedChanges.map((c) =>
      `  * ${c.subject} (${c.effect.toLowerCase()}): ${c.after ?? c.description ?? ''} ${cite(c)}`.replace(
        /\s+\[/,
        ' [',
      ),
    ),
  );
  if (d.amendments.length)
    section(
      'Amendments',
      d.amendments.map((a) => `  ${a.date}  ${a.title}`),
    );
  return out.join('\n');
}
