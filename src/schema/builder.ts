import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context';

/** The one schema builder: the request context type and every plugin the schema uses. */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
}>({
  // Nodes and links load through the request's own DataLoaders (src/schema/loaders.ts): one path, one batch per kind.
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeTypeOptions: { description: 'A node of the policy graph, addressable by a global ID.' },
    idFieldOptions: { description: 'Global ID of the node, for node(id:) lookups and client caches.' },
    // node(id:) and nodes(ids:) are ours (schema/node-lookup.ts), so that a forged ID is a client error.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});

builder.queryType({ description: 'Read-only questions over the policy knowledge graph.' });

/** The builder's type parameters, for helpers that build fields outside a type's own file. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
