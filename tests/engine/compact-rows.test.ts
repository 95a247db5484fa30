import neo4j from 'neo4j-driver';
import { recordDecoder, valueDecoder } from '../../src/engine/compact-rows';
import { allCypherNames } from '../../src/engine/cypher';
import { fromNeo4j } from '../../src/engine/neo4j-engine';
import { isPartial } from '../../src/engine/normalize';
import { parseType } from '../../src/engine/statement-types';

/** Decodes `value` as a statement whose header declares `type` would have it decoded. */
const decode = (type: string, value: unknown): unknown => {
  const decoder = valueDecoder(parseType(type).type, fromNeo4j);
  if (!decoder) throw new Error(`${type} holds no compact form`);
  return decoder(value);
};

describe('compact answer rows (lists on the wire, the usual maps in the API)', () => {
  it('a compact region is the partial node a map projection gives', () => {
    const region = decode('Region(key, name, named)', ['noord', 'Noord-Nederland', true]) as Record<string, unknown>;
    expect(region).toEqual({ __label: 'Region', __partial: true, key: 'noord', name: 'Noord-Nederland', named: true });
    expect(isPartial(region)).toBe(true);
    // Where tests run, reading a property the statement left out fails rather than reading as null.
    expect(() => region.description).toThrow(/Region noord was read partial, without description/);
  });

  it('a compact node of any kind names its label first and leaves out what that kind lacks', () => {
    expect(decode('node(key, name)', ['Criterion', 'vgz-c1', null])).toEqual({
      __label: 'Criterion',
      __partial: true,
      key: 'vgz-c1',
    });
    expect(decode('node(key, name)', ['Insurer', 'vgz', 'VGZ'])).toEqual({
      __label: 'Insurer',
      __partial: true,
      key: 'vgz',
      name: 'VGZ',
    });
  });

  it("turns the driver's integers into numbers and a missing list into []", () => {
    expect(decode('Policy(key, years)', ['vgz-msz-2024', null])).toMatchObject({ key: 'vgz-msz-2024', years: [] });
    expect(decode('Alliance(key, lineStart)', ['a', neo4j.int(12)])).toMatchObject({ lineStart: 12 });
  });

  it("a list of fields is a map, and a link's relationship without properties takes no place in it", () => {
    const links = decode('[node: Policy(key, title), rel: rel IN_POLICY(), note: string][]', [
      [['vgz-msz-2024', 'Inkoopbeleid MSZ 2024'], 'first'],
      [['vgz-msz-2023', 'Inkoopbeleid MSZ 2023'], 'second'],
    ]) as Array<Record<string, unknown>>;
    expect(links.map((l) => [(l.node as { key: string }).key, l.note])).toEqual([
      ['vgz-msz-2024', 'first'],
      ['vgz-msz-2023', 'second'],
    ]);
    expect(links[0]!.rel).toEqual({ __type: 'IN_POLICY', __partial: true });
    expect(() => (links[0]!.rel as Record<string, unknown>).quote).toThrow(/IN_POLICY relationship was read partial/);
  });

  it('null stays null where the type allows it', () => {
    expect(decode('Region(key) | null', null)).toBeNull();
    expect(decode('{region: Region(key) | null, n: int}', { region: null, n: neo4j.int(2) })).toEqual({
      region: null,
      n: 2,
    });
  });

  it('refuses a compact form where none can be, naming it', () => {
    expect(() => parseType('Policy(key, nope)')).toThrow(/Policy has no property nope/);
    expect(() => parseType('Policy()')).toThrow(/at least its key/);
    expect(() => valueDecoder(parseType('rel IN_POLICY()').type, fromNeo4j)).toThrow(/only a \[field: T\] list/);
    expect(() => valueDecoder(parseType('Policy(key) | Region').type, fromNeo4j)).toThrow(
      /only be in a union with null/,
    );
  });

  it("every statement's header decodes (the engine works its decoders out at a statement's first use)", () => {
    for (const name of allCypherNames()) expect(() => recordDecoder(name, fromNeo4j)).not.toThrow();
    expect(recordDecoder('region/answer-regions.neo4j', fromNeo4j)).not.toBeNull();
    expect(recordDecoder('region/find-regions', fromNeo4j)).toBeNull();
  });
});
