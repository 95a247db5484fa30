import { readFileSync } from 'node:fs';
import { MANIFEST_PATH } from '../../src/server/trusted-documents';
import { useTestApi, type TestApi } from '../utils/server';
import { graphqlGetUrl, PREFLIGHTED, rawRequest } from '../utils/raw-http';

/**
 * Trusted documents (README "Trusted documents"): the operations the project ships, in the manifest codegen
 * writes (tests/client/codegen.test.ts fails when it is stale), answered by id over GET and POST.
 */
const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Record<string, string>;
const [firstId, firstText] = Object.entries(manifest).find(([, text]) =>
  text.startsWith('query RegionsWithAlliances'),
)!;

const byId = async (api: TestApi, id: string, how: 'GET' | 'POST' = 'GET') => {
  const answer =
    how === 'GET'
      ? await rawRequest(graphqlGetUrl(api.server.url, { documentId: id }), { headers: PREFLIGHTED })
      : await rawRequest(`${api.server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ documentId: id }),
        });
  return {
    status: answer.status,
    body: JSON.parse(answer.body.toString()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> },
  };
};

describe('trusted documents, open to any document (the default)', () => {
  const api = useTestApi();

  it('holds every example operation of schema/operations/, each by its sha256', () => {
    expect(Object.keys(manifest).every((id) => /^sha256:[0-9a-f]{64}$/.test(id))).toBe(true);
    expect(Object.values(manifest).filter((text) => text.startsWith('query ')).length).toBe(
      Object.keys(manifest).length,
    );
    expect(firstText).toContain('regions(withAlliances: true)');
  });

  it('answers every document of the manifest by its id, over GET and POST, as its text is answered', async () => {
    for (const [id, text] of Object.entries(manifest)) {
      if (/\$\w+: \w+!/.test(text)) continue; // needs variables: the command line's and the exports'
      const get = await byId(api(), id);
      expect({ id, status: get.status, errors: get.body.errors }).toEqual({ id, status: 200, errors: undefined });
      expect(get.body).toEqual(await api().query(text));
    }
    expect((await byId(api(), firstId, 'POST')).body).toEqual(await api().query(firstText));
  }, 120_000);

  it("answers an id in APQ's form (extensions.persistedQuery.sha256Hash) too", async () => {
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: firstId.slice('sha256:'.length) } });
    const answer = await rawRequest(graphqlGetUrl(api().server.url, { extensions }), { headers: PREFLIGHTED });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString())).toEqual(await api().query(firstText));
  });

  it('says PERSISTED_QUERY_NOT_FOUND for an id not in the manifest, and still runs any document sent in full', async () => {
    const unknown = await byId(api(), `sha256:${'0'.repeat(64)}`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const any = await api().query<{ insurer: { name: string } }>('{ insurer(key: "vgz") { name } }');
    expect(any.data?.insurer.name.length).toBeGreaterThan(0);
  });
});

describe('trusted documents only (TRUSTED_DOCUMENTS=only)', () => {
  const api = useTestApi({ env: { TRUSTED_DOCUMENTS: 'only' } });

  it('answers the manifest documents, by id or in their exact text', async () => {
    expect((await byId(api(), firstId)).status).toBe(200);
    expect((await api().query(firstText)).errors).toBeUndefined();
  });

  it('refuses any other document with TRUSTED_DOCUMENT_REQUIRED, before it runs', async () => {
    const calls = api().engine.calls;
    const answer = await api().query('{ insurer(key: "vgz") { name } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(answer.errors?.[0]?.message).toContain('TRUSTED_DOCUMENTS=only');
    // An example's text changed by as little as a space is another document.
    expect((await api().query(`${firstText} `)).errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(api().engine.calls).toBe(calls);
  });

  it("still serves the CSV exports, which run the project's own operations", async () => {
    expect(
      (await fetch(`${api().server.url}/export/requirements.csv?providerType=zbc&insurer=vgz&year=2024`)).status,
    ).toBe(200);
  });
});
