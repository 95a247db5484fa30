/** File and query names derived from model names: `PolicyChange` → `policy-change`, `IN_POLICY` → `in-policy`. */
export const kebab = (name: string) =>
  name
    .replace(/_/g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
