import type { Row } from '../engine/graph-engine';
import { builder } from './builder';

/** Insurers and stakeholders both take part in policies and alliances; clients can ask for either. */
export const Organization = builder.interfaceRef<Row>('Organization').implement({
  description: 'An organisation: an insurer (or label, purchasing organisation, agent) or another stakeholder.',
  resolveType: (row) => String(row.__label),
  fields: (t) => ({
    key: t.string({ description: 'Stable human-readable key.', resolve: (o) => String(o.key) }),
    name: t.string({ description: 'Name as the sources write it.', resolve: (o) => String(o.name) }),
  }),
});
