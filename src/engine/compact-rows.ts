import { cypher } from './cypher';
import type { Row } from './graph-engine';
import { compactNodeValue, partialRelationship } from './normalize';
import { declaredColumns, type TypeNode } from './statement-types';

/**
 * Rows of a statement whose header declares compact columns (src/engine/statement-types.ts), turned back
 * into the maps their types name: a compact node into the partial node a map projection would have given,
 * a list of fields into its map. Everything else goes through `convert` (the engine's value conversion).
 */
type Decode = (value: unknown) => unknown;
export type RecordDecoder = (get: (column: string) => unknown) => Row;

export class CompactTypeError extends Error {
  constructor(statement: string, message: string) {
    super(`cypher/${statement}.cypher: ${message}`);
    this.name = 'CompactTypeError';
  }
}

const decoders = new Map<string, RecordDecoder | null>();

/**
 * The decoder of a statement's rows, or null when none of its columns is compact (the engine converts
 * those rows as they come). Worked out once per statement; a compact form where none can be is an error.
 */
export function recordDecoder(statement: string, convert: Decode): RecordDecoder | null {
  let decoder = decoders.get(statement);
  if (decoder === undefined) {
    decoder = compile(statement, convert);
    decoders.set(statement, decoder);
  }
  return decoder;
}

function compile(statement: string, convert: Decode): RecordDecoder | null {
  const columns = declaredColumns(cypher(statement)).map(([name, type]) => {
    try {
      return [name, valueDecoder(type, convert)] as const;
    } catch (error) {
      throw new CompactTypeError(statement, `@return ${name}: ${(error as Error).message}`);
    }
  });
  if (columns.every(([, decode]) => decode === undefined)) return null;
  const parts = columns.map(([name, decode]) => [name, decode ?? convert] as const);
  return (get) => {
    const out: Row = {};
    for (const [name, decode] of parts) out[name] = decode(get(name));
    return out;
  };
}

/** How a value of this type is decoded when it is or holds a compact form; undefined when it holds none. */
export function valueDecoder(type: TypeNode, convert: Decode): Decode | undefined {
  switch (type.kind) {
    case 'node': {
      const names = type.compact;
      if (!names) return undefined;
      const label = type.label;
      return label
        ? (v) => (v == null ? null : compactNodeValue(label, names, v as unknown[], 0, convert))
        : (v) => (v == null ? null : compactNodeValue(String((v as unknown[])[0]), names, v as unknown[], 1, convert));
    }
    case 'rel':
      if (type.compact) throw new Error(`rel ${type.type}() takes no place in a list: only a [field: T] list holds it`);
      return undefined;
    case 'list': {
      const of = valueDecoder(type.of, convert);
      return of && ((v) => (v == null ? null : (v as unknown[]).map(of)));
    }
    case 'union': {
      const decoded = type.of.map((t) => valueDecoder(t, convert));
      if (decoded.every((d) => d === undefined)) return undefined;
      const others = type.of.filter((t) => t.kind !== 'null');
      if (others.length !== 1) throw new Error('a compact form can only be in a union with null');
      const of = valueDecoder(others[0]!, convert)!;
      return (v) => (v == null ? null : of(v));
    }
    case 'map': {
      const fields = type.fields.map(([name, t]) => [name, valueDecoder(t, convert)] as const);
      if (fields.every(([, d]) => d === undefined)) return undefined;
      return (v) => {
        if (v == null) return null;
        const map = v as Record<string, unknown>;
        const out: Row = {};
        for (const [name, decode] of fields) out[name] = (decode ?? convert)(map[name]);
        return out;
      };
    }
    case 'tuple': {
      const fields = type.fields.map(([name, t]): readonly [string, Decode | Row] =>
        t.kind === 'rel' && t.compact
          ? [name, partialRelationship(t.type!)]
          : [name, valueDecoder(t, convert) ?? convert],
      );
      return (v) => {
        if (v == null) return null;
        const list = v as unknown[];
        const out: Row = {};
        let at = 0;
        for (const [name, field] of fields) out[name] = typeof field === 'function' ? field(list[at++]) : field;
        return out;
      };
    }
    default:
      return undefined;
  }
}
