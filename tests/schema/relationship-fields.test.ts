import { relationshipPairs } from '../../src/model/derive';
import { relationshipTypes } from '../../src/model/graph-model';
import { schema } from '../../src/schema';
import { declaredLinks } from '../../src/schema/links';

// Every relationship the model declares, from both of its ends: the list comes from the model, so a new
// relationship without its fields fails here rather than going unnoticed.
const ends = relationshipTypes.flatMap((type) =>
  relationshipPairs(type).flatMap(([from, to]) => [
    { type, direction: 'out' as const, self: from, other: to },
    { type, direction: 'in' as const, self: to, other: from },
  ]),
);

describe('relationship fields, declared once against the graph model', () => {
  it('builds the schema', () => {
    expect(schema.getQueryType()).toBeDefined();
  });

  it.each(
    ends.map((e) => [
      `${e.self} ${e.direction === 'out' ? '-' : '<-'}[${e.type}]${e.direction === 'out' ? '->' : '-'} ${e.other}`,
      e,
    ]),
  )('a %s can be followed from the %s end', (_name, end) => {
    const fields = declaredLinks.filter(
      (l) =>
        l.type === end.type && l.direction === end.direction && l.self === end.self && l.others.includes(end.other),
    );
    expect(fields.length).toBeGreaterThan(0);
  });

  it('declares no field the model lacks (the helper refuses one when the schema is built)', () => {
    for (const link of declaredLinks) {
      for (const other of link.others) {
        const [from, to] = link.direction === 'out' ? [link.self, other] : [other, link.self];
        expect(relationshipPairs(link.type)).toContainEqual([from, to]);
      }
    }
  });

  it('gives every kind that a source document mentions a mentionedIn field, Theme included', () => {
    const mentioned = relationshipPairs('MENTIONS').map(([, to]) => to);
    for (const label of mentioned) {
      const type = schema.getType(label);
      expect(type && 'getFields' in type ? Object.keys(type.getFields()) : []).toContain('mentionedIn');
    }
  });
});
