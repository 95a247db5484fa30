import type { GraphEngine, RequestReader } from '../../src/engine/graph-engine';
import { metricValue, scrape } from '../utils/metrics';
import { seededEngineUnderTest } from '../utils/engine';
import { startTestApi, type TestApi } from '../utils/server';

/**
 * The engine under test with a gate in front of its request reads: while the gate is shut, a request that
 * reaches the engine waits there, holding its slot. `reached` resolves when the first read arrives.
 */
function gated(engine: GraphEngine) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let arrived!: () => void;
  const reached = new Promise<void>((resolve) => (arrived = resolve));
  const proxy = new Proxy(engine, {
    get(target, property) {
      if (property === 'openRequest')
        return (): RequestReader => {
          const reader = target.openRequest();
          return {
            nestedReads: reader.nestedReads,
            close: () => reader.close(),
            read: async (query, ...args) => {
              arrived();
              await gate;
              return reader.read(query, ...args);
            },
          };
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { engine: proxy, open, reached };
}

const QUESTION = JSON.stringify({ query: 'query Shed { policy(key: "vgz-msz-2024") { key } }' });

function ask(api: TestApi, init: RequestInit = {}) {
  return fetch(`${api.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: QUESTION,
    ...init,
  });
}

/** Until the server's admission holds `queued` waiting requests (it changes only as requests arrive and leave). */
async function untilQueued(api: TestApi, queued: number) {
  while (api.server.admission.load.queued !== queued) await new Promise((resolve) => setImmediate(resolve));
}

describe('load shedding: one request running, one waiting, the next refused at once', () => {
  let api: TestApi;
  let gate: ReturnType<typeof gated>;
  beforeEach(async () => {
    gate = gated(await seededEngineUnderTest());
    api = await startTestApi({
      engine: gate.engine,
      env: { MAX_CONCURRENT_REQUESTS: '1', MAX_QUEUED_REQUESTS: '1' },
    });
  });
  afterEach(async () => {
    gate.open();
    await api.close();
  });

  it('answers 503 OVERLOADED with Retry-After beyond the queue, and still answers the running and the queued one', async () => {
    const running = ask(api);
    await gate.reached;
    const queued = ask(api);
    await untilQueued(api, 1);
    const before = await scrape(api.server.url);

    const refused = await ask(api);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('OVERLOADED');
    expect(body.errors[0]?.message).toContain('1 requests running, 1 waiting');
    // The same for a CSV export, which takes engine work as well.
    const refusedExport = await fetch(`${api.server.url}/export/requirements.csv?providerType=zbc`);
    expect(refusedExport.status).toBe(503);
    await refusedExport.arrayBuffer();

    // What an operator and a load balancer ask is never shed.
    expect((await fetch(`${api.server.url}/health`)).status).toBe(200);
    const after = await scrape(api.server.url);
    expect(
      metricValue(after, 'zorginkoop_requests_shed_total') - metricValue(before, 'zorginkoop_requests_shed_total'),
    ).toBe(2);
    expect(metricValue(after, 'zorginkoop_engine_requests', { state: 'running' })).toBe(1);
    expect(metricValue(after, 'zorginkoop_engine_requests', { state: 'queued' })).toBe(1);

    gate.open();
    for (const res of await Promise.all([running, queued])) {
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { policy: { key: 'vgz-msz-2024' } } });
    }
    // Capacity again: the next one is served.
    expect((await ask(api)).status).toBe(200);
  });

  it('takes a queued request whose client hangs up out of the queue: the next one waits instead of being refused', async () => {
    const running = ask(api);
    await gate.reached;
    const hangUp = new AbortController();
    const abandoned = ask(api, { signal: hangUp.signal });
    await untilQueued(api, 1);
    hangUp.abort();
    await expect(abandoned).rejects.toThrow();
    await untilQueued(api, 0);

    const next = ask(api);
    await untilQueued(api, 1);
    gate.open();
    expect((await running).status).toBe(200);
    expect((await next).status).toBe(200);
  });
});

describe('load shedding: a queued request keeps to REQUEST_TIMEOUT_MS', () => {
  it('answers REQUEST_TIMEOUT to a request still waiting for a slot at its deadline', async () => {
    const gate = gated(await seededEngineUnderTest());
    const api = await startTestApi({
      engine: gate.engine,
      env: { MAX_CONCURRENT_REQUESTS: '1', MAX_QUEUED_REQUESTS: '1', REQUEST_TIMEOUT_MS: '100' },
    });
    try {
      const running = ask(api);
      await gate.reached;
      const waiting = await ask(api);
      expect(waiting.status).toBe(503);
      expect(
        ((await waiting.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
      ).toBe('REQUEST_TIMEOUT');
      // It left the queue: with the first still holding the slot, the next one can wait in its place.
      expect(api.server.admission.load).toEqual({ running: 1, queued: 0 });
      expect((await running).status).toBe(503);
    } finally {
      gate.open();
      await api.close();
    }
  });
});
