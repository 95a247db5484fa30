import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GraphQLBody, TestApi } from './server';

/**
 * Sends one of the project's operations (a generated `...Document`, see codegen.yml): the answer has the
 * type codegen made from that operation, so a test cannot read a field the operation does not select.
 */
export function ask<TData, TVariables extends Record<string, unknown>>(
  api: TestApi,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<GraphQLBody<TData>> {
  return api.query<TData>(print(document), variables);
}
