import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT_DIR } from '../../src/paths';
import { exampleTabs } from '../../src/ide/ide-page';
import { useTestApi } from '../utils/server';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT_DIR, 'test-artifacts');

describe('the GraphQL IDE in a real browser', () => {
  const api = useTestApi();
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(() => browser?.close());

  it('opens with the example operations as tabs, runs one by clicking, and asks no other host for anything', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const hosts = new Set<string>();
    const failures: string[] = [];
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(`${api().server.url}/graphql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    const tabs = page.locator('.graphiql-tab');
    await expect(tabs).toHaveCountOf(exampleTabs().length);
    expect(await tabs.first().innerText()).toContain('ZbcRequirementsAtVgz2024');
    // What the analyst sees on each tab: the question in Dutch, shown over the operation's name.
    const shown = await page.evaluate<string[]>(
      "[...document.querySelectorAll('.graphiql-tab-button')].map((b) => getComputedStyle(b, '::after').content)",
    );
    expect(shown).toEqual(exampleTabs().map((t) => JSON.stringify(t.title)));
    expect(shown[0]).toBe('"Aan welke eisen moet een ZBC bij VGZ in 2024 voldoen, en waar staat elke eis?"');

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await response.getByText('"totalCount"').first().waitFor({ timeout: 30_000 });
    expect(await response.innerText()).toMatch(/vgz-msz-2024-/);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'graphql-ide.png') });
    expect(failures).toEqual([]);
    expect([...hosts]).toEqual([new URL(api().server.url).host]);
  });

  it('has the documentation explorer, showing the schema’s own descriptions', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${api().server.url}/graphql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
    await page.getByText('Read-only questions over the policy knowledge graph.').waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-doc-explorer').getByText('requirements', { exact: true }).first().waitFor();
  });
});

/** Waits until a locator matches exactly n elements. */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- jest declares its matchers in this global namespace; a custom matcher can only be added there
  namespace jest {
    interface Matchers<R> {
      toHaveCountOf(n: number): Promise<R>;
    }
  }
}
expect.extend({
  async toHaveCountOf(locator: { count(): Promise<number> }, n: number) {
    const deadline = Date.now() + 30_000;
    let count = await locator.count();
    while (count !== n && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      count = await locator.count();
    }
    return { pass: count === n, message: () => `expected ${n} elements, found ${count}` };
  },
});
