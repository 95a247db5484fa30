import type { NodeRow } from '../model/rows';
import { builder } from './builder';
import { registerLabels } from './links';

type OrganizationRow = NodeRow<'Insurer' | 'Stakeholder'>;

/** Insurers and stakeholders both take part in policies and alliances; clients can ask for either. */
export const Organization = builder.interfaceRef<OrganizationRow>('Organization').implement({
  description: 'An organisation: an insurer (or label, purchasing organisation, agent) or another stakeholder.',
  resolveType: (row) => row.__label,
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable human-readable key.' }),
    name: t.exposeString('name', { description: 'Name as the sources write it.' }),
  }),
});

registerLabels(Organization, ['Insurer', 'Stakeholder']);
