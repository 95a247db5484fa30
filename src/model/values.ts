import { z } from 'zod';

/**
 * The values every layer checks the same way: a node's key and a calendar date. Declared with the model
 * so that the seed check and the GraphQL arguments, which both depend on the model, share them.
 */

export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const keySchema = z
  .string()
  .max(120, 'must be at most 120 characters')
  .regex(KEY_PATTERN, 'must be a lowercase slug (a-z, 0-9, single hyphens)');

/**
 * An ISO calendar date: z.iso.date() knows month lengths and leap years, so 2023-02-29 is refused. A
 * value in the right shape that names no day gets its own message; a value that is not text keeps zod's.
 */
export const dateSchema = z.iso.date({
  error: (issue) => {
    if (issue.code !== 'invalid_format') return undefined;
    return typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input)
      ? 'is not a calendar date'
      : 'must be a date YYYY-MM-DD';
  },
});
