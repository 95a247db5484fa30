import { builder } from './builder';
import { defineGraphNode, linkedNodes } from './graph-node';
import { Policy } from './policy';

export const Theme = defineGraphNode('Theme');

builder.objectFields(Theme, (t) => ({
  policies: t.field({ type: [Policy], description: 'Policies that put this theme central.', resolve: (th, _a, ctx) => linkedNodes(ctx, 'EMPHASISES', 'in', 'Theme', ['Policy'], th.key) }),
}));
