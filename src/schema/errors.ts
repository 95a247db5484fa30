import { GraphQLError } from 'graphql';

/** How much of a client's value an error repeats: enough to recognise it, never the whole of a huge input. */
export const EXCERPT_LENGTH = 60;

/** A value as an error message shows it: JSON, cut to a short excerpt. */
export function excerpt(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH)}… (${text.length} characters)`;
}

/** The value as the error's `value` extension carries it: itself when short, else a cut string. */
function shortValue(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return value;
  if (typeof value === 'string') return value.length <= EXCERPT_LENGTH ? value : `${value.slice(0, EXCERPT_LENGTH)}…`;
  return excerpt(value);
}

/** Domain errors carry a code and the details a client needs to fix its request. */
export function badUserInput(argument: string, value: unknown, reason: string): GraphQLError {
  return new GraphQLError(`Argument ${argument} ${reason} (got ${excerpt(value)})`, {
    extensions: { code: 'BAD_USER_INPUT', argument, value: shortValue(value) },
  });
}

export function notFound(kind: string, argument: string, key: string): GraphQLError {
  return new GraphQLError(`No ${kind} with key ${excerpt(key)} (argument ${argument})`, {
    extensions: { code: 'NOT_FOUND', argument, value: shortValue(key) },
  });
}
