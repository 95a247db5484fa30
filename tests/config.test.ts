import { ConfigError, loadConfig, seedsOnStart } from '../src/config';

describe('configuration', () => {
  it('defaults to the embedded engine on port 4000, a temporary database seeded at start', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ GRAPH_ENGINE: 'embedded', PORT: 4000, LOAD_DRAFTS: false });
    expect(seedsOnStart(config)).toBe(true);
  });

  it('loads drafts only when LOAD_DRAFTS is true, and says how to write it otherwise', () => {
    expect(loadConfig({ LOAD_DRAFTS: 'true' }).LOAD_DRAFTS).toBe(true);
    expect(loadConfig({ LOAD_DRAFTS: 'false' }).LOAD_DRAFTS).toBe(false);
    expect(() => loadConfig({ LOAD_DRAFTS: '1' })).toThrow(/LOAD_DRAFTS .*"true".*"false".*\(got "1"\)/);
  });

  it('names the variable and why when a value is wrong', () => {
    expect(() => loadConfig({ GRAPH_ENGINE: 'mysql' })).toThrow(
      /^Configuration error: GRAPH_ENGINE .*\(got "mysql"\)$/,
    );
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT .*\(got "eighty"\)/);
  });

  it('requires the Neo4j connection when GRAPH_ENGINE=neo4j, without echoing the password', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ GRAPH_ENGINE: 'neo4j', NEO4J_URI: 'http://db:7474' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error?.problems).toEqual([
      expect.stringMatching(/^NEO4J_URI must be a neo4j:\/\/ or bolt:\/\/ URI/),
      'NEO4J_PASSWORD is required when GRAPH_ENGINE=neo4j',
    ]);
  });

  it('accepts a routing neo4j:// URI for a cluster', () => {
    expect(
      loadConfig({ GRAPH_ENGINE: 'neo4j', NEO4J_URI: 'neo4j://cluster.example:7687', NEO4J_PASSWORD: 'x' }).NEO4J_URI,
    ).toBe('neo4j://cluster.example:7687');
  });

  it('honours NEO4J_URI without GRAPH_ENGINE: the engine is Neo4j, and start-up says why', () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'secret-password' });
    expect(config).toMatchObject({ GRAPH_ENGINE: 'neo4j', engineChosenBy: 'NEO4J_URI' });
    expect(seedsOnStart(config)).toBe(false);
  });

  it('refuses NEO4J_URI next to GRAPH_ENGINE=embedded with one line saying what to change', () => {
    expect(() => loadConfig({ GRAPH_ENGINE: 'embedded', NEO4J_URI: 'bolt://localhost:7687' })).toThrow(
      /^Configuration error: NEO4J_URI is set, but GRAPH_ENGINE=embedded would ignore it: unset NEO4J_URI, or set GRAPH_ENGINE=neo4j \(got "bolt:\/\/localhost:7687"\)$/,
    );
  });

  it('sends stack traces only when DEBUG_ERRORS=true, and never in production', () => {
    expect(loadConfig({}).DEBUG_ERRORS).toBe(false);
    expect(loadConfig({ DEBUG_ERRORS: 'true' }).DEBUG_ERRORS).toBe(true);
    expect(() => loadConfig({ DEBUG_ERRORS: 'true', NODE_ENV: 'production' })).toThrow(
      /^Configuration error: DEBUG_ERRORS is true, but NODE_ENV=production never sends stack traces to clients/,
    );
  });

  it('serves any document, revalidated by ETag, compressed from 1 kB, unless configured otherwise', () => {
    expect(loadConfig({})).toMatchObject({
      TRUSTED_DOCUMENTS: 'open',
      CACHE_MAX_AGE_S: 0,
      COMPRESSION_MIN_BYTES: 1024,
    });
    expect(loadConfig({ TRUSTED_DOCUMENTS: 'only', CACHE_MAX_AGE_S: '300' })).toMatchObject({
      TRUSTED_DOCUMENTS: 'only',
      CACHE_MAX_AGE_S: 300,
    });
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'strict' })).toThrow(/TRUSTED_DOCUMENTS .*"only".*\(got "strict"\)/);
  });
});
