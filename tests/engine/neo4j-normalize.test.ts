import neo4j, { Node, Relationship, types } from 'neo4j-driver';
import { fromNeo4j, toNeo4j } from '../../src/engine/neo4j-engine';

describe("the Neo4j adapter's normalisation, with the driver's own types", () => {
  it('turns Integers into numbers', () => {
    expect(fromNeo4j({ total: neo4j.int(42), lines: [neo4j.int(1), neo4j.int(2)] })).toEqual({
      total: 42,
      lines: [1, 2],
    });
  });

  it('keeps an Integer beyond what a JavaScript number holds exactly, as text', () => {
    expect(fromNeo4j(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns a Node into a map of the properties the model declares, with its label', () => {
    const node = new Node(
      neo4j.int(7),
      ['Policy'],
      { key: 'vgz-msz-2024', title: 'Inkoopbeleid', years: [neo4j.int(2024)], reconstructed: false },
      'element-7',
    );
    const value = fromNeo4j(node) as Record<string, unknown>;
    expect(value).toMatchObject({
      __label: 'Policy',
      key: 'vgz-msz-2024',
      title: 'Inkoopbeleid',
      years: [2024],
      reconstructed: false,
    });
    // A property Neo4j does not store is null, as LadybugDB reports it.
    expect(value.contractPeriod).toBeNull();
  });

  it('gives [] for a list property Neo4j does not store', () => {
    const node = new Node(neo4j.int(8), ['Policy'], { key: 'p' }, 'element-8');
    expect((fromNeo4j(node) as Record<string, unknown>).years).toEqual([]);
  });

  it('turns a Relationship into a map of its properties, with its type', () => {
    const rel = new Relationship(
      neo4j.int(1),
      neo4j.int(2),
      neo4j.int(3),
      'APPLIES_TO',
      { quote: "Aanvullende minimeisen voor ZBC's", lineStart: neo4j.int(438), lineEnd: neo4j.int(438) },
      'e1',
      'e2',
      'e3',
    );
    expect(fromNeo4j(rel)).toEqual({
      __type: 'APPLIES_TO',
      quote: "Aanvullende minimeisen voor ZBC's",
      lineStart: 438,
      lineEnd: 438,
      sourceDocument: null,
    });
  });

  it('turns temporal values into ISO text', () => {
    expect(fromNeo4j(new types.Date(2023, 7, 2))).toBe('2023-07-02');
  });

  it('sends whole numbers as Integers, since Neo4j rejects SKIP 10.0', () => {
    const sent = toNeo4j({ skip: 10, rows: [{ lineStart: 3, quote: 'x' }] }) as {
      skip: unknown;
      rows: Array<{ lineStart: unknown }>;
    };
    expect(neo4j.isInt(sent.skip)).toBe(true);
    expect(neo4j.isInt(sent.rows[0]!.lineStart)).toBe(true);
  });
});
