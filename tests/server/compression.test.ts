import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chosenEncoding } from '../../src/server/compression';
import { useTestApi } from '../utils/server';
import { graphqlGetUrl, PREFLIGHTED, rawRequest } from '../utils/raw-http';

/** Answers compressed for a client that accepts it (README "Compression"). */
describe('a large answer', () => {
  const api = useTestApi();
  // Every statement of the ziekenhuis policies, with its citation: one of the largest answers an analyst asks for.
  const big =
    '{ requirements(providerType: "ziekenhuis", scope: EVERYTHING, first: 100) { edges { node { criterion { key text source { documentKey lines quote } } policy { key title } } } } }';
  const ask = (acceptEncoding?: string) =>
    rawRequest(graphqlGetUrl(api().server.url, { query: big }), {
      headers: { ...PREFLIGHTED, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
    });

  it('is sent brotli- or gzip-compressed as the client accepts, the same answer in far fewer bytes', async () => {
    const plain = await ask();
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('Accept-Encoding');
    const br = await ask('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gzip = await ask('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 3);
    // Both forms carry the same (weak) tag: the same answer.
    expect(br.headers.etag).toBe(plain.headers.etag);
  });

  it('is sent as it is to a client that refuses every encoding it knows', async () => {
    expect((await ask('br;q=0, gzip;q=0')).headers['content-encoding']).toBeUndefined();
    expect((await ask('identity')).headers['content-encoding']).toBeUndefined();
  });

  it('as an export, and the IDE bundle, are compressed too; a small answer is not', async () => {
    const csv = await rawRequest(
      `${api().server.url}/export/requirements.csv?providerType=ziekenhuis&scope=EVERYTHING`,
      {
        headers: { 'accept-encoding': 'gzip' },
      },
    );
    expect(csv.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(csv.body).toString('utf8')).toContain('policy,insurer');
    const bundle = await rawRequest(`${api().server.url}/graphql/ide/app.js`, { headers: { 'accept-encoding': 'br' } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers['content-encoding']).toBe('br');
    expect(bundle.headers.vary).toBe('Accept-Encoding');
    const small = await rawRequest(graphqlGetUrl(api().server.url, { query: '{ insurer(key: "vgz") { name } }' }), {
      headers: { ...PREFLIGHTED, 'accept-encoding': 'br' },
    });
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});

describe('the encoding chosen', () => {
  it('is brotli before gzip unless the client weighs them otherwise, and none that it refuses', () => {
    expect(chosenEncoding('gzip, deflate, br')).toBe('br');
    expect(chosenEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(chosenEncoding('*')).toBe('br');
    expect(chosenEncoding('*, br;q=0')).toBe('gzip');
    expect(chosenEncoding('deflate')).toBeUndefined();
    expect(chosenEncoding(undefined)).toBeUndefined();
  });
});
