import { print } from 'graphql';
import { ZbcRequirementsAtVgz2024Document, type ZbcRequirementsAtVgz2024Query } from './generated/graphql';

/** A frontend's typed call: the document and its answer's type come from `npm run codegen`. */
export async function fetchZbcRequirements(
  endpoint = 'http://localhost:4000/graphql',
): Promise<ZbcRequirementsAtVgz2024Query> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(ZbcRequirementsAtVgz2024Document) }),
  });
  // The server's answer to this very operation: codegen made its type from the operation and the schema.
  const body = (await response.json()) as { data?: ZbcRequirementsAtVgz2024Query; errors?: Array<{ message: string }> };
  if (!body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  return body.data; // body.data.requirements.edges[0].node.criterion.source.quote is typed
}
