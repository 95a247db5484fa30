/**
 * The sum of the samples of metric `name` in a Prometheus text answer whose labels include `labels`
 * (all of them when none are given); 0 when there is none.
 */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const given = new Map<string, string>();
    for (const m of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) given.set(m[1]!, m[2]!);
    if (Object.entries(labels).every(([k, v]) => given.get(k) === v)) sum += Number(match[3]);
  }
  return sum;
}

/** GET /metrics of the server at `url`, as text. */
export async function scrape(url: string): Promise<string> {
  const res = await fetch(`${url}/metrics`);
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  return res.text();
}
