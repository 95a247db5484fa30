import { graphModel, nodeLabels, relationshipTypes } from '../../src/model/graph-model';
import { nodeSpec, outgoingRelationships, relationshipSpec, storedNodeProperties } from '../../src/model/derive';

describe('the graph model', () => {
  it('covers every node kind of the product brief', () => {
    expect(nodeLabels).toEqual(
      expect.arrayContaining([
        'Insurer',
        'Policy',
        'Amendment',
        'CareType',
        'Performance',
        'Criterion',
        'ProviderType',
        'Stakeholder',
        'Region',
        'Alliance',
        'PolicyChange',
        'Milestone',
        'SourceDocument',
      ]),
    );
  });

  it('connects only declared node kinds', () => {
    for (const type of relationshipTypes) {
      for (const label of [...relationshipSpec(type).from, ...relationshipSpec(type).to])
        expect(nodeLabels).toContain(label);
    }
  });

  it('gives each relationship a seed field that no other field of the same record uses', () => {
    for (const label of nodeLabels) {
      const names = [
        ...Object.keys(storedNodeProperties(label)),
        ...outgoingRelationships(label).map((t) => relationshipSpec(t).seedField),
      ];
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('gives every optional whole-number and yes/no property a default, which the embedded engine needs to type a batch', () => {
    for (const label of nodeLabels) {
      for (const [name, prop] of Object.entries(nodeSpec(label).properties)) {
        if ((prop.type === 'int' || prop.type === 'boolean') && !prop.required && label !== 'SourceDocument') {
          const hasDefault = prop.default !== undefined && prop.default !== null;
          expect({ label, name, hasDefault }).toEqual({ label, name, hasDefault: true });
        }
      }
    }
  });

  it('names every seed section and root list by a distinct plural', () => {
    const plurals = nodeLabels.map((l) => graphModel.nodes[l].plural);
    expect(new Set(plurals).size).toBe(plurals.length);
  });
});
