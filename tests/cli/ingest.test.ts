import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listSeedFiles } from '../../src/seed/read-seed';
import { validateSeed } from '../../src/seed/validate-seed';
import { INGEST_FIXTURE, YEARLY_FIXTURE, snapshot, zorginkoop } from '../utils/command-line';
import { copyOfSeed } from '../utils/server';

describe('zorginkoop ingest', () => {
  // Never the real seed/: every run writes into a temporary copy.
  const seed = copyOfSeed();
  const good = ['--policy', 'vgz-msz-2025', '--insurer', 'vgz', '--year', '2025', '--seed', seed];
  /** The good options with one replaced or added. */
  const but = (name: string, value: string) => {
    const at = good.indexOf(name);
    return at < 0 ? [...good, name, value] : good.map((v, i) => (i === at + 1 ? value : v));
  };

  it('refuses bad input with one clear message and writes nothing', async () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'zorginkoop-ingest-')), 'leeg.txt');
    writeFileSync(empty, '\n  \n');
    const before = snapshot(seed);
    for (const [args, message] of [
      [[INGEST_FIXTURE, ...but('--insurer', 'verzekeraar-x')], '--insurer verzekeraar-x is not an insurer of the seed'],
      [[INGEST_FIXTURE, ...but('--previous', 'vgz-msz-2030')], '--previous vgz-msz-2030 is not a policy of the seed'],
      [[INGEST_FIXTURE, ...but('--policy', 'vgz-msz-2024')], '--policy vgz-msz-2024 is already a policy of the seed'],
      [[empty, ...good], 'leeg.txt'],
      [[INGEST_FIXTURE, ...but('--year', '25')], '--year must be a year of four digits'],
      [[INGEST_FIXTURE, ...but('--year', '1999')], '--year must be from 2000 to 2100'],
      [[INGEST_FIXTURE, ...but('--policy', 'VGZ 2025')], '--policy must be a key'],
      [[INGEST_FIXTURE, '--insurer', 'vgz', '--year', '2025', '--seed', seed], '--policy KEY is needed'],
    ] as const) {
      const refused = await zorginkoop(['ingest', ...args]);
      expect({ args, refused: refused.code !== 0 }).toEqual({ args, refused: true });
      expect(refused.stderr).toContain(message);
      expect(refused.stdout).toBe('');
    }
    expect(snapshot(seed)).toEqual(before);
  });

  it('writes the source text, the draft and the change report into the seed, which still validates without the draft', async () => {
    // The whole fictional 2025 edition, whose known edits tests/fixtures/ingest/README.md lists.
    const done = await zorginkoop(['ingest', YEARLY_FIXTURE, ...but('--previous', 'vgz-msz-2024')]);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/ingested .* as vgz-msz-2025 \(doc-005\)/);
    expect(done.stdout).toMatch(
      /compared with vgz-msz-2024:\n {2}criteria: \d+ unchanged, 4 reworded, 2 moved, \d+ added, 3 removed/,
    );
    expect(done.stdout).toMatch(
      /\n {2}milestones: \d+ unchanged, 0 reworded, 3 date changed, 0 moved, \d+ added, 3 removed/,
    );
    expect(done.stdout).toContain(`report: ${join(seed, 'drafts', 'vgz-msz-2025.report.md')}`);

    const source = readdirSync(join(seed, 'sources')).filter((name) => name.startsWith('005_'));
    expect(source).toHaveLength(1);
    // The same form as the five sources: the lines, no newline after the last.
    expect(readFileSync(join(seed, 'sources', source[0] ?? ''), 'utf8')).toBe(readFileSync(YEARLY_FIXTURE, 'utf8'));

    const draft = readFileSync(join(seed, 'drafts', 'vgz-msz-2025.yaml'), 'utf8');
    expect(draft).toContain(`fileName: ${source[0]}`);
    expect(draft).toContain('title: Inkoopbeleid Medisch Specialistische Zorg 2025');
    expect(draft).toContain('previousVersion: vgz-msz-2024');
    expect(draft).toMatch(/- key: vgz-msz-2025-001\n/);
    expect(draft).toMatch(/continues: vgz-msz-2024-msz-kwaliteitssysteem-vms\n\s+alignment: reworded/);
    expect(draft).toMatch(/continues: vgz-msz-2024-zbc-igj\n\s+alignment: moved/);
    // Milestones too: the date of the publication of the contracted care went from "Vanaf" to "Uiterlijk".
    expect(draft).toMatch(/continues: vgz-msz-2024-text-bekendmaking-zorgaanbod\n\s+alignment: date-changed/);
    expect(draft).toMatch(/removed: \[.*vgz-msz-2024-zbc-transparantiekalender.*vgz-msz-2024-text-bericht-zbc.*\]/);
    expect(draft).not.toMatch(/reviewed: true/);
    expect(readdirSync(join(seed, 'drafts')).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    const report = readFileSync(join(seed, 'drafts', 'vgz-msz-2025.report.md'), 'utf8');
    expect(report).toMatch(/^# Change report: vgz-msz-2025 against vgz-msz-2024/);
    expect(report).toContain('~~(VMS).~~ **(VMS) dat jaarlijks intern wordt geëvalueerd.**');
    expect(report).toContain('binnen ~~30~~ **20** minuten');

    // The loader skips seed/drafts/ unless asked: the seed with a draft in it validates as before.
    expect(listSeedFiles(seed).some((f) => f.includes(`${join('drafts', '')}`))).toBe(false);
    expect(listSeedFiles(seed, { drafts: true })).toContain(join(seed, 'drafts', 'vgz-msz-2025.yaml'));
    const validation = validateSeed(seed);
    expect(validation.problems).toEqual([]);
    expect(validation.files.some((f) => f.startsWith('drafts/'))).toBe(false);

    // A second run would overwrite a draft under review: refused.
    const again = await zorginkoop(['ingest', YEARLY_FIXTURE, ...good]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('a draft of vgz-msz-2025 exists');
    expect(existsSync(join(seed, 'sources'))).toBe(true);
  });

  it('proposes a provider type the vocabulary lacks, declares it in the draft, and validate asks for its English name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zorginkoop-ingest-'));
    const text = join(dir, 'ziekenhuizen.txt');
    writeFileSync(
      text,
      [
        'Inkoopbeleid Ziekenhuiszorg 2026',
        '',
        'Wij kopen zorg in bij samenwerkende ziekenhuisorganisaties in de regio.',
        '',
        'Een samenwerkende ziekenhuisorganisatie bestaat uit ziekenhuizen die samen de acute zorg regelen.',
        '',
        '- De samenwerkende ziekenhuisorganisatie levert jaarlijks een regioplan aan.',
      ].join('\n'),
    );
    const done = await zorginkoop([
      'ingest',
      text,
      '--policy',
      'vgz-zkh-2026',
      '--insurer',
      'vgz',
      '--year',
      '2026',
      '--seed',
      seed,
    ]);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('new provider type proposed: Samenwerkende ziekenhuisorganisatie');
    const draft = readFileSync(join(seed, 'drafts', 'vgz-zkh-2026.yaml'), 'utf8');
    expect(draft).toMatch(
      /providerTypes:\n {2}- key: samenwerkende-ziekenhuisorganisatie\n {4}nameNl: Samenwerkende ziekenhuisorganisatie\n {4}broader: \[msz-aanbieder\]\n {4}reviewed: false/,
    );
    expect(draft).toContain('appliesTo: [samenwerkende-ziekenhuisorganisatie]');
    const validate = await zorginkoop(['validate', '--seed', seed]);
    expect(validate.stdout + validate.stderr).toMatch(
      /vgz-zkh-2026\.yaml:\d+, record providerTypes\[0\] samenwerkende-ziekenhuisorganisatie, field nameEn/,
    );
  });
});
