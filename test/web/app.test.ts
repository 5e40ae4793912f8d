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

  /** Events on the map: single circles plus the events gathered in each cluster. */
  const onMap = async (p: Page = page) => {
    const counts = await p.locator('.cluster[data-count]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    return (await p.locator('path.ev').count()) + counts.reduce((a, b) => a + b, 0);
  };
  const markers = () => ({ count: () => onMap() });

  it('shows every located event on the map and each day on the timeline', async () => {
    await page.goto(server.url);
    await poll(() => markers().count()).toBe(5);
    expect(await page.locator('#timeline rect.bar').count()).toBe(3);
    expect(await page.getByTestId('map-note').textContent()).toBe('5 of 6 events on the map');
    expect(await page.getByTestId('summary').textContent()).toContain('6 events');
    await poll(() => page.locator('.leaflet-land-pane path').count()).toBeGreaterThan(100); // country outlines
    await poll(() => page.locator('.leaflet-land-pane path.oblast').count()).toBe(27); // 24 oblasts, Kyiv, Crimea, Sevastopol
    // Reports close together at the opening zoom (the two Kharkiv ones 2 km apart) gather into clusters.
    expect(await page.locator('.cluster[data-count]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('path.ev').count()).toBeLessThan(5);
    const legend = page.getByTestId('size-legend');
    expect(await legend.textContent()).toContain('reported deaths');
    expect(await legend.locator('.size-dot').count()).toBe(3);
    mkdirSync('artifacts', { recursive: true });
    await page.screenshot({ path: 'artifacts/web-first-view.png' });
    expect(await page.locator('.leaflet-labels-pane .place').filter({ hasText: 'Kharkiv' }).count()).toBe(1); // GeoNames oblast centre
  });

  it('filters by type, then by a day picked on the timeline', async () => {
    await page.getByTestId('filter-type').selectOption('strike');
    await poll(() => markers().count()).toBe(3);
    await page.locator('#timeline rect.bar[data-day="2024-03-12"]').click();
    await poll(() => page.locator('#range-text').textContent()).toBe('2024-03-12');
    await poll(() => markers().count()).toBe(2);
    await page.screenshot({ path: 'artifacts/web-filtered-timeline.png' });
  });

  it('opens an event from the map with its sources and its evidence highlighted', async () => {
    const missiles = (await (await fetch(`${server.url}/api/events?type=strike.missile`)).json()) as { events: Array<{ id: number }> };
    const [mine, other] = missiles.events.map((e) => e.id);
    // The two reports are one cluster: its click zooms in until they stand apart.
    // The two Kharkiv reports (2 km apart) are one cluster, the easternmost: its click zooms in until they stand apart.
    const xs = await page.locator('.cluster[data-count]').evaluateAll((els) => els.map((c) => c.getBoundingClientRect().x));
    await page.locator('.cluster[data-count]').nth(xs.indexOf(Math.max(...xs))).click();
    await poll(() => page.locator(`path.ev-${mine}`).count()).toBe(1);
    await page.waitForTimeout(400); // the zoom's animation
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
    await page.goto(server.url); // the opening view again (the last test zoomed into a cluster)
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
    await page.goto(server.url);
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

  it('works on a phone (390x844): clusters, legend, outlines, the event panel not under the map', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : (outside.push(route.request().url()), route.abort())));
    phone.on('pageerror', (err) => pageErrors.push(err.message));
    await phone.goto(server.url);
    await poll(() => onMap(phone)).toBe(5);
    await poll(() => phone.locator('.leaflet-land-pane path.oblast').count()).toBe(27);
    expect(await phone.getByTestId('size-legend').isVisible()).toBe(true);
    const mapBox = (await phone.locator('#map').boundingBox())!;
    expect(mapBox.width).toBeLessThanOrEqual(390);
    expect(mapBox.height).toBeGreaterThanOrEqual(200);
    await phone.screenshot({ path: 'artifacts/web-phone-first-view.png' });

    const strikes = (await (await fetch(`${server.url}/api/events?type=strike.missile`)).json()) as { events: Array<{ id: number }> };
    await phone.goto(`${server.url}/#/event/${strikes.events[0]!.id}`);
    const panel = phone.getByTestId('panel');
    await poll(() => panel.isVisible()).toBe(true);
    await poll(() => phone.getByTestId('evidence').count()).toBe(1);
    // Not under the map: the panel is a sheet over it, its title on screen and the topmost element at its
    // title and at its middle (the defect was the map drawn over the panel).
    const title = (await phone.getByTestId('panel-title').boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual(0);
    expect(title.y + title.height).toBeLessThanOrEqual(844);
    const topmost = () =>
      phone.evaluate(() => {
        const r = document.getElementById('panel')!.getBoundingClientRect();
        const t = document.querySelector('[data-testid=panel-title]')!.getBoundingClientRect();
        return [[r.left + r.width / 2, t.top + 4], [r.left + r.width / 2, r.top + r.height / 2], [r.left + 20, r.bottom - 10]].map(([x, y]) => document.elementFromPoint(x!, y!)?.closest('#panel') !== null);
      });
    expect(await topmost()).toEqual([true, true, true]);
    await phone.screenshot({ path: 'artifacts/web-phone-event-panel.png' });

    await phone.goto(server.url); // the opening view again (opening the event zoomed to it)
    await poll(() => onMap(phone)).toBe(5);
    await phone.getByTestId('filter-type').selectOption('strike');
    await poll(() => onMap(phone)).toBe(3);
    await phone.locator('#timeline rect.bar[data-day="2024-03-12"]').click();
    await poll(() => phone.locator('#range-text').textContent()).toBe('2024-03-12');
    await poll(() => onMap(phone)).toBe(2);
    await phone.screenshot({ path: 'artifacts/web-phone-filtered-timeline.png' });
    await phone.close();
  });

  it('made no request beyond its own server and threw no script error', () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
