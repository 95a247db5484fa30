import type { NodeLabel } from '../model/graph-model';
import type { NodeRow } from '../model/rows';
import type { UnionRef } from '@pothos/core';
import { builder, type Types } from './builder';
import { CareType } from './care-type';
import { Criterion } from './criterion';
import { Framework } from './framework';
import type { GraphNodeRef } from './graph-node';
import { Insurer } from './insurer';
import { registerLabels } from './links';
import { Milestone } from './milestone';
import { Performance } from './performance';
import { ProviderType } from './provider-type';
import { Stakeholder } from './stakeholder';
import { Theme } from './theme';

/** A union of node kinds: the row's own label names its GraphQL type. */
export function nodeUnion<L extends NodeLabel>(
  name: string,
  description: string,
  labels: readonly L[],
  types: () => Array<GraphNodeRef<L>>,
): UnionRef<Types, NodeRow<L>> {
  const ref = builder.unionType<GraphNodeRef<L>, unknown>(name, {
    description,
    types,
    resolveType: (row: NodeRow<L>) => row.__label,
  });
  registerLabels(ref, labels);
  return ref;
}

export const ChangeTarget = nodeUnion(
  'ChangeTarget',
  'What a documented change or an amendment affects.',
  ['Criterion', 'Performance', 'CareType', 'ProviderType', 'Milestone'],
  () => [Criterion, Performance, CareType, ProviderType, Milestone],
);

export const Reference = nodeUnion(
  'Reference',
  'What a requirement, change or milestone refers to: an organisation or a framework (law, accord, standard).',
  ['Stakeholder', 'Framework', 'Insurer'],
  () => [Stakeholder, Framework, Insurer],
);

export const MentionedNode = nodeUnion(
  'MentionedNode',
  'What a source document names and the graph holds once for all documents: an organisation, a framework, a theme, a care type or a provider type.',
  ['Insurer', 'Stakeholder', 'Framework', 'Theme', 'CareType', 'ProviderType'],
  () => [Insurer, Stakeholder, Framework, Theme, CareType, ProviderType],
);
