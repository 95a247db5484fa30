/**
 * A value now, or later. Loaders answer what a statement of the request already returned at once: graphql-js
 * completes a field whose resolver returns a plain value in the same turn, while each promise costs it a
 * microtask and a `promiseForObject` per object, which for a nested answer of hundreds of fields was most
 * of its execution time.
 */
export type MaybePromise<T> = T | Promise<T>;

/** `f` applied to the value, now if it is there, else when it comes. */
export function thenOrNow<T, U>(value: MaybePromise<T>, f: (value: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** All of the values: an array now when none of them is a promise, else a promise of the array. */
export function allOrNow<T>(values: ReadonlyArray<MaybePromise<T>>): MaybePromise<T[]> {
  return values.some((v) => v instanceof Promise) ? Promise.all(values) : (values as T[]);
}
