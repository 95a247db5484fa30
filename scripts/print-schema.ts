import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaFile } from '../src/schema/print';

/** Writes the SDL to schema/schema.graphql; a test fails when the committed file is stale. */
const path = join(__dirname, '..', 'schema', 'schema.graphql');
writeFileSync(path, printSchemaFile());
console.log(`wrote ${path}`);
