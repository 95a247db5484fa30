import { allOrNow, type MaybePromise } from './maybe-promise';
import type { NodeRow } from '../model/rows';
import { isNodeLabel, type NodeLabel } from '../model/graph-model';
import { keySchema } from '../model/values';
import { builder } from './builder';
import type { Context } from './context';
import { badUserInput } from './errors';
import { decodeBase64Safely, PAGE_SIZE } from './pagination';

/**
 * node(id:) and nodes(ids:), with global IDs decoded here rather than by the relay plugin: an ID that is
 * not one this API gives out (bad base64, an unknown type, a malformed key) is BAD_USER_INPUT naming the
 * argument; a well-formed ID of a node that does not exist is null, as Relay expects.
 */

function decodeId(argument: string, id: string): { label: NodeLabel; key: string } {
  const decoded = decodeBase64Safely(id, 400);
  const colon = decoded.indexOf(':');
  const label = decoded.slice(0, colon);
  const key = decoded.slice(colon + 1);
  if (colon < 0 || !isNodeLabel(label) || !keySchema.safeParse(key).success) {
    throw badUserInput(argument, id, 'is not a global ID of this API (take it from a node’s `id` field)');
  }
  return { label, key };
}

const load = (ctx: Context, { label, key }: { label: NodeLabel; key: string }): MaybePromise<NodeRow | null> =>
  ctx.loaders.find(label, key);

builder.queryField('node', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any node of the graph by its global ID; null when no node has it.',
    args: { id: t.arg.id({ required: true, description: 'A global ID, as any node’s `id` field gives it.' }) },
    resolve: (_root, args, ctx) => load(ctx, decodeId('id', String(args.id))),
  }),
);

builder.queryField('nodes', (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Several nodes of the graph by their global IDs (at most ${PAGE_SIZE.max}), in the order asked; null for an ID no node has.`,
    args: { ids: t.arg.idList({ required: true, description: 'Global IDs, as nodes’ `id` fields give them.' }) },
    resolve: (_root, args, ctx) => {
      if (args.ids.length > PAGE_SIZE.max)
        throw badUserInput('ids', `${args.ids.length} IDs`, `may hold at most ${PAGE_SIZE.max} IDs`);
      const decoded = args.ids.map((id, i) => decodeId(`ids[${i}]`, String(id)));
      return allOrNow(decoded.map((d) => load(ctx, d)));
    },
  }),
);
