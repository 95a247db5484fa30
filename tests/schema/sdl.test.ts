import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaFile } from '../../src/schema/print';
import { schema } from '../../src/schema';
import { isObjectType, isInterfaceType, isEnumType, isUnionType } from 'graphql';

describe('schema/schema.graphql', () => {
  it('is what the code prints (run `npm run schema:print` after changing src/schema/)', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8')).toBe(printSchemaFile());
  });

  it('describes every type, field and argument for the analysts reading it in an IDE', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name)) continue;
      if (type.name.endsWith('Edge') || type.name === 'PageInfo') continue; // relay plumbing, documented by the spec
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (['edges', 'pageInfo'].includes(field.name)) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args)
            if (!arg.description && !['first', 'last', 'after', 'before'].includes(arg.name))
              missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type) || isUnionType(type)) continue;
    }
    expect(missing).toEqual([]);
  });
});
