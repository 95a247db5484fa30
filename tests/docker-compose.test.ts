import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT_DIR } from '../src/paths';

// Docker cannot run on the build machine; this checks the file is what the README says it is.
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(ROOT_DIR, 'docker-compose.yml'), 'utf8')) as {
    services: Record<
      string,
      { image: string; ports: string[]; environment: Record<string, string>; volumes: string[] }
    >;
    volumes: Record<string, unknown>;
  };
  const neo4j = compose.services.neo4j!;

  it('runs Neo4j 5 with Bolt and the browser published', () => {
    expect(neo4j.image).toMatch(/^neo4j:5/);
    expect(neo4j.ports.join(' ')).toMatch(/:7687/);
    expect(neo4j.ports.join(' ')).toMatch(/:7474/);
  });

  it('takes the password from the environment, never from the file, and keeps data in a volume', () => {
    expect(neo4j.environment.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD (at least 8 characters)}');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });
});
