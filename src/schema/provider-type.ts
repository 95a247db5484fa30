import { Amendment } from './amendment';
import { builder } from './builder';
import { Criterion } from './criterion';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Contact } from './contact';
import { Milestone } from './milestone';
import { Performance } from './performance';
import { PolicyChange } from './policy-change';

export const ProviderType = defineGraphNode('ProviderType');

builder.objectFields(ProviderType, (t) => {
  const link = linksOf(t, 'ProviderType');
  return {
    broader: link.many(
      'SUBTYPE_OF',
      'out',
      ProviderType,
      'Broader provider types this one belongs to; their requirements reach this one too.',
    ),
    narrower: link.many('SUBTYPE_OF', 'in', ProviderType, 'Narrower provider types within this one.'),
    criteria: link.many(
      'APPLIES_TO',
      'in',
      Criterion,
      'Requirements that name this provider type itself (not those reaching it through a broader type).',
    ),
    performances: link.many('CONTRACTED_BY', 'in', Performance, 'Prestaties this provider type can contract.'),
    milestones: link.many('FOR_PROVIDER_TYPE', 'in', Milestone, 'Milestones addressed to this provider type.'),
    contacts: link.many('FOR_PROVIDER_TYPE', 'in', Contact, 'Contacts meant for this provider type.'),
    documentedChanges: link.many('AFFECTS', 'in', PolicyChange, 'Documented changes that affect this provider type.'),
    amendments: link.many('AFFECTS', 'in', Amendment, 'Dated amendments that affect this provider type.'),
    mentionedIn: link.citations(
      'MENTIONS',
      'in',
      'SourceDocument',
      'Every place a source document names this provider type.',
    ),
  };
});
