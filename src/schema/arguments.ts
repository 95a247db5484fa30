import { z } from 'zod';
import { allOrNow } from './maybe-promise';
import type { NodeLabel } from '../model/graph-model';
import { dateSchema, keySchema } from '../model/values';
import type { Context } from './context';
import { badUserInput } from './errors';

/** Arguments are validated with zod at the boundary; a failure names the argument and the value. */
export function parseArg<T>(schema: z.ZodType<T>, argument: string, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badUserInput(argument, value, parsed.error.issues[0]?.message ?? 'is invalid');
  return parsed.data;
}

export const parseKey = (argument: string, value: unknown) => parseArg(keySchema, argument, value);

const yearSchema = z
  .number()
  .int()
  .min(1990, 'must be a year between 1990 and 2100')
  .max(2100, 'must be a year between 1990 and 2100');
export const parseYear = (argument: string, value: number | null | undefined) =>
  value == null ? undefined : parseArg(yearSchema, argument, value);

export const parseDate = (argument: string, value: string | null | undefined) =>
  value == null ? undefined : parseArg(dateSchema, argument, value);

/**
 * Keys given as arguments must exist: an unknown key is a BAD_USER_INPUT error, never an empty answer.
 * All keys of one request are checked in one batch per kind, through the request's loaders.
 */
export type NamedKeys = Array<[argument: string, label: NodeLabel, key: string | null | undefined]>;

/** The keys given, each well-formed (a malformed one is the client's mistake, named by its argument). */
export function givenKeys(keys: NamedKeys): Array<[string, NodeLabel, string]> {
  const given = keys.filter((k): k is [string, NodeLabel, string] => k[2] != null);
  for (const [argument, , key] of given) parseKey(argument, key);
  return given;
}

export async function requireKeys(ctx: Context, keys: NamedKeys) {
  const given = givenKeys(keys);
  const found = await allOrNow(given.map(([, label, key]) => ctx.loaders.find(label, key)));
  given.forEach(([argument, label, key], i) => {
    if (!found[i]) throw badUserInput(argument, key, `names no ${label}`);
  });
}
