/**
 * The keys of an object literal declared `as const`, typed as its keys: Object.keys types them as string
 * because an object may have more keys than its type says; a declaration literal has exactly these.
 */
export const keysOf = <T extends object>(o: T): Array<keyof T & string> => Object.keys(o) as Array<keyof T & string>;

/** File and query names derived from model names: `PolicyChange` → `policy-change`, `IN_POLICY` → `in-policy`. */
export const kebab = (name: string) =>
  name
    .replace(/_/g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
