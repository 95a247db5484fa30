import type { Params } from './graph-engine';
import type { StatementName, Statements } from './statements.generated';

export type { StatementName, Statements } from './statements.generated';

declare const declared: unique symbol;

/**
 * A statement name built at run time (`model/${kebab(label)}/list`) that carries what the statement takes
 * and gives, for a label TypeScript knows only as a type parameter. Made only by src/engine/model-statements.ts.
 */
export type TypedStatement<P, R> = string & { readonly [declared]: { params: P; row: R } };

/** What a statement may be named by: its name under cypher/, or a name built by model-statements. */
export type AnyStatement = StatementName | TypedStatement<Params, unknown>;

export type ParamsOf<N extends AnyStatement> = N extends StatementName
  ? Statements[N] extends { params: infer P }
    ? P
    : never
  : N extends TypedStatement<infer P extends Params, unknown>
    ? P
    : never;

export type RowOf<N extends AnyStatement> = N extends StatementName
  ? Statements[N] extends { row: infer R }
    ? R
    : never
  : N extends TypedStatement<Params, infer R>
    ? R
    : never;

/** A statement that takes no parameters may be called without them. */
type TakesNone<N extends AnyStatement> = Record<string, never> extends ParamsOf<N> ? true : false;

/** After a read's name: its parameters (optional when it takes none), then the request's signal. */
export type ReadArgs<N extends AnyStatement> =
  TakesNone<N> extends true
    ? [params?: ParamsOf<N>, signal?: AbortSignal]
    : [params: ParamsOf<N>, signal?: AbortSignal];

/** After a write statement's name: its parameters (optional when it takes none). */
export type RunArgs<N extends AnyStatement> =
  TakesNone<N> extends true ? [params?: ParamsOf<N>] : [params: ParamsOf<N>];

/**
 * The one place where rows become typed: the plain rows an engine made of the driver's values are the
 * rows statement `name` declares (its `// @return` header, or the model for a generated one). That they
 * are is checked outside the type system: tests/cypher/statement-interfaces.test.ts holds every
 * declaration against its statement's RETURN, and the engine tests run the statements.
 */
export function declaredRows<N extends AnyStatement>(_name: N, rows: readonly object[]): Array<RowOf<N>> {
  return rows as Array<RowOf<N>>;
}
