import { decodeBase64 } from '@pothos/core';
import { badUserInput } from './errors';

/**
 * Page arguments are checked before any statement runs: a page size outside 0..max, `first` together with
 * `last`, or a cursor this API did not give out is BAD_USER_INPUT naming the argument. Cursors are
 * offsets (Pothos's `OffsetConnection:<n>`, base64), so a forged one could ask the database to skip
 * any number of rows: callers compare the offset with the size of the list before they read.
 */

export const PAGE_SIZE = { default: 20, max: 100 };

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface CheckedPage {
  /** Offset of the `after` cursor, if given. */
  after?: number;
  /** Offset of the `before` cursor, if given. */
  before?: number;
}

const CURSOR = /^OffsetConnection:(0|[1-9]\d{0,8})$/;

/** Base64 text as a string, or '' for anything that is not short, well-formed base64. */
export function decodeBase64Safely(text: string, maxLength: number): string {
  if (text.length > maxLength || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return '';
  try {
    return decodeBase64(text);
  } catch {
    return '';
  }
}

function offsetOf(argument: 'after' | 'before', cursor: string): number {
  const match = CURSOR.exec(decodeBase64Safely(cursor, 64));
  if (!match)
    throw badUserInput(
      argument,
      cursor,
      'is not a cursor of this list (use a cursor or pageInfo value from an earlier page)',
    );
  return Number(match[1]);
}

export function checkPage(args: PageArgs): CheckedPage {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && (!Number.isInteger(size) || size < 0 || size > PAGE_SIZE.max)) {
      throw badUserInput(name, size, `must be a page size from 0 to ${PAGE_SIZE.max}`);
    }
  }
  if (args.first != null && args.last != null) {
    throw badUserInput(
      'last',
      args.last,
      'cannot be combined with first: page forwards with first and after, or backwards with last and before',
    );
  }
  return {
    after: args.after != null ? offsetOf('after', args.after) : undefined,
    before: args.before != null ? offsetOf('before', args.before) : undefined,
  };
}
