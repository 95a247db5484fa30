import { measureListBounds, plainListFields, readListBounds } from '../../src/server/list-bounds';
import { useTestApi } from '../utils/server';

describe('the list bounds the cost rule multiplies by (schema/list-bounds.json)', () => {
  const api = useTestApi();

  it('hold every plain list of the graph: no list is longer than its bound (else run `npm run limits:measure`)', async () => {
    const bounds = readListBounds();
    const measured = await measureListBounds(api().engine);
    const over = Object.entries(measured)
      .filter(([field, size]) => size > (bounds[field] ?? 0))
      .map(([field, size]) => `${field}: ${size} > ${bounds[field] ?? 'none'}`);
    // (Lists the graph never fills are measured as a full page: they can only be under it.)
    expect(over).toEqual([]);
  });

  it('name a bound for every plain list of the schema but nodes(ids:), which counts the IDs it is given', () => {
    const bounds = readListBounds();
    expect(plainListFields().filter((f) => !(f in bounds))).toEqual(['Query.nodes']);
  });
});
