import type { z } from 'zod';
import { keySchema } from '../seed/seed-schema';
import { badUserInput } from './errors';

/** Arguments are validated with zod at the boundary; a failure names the argument and the value. */
export function parseArg<T>(schema: z.ZodType<T>, argument: string, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badUserInput(argument, value, parsed.error.issues[0]?.message ?? 'is invalid');
  return parsed.data;
}

export const parseKey = (argument: string, value: unknown) => parseArg(keySchema, argument, value);
