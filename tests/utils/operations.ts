import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print } from 'graphql';
import { ROOT_DIR } from '../../src/paths';

/** The named example operations of schema/operations/<file>.graphql, each as a document of its own. */
export function exampleOperations(file: string): Record<string, string> {
  const document = parse(readFileSync(join(ROOT_DIR, 'schema', 'operations', file), 'utf8'));
  const operations: Record<string, string> = {};
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION && def.name) operations[def.name.value] = print(def);
  }
  return operations;
}
