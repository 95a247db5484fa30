import { SEED_DIR } from '../../src/paths';
import { loadSeed } from '../../src/seed/load-seed';
import { validatedSeed } from '../utils/shared-seed';
import { useTestApi } from '../utils/server';
import { graphqlGetUrl, PREFLIGHTED, rawRequest } from '../utils/raw-http';

/**
 * ETags per loaded graph (README "Caching"): an answer is named by the graph's version, the code and the
 * request; a client that asks again with the name gets 304 and nothing runs; a load names every answer anew.
 */
describe('an answer asked for again', () => {
  const api = useTestApi();
  const query = '{ requirements(providerType: "zbc", insurer: "vgz", year: 2024) { totalCount } }';
  const get = (headers: Record<string, string> = {}, q = query) =>
    rawRequest(graphqlGetUrl(api().server.url, { query: q }), { headers: { ...PREFLIGHTED, ...headers } });

  it('is 304 when nothing changed, without a statement sent to the database', async () => {
    const first = await get();
    expect(first.status).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    expect(first.headers.vary).toBe('Accept, Accept-Encoding');
    const calls = api().engine.calls;
    const hits = api().server.answerTags.counts.notModified;
    const again = await get({ 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(api().server.answerTags.counts.notModified).toBe(hits + 1);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(api().engine.calls).toBe(calls);
    // Any of several tags, and the tag in its strong form, match as well (weak comparison).
    expect((await get({ 'if-none-match': `W/"other", ${etag.slice(2)}` })).status).toBe(304);
  });

  it('is named apart from another question, other variables and another media type', async () => {
    const tag = async (headers: Record<string, string>, q = query) => (await get(headers, q)).headers.etag;
    const base = await tag({});
    expect(await tag({})).toBe(base);
    expect(await tag({}, '{ requirements(providerType: "zbc", insurer: "vgz", year: 2023) { totalCount } }')).not.toBe(
      base,
    );
    expect(await tag({ accept: 'application/graphql-response+json' })).not.toBe(base);
    const withYear = async (year: number) =>
      (
        await rawRequest(
          graphqlGetUrl(api().server.url, {
            query:
              'query($year: Int) { requirements(providerType: "zbc", insurer: "vgz", year: $year) { totalCount } }',
            variables: JSON.stringify({ year }),
          }),
          { headers: { ...PREFLIGHTED, 'content-type': 'application/json' } },
        )
      ).headers.etag;
    expect(await withYear(2024)).toBeDefined();
    expect(await withYear(2024)).not.toBe(await withYear(2023));
  });

  it('over POST carries its tag too, but is always run and answered in full', async () => {
    const post = (headers: Record<string, string> = {}) =>
      rawRequest(`${api().server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
    const first = await post();
    expect(first.headers.etag).toBe((await get()).headers.etag);
    const again = await post({ 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(200);
    expect(again.body.equals(first.body)).toBe(true);
  });

  it('is never kept when it has errors', async () => {
    const unknown = await get({}, '{ insurer(key: "nobody") { name } }');
    expect((JSON.parse(unknown.body.toString()) as { errors?: unknown[] }).errors).toBeDefined();
    expect(unknown.headers.etag).toBeUndefined();
    expect(unknown.headers['cache-control']).toBe('no-store');
    const invalid = await get({}, '{ insurer(key: "vgz") { colour } }');
    expect(invalid.status).toBe(400);
    expect(invalid.headers['cache-control']).toBe('no-store');
  });

  it('as a CSV or calendar export is 304 when nothing changed', async () => {
    for (const path of [
      '/export/requirements.csv?providerType=zbc&insurer=vgz&year=2024',
      '/export/milestones.ics?insurer=vgz',
    ]) {
      const first = await rawRequest(`${api().server.url}${path}`);
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toBe('public, no-cache');
      const again = await rawRequest(`${api().server.url}${path}`, {
        headers: { 'if-none-match': String(first.headers.etag) },
      });
      expect(again.status).toBe(304);
    }
    const refused = await rawRequest(`${api().server.url}/export/requirements.csv?providerType=nobody`);
    expect(refused.status).toBe(400);
    expect(refused.headers.etag).toBeUndefined();
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('is named anew once the graph is loaded again, and answered in full to the old name', async () => {
    const before = await get();
    await loadSeed(api().engine, SEED_DIR, undefined, validatedSeed());
    const after = await get({ 'if-none-match': String(before.headers.etag) });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    // The same seed loaded again: the same answer, under its new name.
    expect(after.body.equals(before.body)).toBe(true);
    expect((await get({ 'if-none-match': String(after.headers.etag) })).status).toBe(304);
  }, 300_000);
});

describe('an answer with CACHE_MAX_AGE_S set', () => {
  const api = useTestApi({ env: { CACHE_MAX_AGE_S: '60' } });

  it('may be reused for that long without asking', async () => {
    const answer = await rawRequest(graphqlGetUrl(api().server.url, { query: '{ insurer(key: "vgz") { name } }' }), {
      headers: PREFLIGHTED,
    });
    expect(answer.headers['cache-control']).toBe('public, max-age=60');
    expect(answer.headers.etag).toBeDefined();
  });
});
