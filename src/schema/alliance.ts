import { builder } from './builder';
import { defineGraphNode } from './graph-node';
import { linksOf } from './links';
import { Organization } from './organization';
import { Policy } from './policy';
import { Region } from './region';

export const Alliance = defineGraphNode('Alliance');

builder.objectFields(Alliance, (t) => {
  const link = linksOf(t, 'Alliance');
  return {
    partners: link.many('PARTNER', 'out', Organization, 'The parties in the alliance.'),
    regions: link.many('IN_REGION', 'out', Region, 'Regions the alliance works in.'),
    policy: link.one('IN_POLICY', 'out', Policy, 'The policy or guideline that describes the alliance.'),
  };
});
