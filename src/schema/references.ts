import { Alliance } from './alliance';
import { Amendment } from './amendment';
import { Criterion } from './criterion';
import type { LinkFields } from './links';
import { Milestone } from './milestone';
import { PolicyChange } from './policy-change';

/**
 * What refers to an organisation or a framework: the statements, documented changes, milestones and
 * amendments whose REFERS_TO names it. The same four fields on every kind a reference can point at.
 */
export const referencedByFields = (link: LinkFields, what: string) => ({
  referencedBy: link.many('REFERS_TO', 'in', Criterion, `Requirements that refer to this ${what}.`),
  referencedByChanges: link.many('REFERS_TO', 'in', PolicyChange, `Documented changes that refer to this ${what}.`),
  referencedByMilestones: link.many('REFERS_TO', 'in', Milestone, `Milestones that refer to this ${what}.`),
  referencedByAmendments: link.many('REFERS_TO', 'in', Amendment, `Amendments that refer to this ${what}.`),
});

/** What an organisation takes part in besides policies: alliances, and where the sources name it. */
export const organisationFields = (link: LinkFields) => ({
  ...referencedByFields(link, 'organisation'),
  alliances: link.many('PARTNER', 'in', Alliance, 'Alliances this organisation is a partner in.'),
  mentionedIn: link.citations(
    'MENTIONS',
    'in',
    'SourceDocument',
    'Every place a source document names this organisation.',
  ),
});
