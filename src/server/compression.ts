import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Answers compressed for a client that says it accepts it (README "Compression"): brotli before gzip, only
 * from COMPRESSION_MIN_BYTES on (below it the headers weigh more than the saving), off the event loop.
 * `Vary: Accept-Encoding` on every answer that could have been compressed, so that a cache keeps the forms
 * apart.
 */

export type Encoding = 'br' | 'gzip';

const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  // Quality 5 of 11: most of brotli's gain on JSON at a small share of its time at the top quality.
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => promisify(gzip)(body),
};

/** The encoding to answer in: brotli or gzip when `Accept-Encoding` accepts it (a q of 0 refuses), else none. */
export function chosenEncoding(acceptEncoding: string | string[] | undefined): Encoding | undefined {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding) => accepted.get(name) ?? accepted.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return best;
}

/** Adds `Accept-Encoding` to the answer's Vary header, keeping what is there. */
export function varyOnEncoding(res: ServerResponse): void {
  const vary = res.getHeader('vary');
  const names = (Array.isArray(vary) ? vary.join(',') : String(vary ?? ''))
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (!names.some((v) => v.toLowerCase() === 'accept-encoding' || v === '*')) names.push('Accept-Encoding');
  res.setHeader('vary', names.join(', '));
}

/**
 * Ends `res` with `body`, compressed when the client accepts it and it is at least `minBytes`; the status
 * and other headers are set already. A compressed form of a fixed body (an IDE asset) is kept in `keep`,
 * by the caller's key, and made once.
 */
export async function sendCompressed(
  req: IncomingMessage,
  res: ServerResponse,
  body: string | Buffer,
  minBytes: number,
  keep?: { cache: Map<string, Promise<Buffer>>; key: string },
): Promise<void> {
  varyOnEncoding(res);
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const encoding = chosenEncoding(req.headers['accept-encoding']);
  if (!encoding || bytes.length < minBytes || res.statusCode === 304 || res.statusCode === 204) {
    res.setHeader('content-length', bytes.length);
    res.end(bytes);
    return;
  }
  let compressed: Promise<Buffer>;
  if (keep) {
    const key = `${keep.key}\u0000${encoding}`;
    compressed = keep.cache.get(key) ?? compressors[encoding](bytes);
    keep.cache.set(key, compressed);
  } else compressed = compressors[encoding](bytes);
  const out = await compressed;
  if (res.destroyed) return;
  res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', out.length);
  res.end(out);
}
