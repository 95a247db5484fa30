import type { Row } from '../engine/graph-engine';
import { builder } from './builder';
import { CareType } from './care-type';
import { Criterion } from './criterion';
import { Framework } from './framework';
import { Insurer } from './insurer';
import { Milestone } from './milestone';
import { Performance } from './performance';
import { ProviderType } from './provider-type';
import { Stakeholder } from './stakeholder';

const byLabel = (row: Row) => String(row.__label);

export const ChangeTarget = builder.unionType('ChangeTarget', {
  description: 'What a documented change or an amendment affects.',
  types: () => [Criterion, Performance, CareType, ProviderType, Milestone],
  resolveType: byLabel,
});

export const Reference = builder.unionType('Reference', {
  description: 'What a requirement, change or milestone refers to: an organisation or a framework (law, accord, standard).',
  types: () => [Stakeholder, Framework, Insurer],
  resolveType: byLabel,
});
