import { GraphQLError } from 'graphql';

/** Domain errors carry a code and the details a client needs to fix its request. */
export function badUserInput(argument: string, value: unknown, reason: string): GraphQLError {
  return new GraphQLError(`Argument ${argument} ${reason} (got ${JSON.stringify(value)})`, {
    extensions: { code: 'BAD_USER_INPUT', argument, value },
  });
}

export function notFound(kind: string, argument: string, key: string): GraphQLError {
  return new GraphQLError(`No ${kind} with key "${key}" (argument ${argument})`, {
    extensions: { code: 'NOT_FOUND', argument, value: key },
  });
}
