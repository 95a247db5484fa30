import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { ROOT_DIR } from '../../src/paths';
import { schema } from '../../src/schema';
import { exampleOperations } from '../utils/operations';
import { useTestApi } from '../utils/server';

const files = readdirSync(join(ROOT_DIR, 'schema', 'operations')).filter((f) => f.endsWith('.graphql'));
const operations = files.flatMap((file) =>
  Object.entries(exampleOperations(file)).map(([name, text]) => ({ file, name, text })),
);

describe('the example operations in schema/operations/', () => {
  const api = useTestApi();

  it('cover every analyst question', () => {
    expect(files.sort()).toEqual(
      [
        'compare-requirements',
        'coverage',
        'list-filters',
        'milestones',
        'policy-diff',
        'policy-history',
        'regions',
        'requirements',
        'search',
      ].map((f) => `${f}.graphql`),
    );
  });

  it.each(operations)('$file: $name is valid against the schema and answers without errors', async ({ text }) => {
    expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
    const body = await api().query(text);
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data ?? {}).every((v) => v !== null)).toBe(true);
  });
});
