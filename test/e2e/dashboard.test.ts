// The dashboard driven in headless Chromium over a database coded from the examples and a fixture article (and the
// seed, when ../shared is beside the repository). Screenshots go to test/e2e/screenshots/ (not versioned).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Store } from '../../src/store/index.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run'];
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(ROOT, 'test/e2e/screenshots');
const SEED = join(ROOT, '../shared/data/seed/syria-russia-moscow.json');
const HAS_CHROMIUM = existsSync(CHROMIUM);
const TITLE = HAS_CHROMIUM
  ? 'dashboard in headless Chromium'
  : `dashboard in headless Chromium: SKIPPED, ${CHROMIUM} is missing (install it: apt-get install -y chromium)`;

/** Inputs to code: the examples, the fixture article, the seed if present, and an article whose title is markup. */
function inputs(): unknown[] {
  const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.json')).sort().map((f) => read(join(ROOT, 'examples', f)));
  const hostile = {
    id: 'hostile-markup', published: '2025-06-01', source: '<b>Bold Wire</b>',
    title: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
    text: 'Russia granted asylum to Bashar al-Assad. <script>window.__pwned=3</script>',
  };
  return [...examples, read(join(ROOT, 'test/fixtures/api/syria-russia-talks.json')), hostile, ...(existsSync(SEED) ? [read(SEED)] : [])];
}

describe.skipIf(!HAS_CHROMIUM)(TITLE, () => {
  let dir: string;
  let store: Store;
  let server: ServerType;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'annals-e2e-'));
    mkdirSync(SHOTS, { recursive: true });
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'src/web/vite.config.ts'), logLevel: 'silent', build: { outDir: join(dir, 'web'), emptyOutDir: true } });
    const { createCoder } = await import('../../src/coder/index.js');
    const { toArticle } = await import('../../src/ingest/index.js');
    const { openStore } = await import('../../src/store/index.js');
    const { createApp, loadWebAssets } = await import('../../src/api/index.js');
    const { serve } = await import('@hono/node-server');
    const { chromium } = await import('playwright-core');
    const coder = createCoder();
    store = await openStore(join(dir, 'e2e.db'));
    for (const [i, input] of inputs().entries()) {
      const item = toArticle(input, `input ${i}`);
      if (!item.ok) throw new Error(item.reason);
      const { doc, records } = coder.code(item.article);
      await store.save(doc, records);
    }
    const app = createApp({ store, web: loadWebAssets(join(dir, 'web')) });
    base = await new Promise<string>((resolve) => {
      server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(`http://127.0.0.1:${info.port}/`));
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.on('dialog', (dialog) => void dialog.dismiss());
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // Generous: CI machines are shared, and an answer may take seconds there.
  const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });
  const shot = (name: string, fullPage = false): Promise<Buffer> => page.screenshot({ path: join(SHOTS, name), fullPage });
  const rows = () => page.locator('table.events tbody tr');

  test('the dashboard loads every view over the coded articles', async () => {
    await page.goto(base);
    await poll(() => rows().count()).toBeGreaterThan(10);
    await page.locator('#timeline svg .bar').first().waitFor();
    await page.locator('#network svg .node').first().waitFor();
    await page.locator('#map svg .country').first().waitFor();
    expect(await page.locator('h1').textContent()).toContain('annals');
    expect(await page.locator('#stats').textContent()).toMatch(/\d+ events/);
    expect(await page.locator('#timeline .legend').textContent()).toContain('Material conflict');
    await shot('01-dashboard.png');
    await page.evaluate(() => document.getElementById('events')?.scrollIntoView());
    await shot('04-events-table.png');
  });

  test('filtering by actor SYR shows the Syrian events with their evidence, and keeps the filter in the URL', async () => {
    await page.goto(base);
    await page.locator('input[name=actor]').fill('syr');
    await page.locator('form.filters button[type=submit]').click();
    await poll(() => page.url()).toContain('actor=SYR');
    await poll(async () => (await page.locator('.active-filters').textContent()) ?? '').toContain('Actor: SYR');
    await poll(() => page.locator('table.events tbody tr').filter({ hasText: 'travel to Moscow' }).count()).toBeGreaterThan(0);
    const texts = await rows().allTextContents();
    expect(texts.length).toBeGreaterThan(2);
    for (const text of texts) expect(text).toMatch(/SYR/);
    // The visit and its host (Putin hosting Sharaa) share the evidence: take the row where Syria's president travels.
    const visit = rows().filter({ hasText: 'travel to Moscow' }).filter({ hasText: '042' }).first();
    expect(await visit.locator('mark.m-source').first().textContent()).toMatch(/Sharaa|Syrian/);
    expect(await visit.locator('mark.m-trigger').first().textContent()).toBeTruthy();
    expect(await visit.textContent()).toContain('RUSGOV');
    await shot('02-actor-syr.png');
    await page.reload();
    await poll(() => page.locator('input[name=actor]').inputValue()).toBe('SYR');
  });

  test('opening the article shows its text with the evidence highlighted, and its events', async () => {
    await rows().filter({ hasText: 'travel to Moscow' }).first().locator('td.article a').click();
    await page.locator('.article-page h2').waitFor();
    expect(page.url()).toContain('article=');
    expect(await page.locator('.article-page h2').textContent()).toMatch(/Moscow|Putin/);
    expect(await page.locator('.article-text .ev').count()).toBeGreaterThan(0);
    expect((await page.locator('.article-text .ev.focus').allTextContents()).join('')).toContain('travel to Moscow');
    expect(await page.locator('.article-page table.events tbody tr').count()).toBeGreaterThan(0);
    await shot('03-article.png', true);
    await page.locator('a.back').click();
    await page.locator('#timeline').waitFor();
    expect(page.url()).not.toContain('article=');
  });

  test('clicking an actor in the network drills down to it', async () => {
    await page.goto(base);
    const node = page.locator('#network svg .node').first();
    const code = await node.getAttribute('data-code');
    await node.dispatchEvent('click');
    await poll(() => page.url()).toContain(`actor=${code}`);
    await poll(() => rows().count()).toBeGreaterThan(0);
    for (const text of await rows().allTextContents()) expect(text).toContain(code);
  });

  test('text from articles is shown as text: markup in a title or a text never runs', async () => {
    await page.goto(`${base}?q=asylum`);
    const row = rows().filter({ hasText: '<img src=x' });
    await poll(() => row.count()).toBeGreaterThan(0);
    expect(await row.first().locator('td.article a').textContent()).toBe('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
    await row.first().locator('td.article a').click();
    await page.locator('.article-page h2').waitFor();
    expect(await page.locator('.article-text').textContent()).toContain('<script>window.__pwned=3</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.article-page img, .article-page script').count()).toBe(0);
  });

  test('a bad filter in a shared link shows the API\'s reason', async () => {
    await page.goto(`${base}?since=last-week`);
    await poll(async () => (await page.locator('#events .error').textContent()) ?? '').toMatch(/since/);
  });
});
