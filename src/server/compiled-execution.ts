import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { documentsCompiled } from '../metrics';

/** Documents whose sightings are counted, and compiled documents kept, at most (least recently asked first out). */
const SIGHTINGS_KEPT = 10_000;
const COMPILED_KEPT = 1_000;

/** What a document asked before is run as: its compiled form, or graphql-js when it would not compile. */
type Compiled = CompiledQuery | 'graphql-js';

/**
 * How Apollo runs a validated document: compiled to JavaScript by graphql-jit once a client has asked it
 * `after` times, by graphql-js before that (and always with `after` 0).
 *
 * Why: on Neo4j the statements of a question are one round trip, and what is left of a request's time is
 * mostly graphql-js walking the answer field by field (the 2,000 fields of the regions at 10x: a promise
 * check, an argument map and a type test for each). A compiled document does that walk in straight-line
 * code. Compiling costs more than running once, so a document is compiled only when it comes back: the
 * questions a frontend or the benchmark asks again, not an analyst's one-off in the IDE nor a stream of
 * distinct documents made to cost the server work. Both are bounded caches keyed by the document's hash
 * and the operation asked.
 *
 * Apollo takes a custom executor only through its gateway interface, which is what this is: the schema
 * is the project's own, never reloaded; validation, limits, error formatting and plugins stay Apollo's.
 */
export class CompiledExecution {
  private readonly sightings = new LRUCache<string, number>({ max: SIGHTINGS_KEPT });
  private readonly compiled = new LRUCache<string, Compiled>({ max: COMPILED_KEPT });

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly after: number,
  ) {}

  /** Apollo's gateway interface around `executor`, serving the project's schema. */
  gateway(): GatewayInterface {
    const schema = this.schema;
    return {
      load: () => Promise.resolve({ schema, executor: this.executor }),
      onSchemaLoadOrUpdate: (callback) => {
        callback({ apiSchema: schema, coreSupergraphSdl: '' });
        return () => undefined;
      },
      stop: () => Promise.resolve(),
    };
  }

  readonly executor: GatewayExecutor = (request) => {
    const { document, context, queryHash, operation } = request;
    const variables = request.request.variables ?? {};
    const operationName = request.request.operationName ?? undefined;
    const run =
      this.after > 0 ? this.compiledFor(`${queryHash} ${operationName ?? ''}`, document, operationName) : undefined;
    if (run && run !== 'graphql-js' && operation) {
      // Variables that do not fit are refused by graphql-js's own coercion, with graphql-js's errors (which
      // Apollo recognises and answers 400 BAD_USER_INPUT): a compiled document answers bad input word for
      // word as one run by graphql-js.
      const coercion = getVariableValues(this.schema, operation.variableDefinitions ?? [], variables, {
        maxErrors: 50,
      });
      if (coercion.errors) return Promise.resolve({ errors: coercion.errors });
      return Promise.resolve(run.query(undefined, context, variables)).then(withGraphQLJsErrors);
    }
    return Promise.resolve(
      execute({ schema: this.schema, document, contextValue: context, variableValues: variables, operationName }),
    );
  };

  private compiledFor(key: string, document: DocumentNode, operationName: string | undefined): Compiled | undefined {
    const kept = this.compiled.get(key);
    if (kept) return kept;
    const seen = (this.sightings.get(key) ?? 0) + 1;
    if (seen < this.after) {
      this.sightings.set(key, seen);
      return undefined;
    }
    this.sightings.delete(key);
    const query = compileQuery(this.schema, document, operationName);
    // A document graphql-jit cannot compile (it answers with errors instead) is graphql-js's for good.
    const compiled: Compiled = isCompiledQuery(query) ? query : 'graphql-js';
    documentsCompiled.inc({ result: compiled === 'graphql-js' ? 'graphql-js' : 'compiled' });
    this.compiled.set(key, compiled);
    return compiled;
  }
}

/**
 * graphql-jit's errors leave out `extensions` when the error thrown had none (an engine that is down, a
 * timeout, a fault of ours), where graphql-js's always have an object there, which Apollo reads: the same
 * error made graphql-js's way, with its path, locations and original error, which formatError reads.
 */
function withGraphQLJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((e) => !e.extensions)) return result;
  const errors = result.errors.map((error) => {
    if (error.extensions) return error;
    const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError });
    Object.assign(made, { locations: error.locations });
    return made;
  });
  return { ...result, errors };
}
