import { builder } from './builder';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Policy } from './policy';
import { ProviderType } from './provider-type';

/** Where a provider turns with a question, its parts (subject, department, e-mail, telephone, ...) as stated. */
export const Contact = defineGraphNode('Contact');

builder.objectFields(Contact, (t) => {
  const link = linksOf(t, 'Contact');
  return {
    policy: link.one('IN_POLICY', 'out', Policy, 'The policy that gives this contact.'),
    audienceTypes: link.many('FOR_PROVIDER_TYPE', 'out', ProviderType, 'Provider types the contact is meant for.'),
  };
});
