import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as it came over the wire: still compressed when the server compressed it. */
  body: Buffer;
}

/**
 * One request as a client makes it, answered as it is sent: unlike fetch, nothing is decompressed and no
 * header is added (fetch adds its own Accept-Encoding).
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A GET of /graphql with the operation in the URL, as a client sends it (with the header that passes CSRF prevention). */
export function graphqlGetUrl(base: string, params: Record<string, string | undefined>): string {
  const url = new URL('/graphql', base);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

/** What a GET by a client must carry to pass Apollo's CSRF prevention (README "GraphQL over HTTP"). */
export const PREFLIGHTED = { 'apollo-require-preflight': 'true' } as const;
