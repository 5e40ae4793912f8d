// The web app in Debian's chromium (playwright-core): load, filter by type, pick a day on the timeline,
// open an event and read its highlighted evidence; page text stays text. Saves artifacts/web-*.png.
// Skips (with a note) only when chromium is absent outside CI; in CI a missing browser fails the test.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { loadStaticFiles } from '../../src/edges/http/static.js';
import { startServer, type RunningServer } from '../../src/edges/http/server.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { fixtureStore } from '../http/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
// Generous: the machine running the tests is shared, and a page's first paint may wait on a busy core.
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const present = existsSync(CHROMIUM);
if (!present && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install it (apt-get install -y chromium)`);
if (!present) console.warn(`NOTE: skipping the browser test: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

describe.skipIf(!present)('web app in chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  let store: LedgerStore;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await build({ configFile: join(__dirname, '../../web/vite.config.ts'), build: { outDir: join(dir, 'web'), emptyOutDir: true }, logLevel: 'error' });
    store = await fixtureStore(join(dir, 'ledger.db'));
    server = await startServer({ store, web: loadStaticFiles(join(dir, 'web')), host: '127.0.0.1', port: 0 });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    // Anything not addressed to our own server is refused and recorded: the app must work offline.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page.on('pageerror', (err) => pageErrors.push(err.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const markers = () => page.locator('path.ev');

  it('shows every located event on the map and each day on the timeline', async () => {
    await page.goto(server.url);
    await poll(() => markers().count()).toBe(5);
    expect(await page.locator('#timeline rect.bar').count()).toBe(3);
    expect(await page.getByTestId('map-note').textContent()).toBe('5 of 6 events on the map');
    expect(await page.getByTestId('summary').textContent()).toContain('6 events');
    await poll(() => page.locator('.leaflet-land-pane path').count()).toBeGreaterThan(100); // country outlines
    expect(await page.locator('.leaflet-labels-pane .place').filter({ hasText: 'Kharkiv' }).count()).toBe(1); // GeoNames oblast centre
  });

  it('filters by type, then by a day picked on the timeline', async () => {
    await page.getByTestId('filter-type').selectOption('strike');
    await poll(() => markers().count()).toBe(3);
    await page.locator('#timeline rect.bar[data-day="2024-03-12"]').click();
    await poll(() => page.locator('#range-text').textContent()).toBe('2024-03-12');
    await poll(() => markers().count()).toBe(2);
  });

  it('opens an event from the map with its sources and its evidence highlighted', async () => {
    const missiles = (await (await fetch(`${server.url}/api/events?type=strike.missile`)).json()) as { events: Array<{ id: number }> };
    const [mine, other] = missiles.events.map((e) => e.id);
    // Two reports of one happening 2 km apart overlap at this zoom: dispatch the click to the one wanted.
    await page.locator(`path.ev-${mine}`).dispatchEvent('click');
    const panel = page.getByTestId('panel');
    await poll(() => panel.isVisible()).toBe(true);
    expect(await page.getByTestId('panel-title').textContent()).toBe('Explosions/Remote violence: Shelling/artillery/missile attack');
    expect(await page.getByTestId('panel-source').textContent()).toContain('Front line changes');
    const marks = page.getByTestId('evidence');
    expect(await marks.count()).toBe(1);
    expect(await marks.first().textContent()).toBe('A missile strike damaged a depot in Kharkiv on 12 March 2024, killing one worker, city officials said.');
    expect(page.url()).toMatch(new RegExp(`#/event/${mine}$`));
    expect(await page.getByTestId('related').textContent()).toContain('Regional military administration');
    expect(await page.getByTestId('related').locator('a').getAttribute('href')).toBe(`#/event/${other}`);
    mkdirSync('artifacts', { recursive: true });
    await page.screenshot({ path: 'artifacts/web-event-panel.png' });
  });

  it('shows markup from a page as text, never as elements', async () => {
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await poll(() => markers().count()).toBe(5);
    const all = (await (await fetch(`${server.url}/api/events?type=other`)).json()) as { events: Array<{ id: number }> };
    await page.goto(`${server.url}/#/event/${all.events[0]!.id}`);
    await poll(() => page.getByTestId('evidence').first().textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.getByTestId('evidence').count()).toBe(1);
    expect(await page.locator('#panel img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: 'artifacts/web-markup-as-text.png' });
  });

  it('selects a range of days by dragging across the timeline', async () => {
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await poll(() => page.locator('#range-text').textContent()).toBe('all dates');
    // The timeline redraws after a reset (its counts are fetched again): wait for the bars, since
    // boundingBox() does not wait and a bar caught between draws has none.
    const fromBar = page.locator('#timeline rect.bar[data-day="2024-03-03"]');
    const toBar = page.locator('#timeline rect.bar[data-day="2024-03-09"]');
    await fromBar.waitFor({ state: 'visible' });
    await toBar.waitFor({ state: 'visible' });
    await poll(async () => (await fromBar.boundingBox()) !== null && (await toBar.boundingBox()) !== null).toBe(true);
    const from = (await fromBar.boundingBox())!;
    const to = (await toBar.boundingBox())!;
    await page.mouse.move(from.x + 1, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width - 1, to.y + to.height / 2, { steps: 5 });
    await page.mouse.up();
    await poll(() => page.locator('#range-text').textContent()).toBe('2024-03-03 → 2024-03-09');
    // Shelling and drones on the 3rd, the withdrawal on the 9th; the month-dated event has no place.
    await poll(() => markers().count()).toBe(3);
    // The export link carries the view's filters: the default view's (happened, confidence) and the range.
    const csv = new URLSearchParams((await page.locator('#x-csv').getAttribute('href'))!.split('?')[1]);
    expect([csv.get('since'), csv.get('until'), csv.get('format'), csv.get('happened')]).toEqual(['2024-03-03', '2024-03-09', 'acled-csv', 'true']);
  });

  it('made no request beyond its own server and threw no script error', () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
