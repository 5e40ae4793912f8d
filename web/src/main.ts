// The page: filters and the timeline decide which events the map shows; a click on an event (or a
// #/event/ID link) opens its panel. State lives here; each view module only draws.
import './style.css';
import { api, query, type Filters, type Stats } from './api.js';
import { clusterRadiusOf, colorOf, family, radiusOf, typePrefix } from './colors.js';
import { append, byId, clear, el } from './dom.js';
import { createMap } from './map.js';
import { renderPanel, renderPanelError } from './panel.js';
import { drawTimeline, type Range } from './timeline.js';

/**
 * What the page shows first: events that took place, at a confidence the eval finds mostly right (its
 * precision at 0.5); the checkbox shows the planned, hypothetical, negated and less certain ones too.
 */
const DEFAULT_VIEW: Filters = { happened: 'true', min_confidence: '0.5' };

/** The most events the map draws at once; beyond this the note says how to narrow the view. */
const MAP_MAX = 5000;

const state: { filters: Filters; range: Range; selected: number | null; stats: Stats | null } = {
  filters: { ...DEFAULT_VIEW },
  range: null,
  selected: null,
  stats: null,
};

const selects = {
  type: byId<HTMLSelectElement>('f-type'),
  verification: byId<HTMLSelectElement>('f-verification'),
  source: byId<HTMLSelectElement>('f-source'),
};
const panel = byId('panel');
const timeline = document.getElementById('timeline') as unknown as SVGSVGElement;
const map = createMap(byId('map'), (id) => openEvent(id));

function fillSelect(select: HTMLSelectElement, entries: Array<[string, number]>, keep: string | undefined): void {
  const first = select.options[0]!;
  clear(select);
  select.appendChild(first);
  // The chosen value stays listed even when the other filters leave it no events.
  if (keep && !entries.some(([v]) => v === keep)) entries = [[keep, 0], ...entries];
  for (const [value, count] of entries) select.appendChild(el('option', { value }, `${value} (${count})`));
  select.value = keep ?? '';
}

/** Type menu: each family ("strike") then its types ("strike.drone"), so either level can be chosen. */
function typeEntries(stats: Stats): Array<[string, number]> {
  const families = new Map<string, number>();
  for (const t of stats.types) families.set(typePrefix(t.type), (families.get(typePrefix(t.type)) ?? 0) + t.count);
  const out: Array<[string, number]> = [];
  for (const [f, n] of [...families].sort()) {
    const children = stats.types.filter((t) => typePrefix(t.type) === f).sort((a, b) => a.type.localeCompare(b.type));
    if (children.length > 1) out.push([f, n]);
    for (const t of children) out.push([t.type, t.count]);
  }
  return out;
}

function drawLegend(stats: Stats): void {
  const legend = byId('legend');
  clear(legend);
  const families = [...new Set(stats.types.map((t) => family(t.type)))].sort();
  append(
    legend,
    el('strong', {}, 'Colour: kind of event (its type on hover)'),
    ...families.map((f) => el('div', { class: 'key' }, el('span', { class: 'dot', style: `background:${colorOf(f)}` }), f)),
    sizeLegend(),
  );
}

/** What a circle's size means: deaths for one event (drawn at the map's own radii), events for a cluster. */
function sizeLegend(): HTMLElement {
  const circle = (r: number, cls: string, label: string) => el('span', { class: cls, style: `width:${2 * r}px;height:${2 * r}px;line-height:${2 * r}px` }, label);
  return el(
    'div',
    { class: 'sizes', 'data-testid': 'size-legend' },
    el('strong', {}, 'Size: reported deaths of one event; a grey circle gathers nearby events (their number; click to zoom)'),
    el('div', { class: 'size-row' }, ...[0, 5, 25].map((n) => el('span', { class: 'size-key' }, circle(radiusOf(n), 'size-dot', ''), n ? `${n} dead` : 'none given')), el('span', { class: 'size-key' }, circle(clusterRadiusOf(12), 'cluster', '12'), '12 events')),
  );
}

let loading: AbortController | null = null;

async function refresh(): Promise<void> {
  loading?.abort();
  const ctl = (loading = new AbortController());
  const f = { ...state.filters, ...(state.range ?? {}) };
  try {
    // The timeline shows every date for the chosen type/verification/source; the map also honours the range.
    const [stats, list] = await Promise.all([api.stats(state.filters, ctl.signal), api.events(f, MAP_MAX, ctl.signal)]);
    if (ctl.signal.aborted) return;
    state.stats = stats;
    fillSelect(selects.type, typeEntries(stats), state.filters.type);
    fillSelect(selects.verification, stats.verification.map((v) => [v.verification, v.count]), state.filters.verification);
    fillSelect(selects.source, stats.sources.map((s) => [s.source, s.count]), state.filters.source);
    drawLegend(stats);
    const offAxis = drawTimeline(timeline, stats, state.range, setRange);
    map.show(list.events, state.selected);
    const located = list.events.filter((e) => e.location).length;
    byId('summary').textContent = `${stats.total.toLocaleString('en')} events · ${stats.fatalities.toLocaleString('en')} reported deaths`;
    byId('map-note').textContent =
      `${located.toLocaleString('en')} of ${list.events.length.toLocaleString('en')}${list.more ? '+' : ''} events on the map` +
      (list.more ? ` (first ${MAP_MAX.toLocaleString('en')}: narrow the filters or the dates)` : '');
    const notOnAxis = [offAxis ? `${offAxis} outside the dense period` : '', stats.coarse ? `${stats.coarse} dated only to a week or more` : '', stats.undated ? `${stats.undated} undated` : ''].filter(Boolean);
    byId('timeline-note').textContent = notOnAxis.length ? ` · not on the axis: ${notOnAxis.join(', ')}` : '';
    for (const [id, format] of [['x-csv', 'acled-csv'], ['x-geojson', 'geojson'], ['x-jsonl', 'jsonl']] as const) {
      byId<HTMLAnchorElement>(id).href = `/api/export${query(f, { format })}`;
    }
  } catch (err) {
    if ((err as Error).name !== 'AbortError') byId('map-note').textContent = `Cannot load events: ${(err as Error).message}`;
  }
}

function setRange(r: Range): void {
  state.range = r;
  byId('range-text').textContent = r ? (r.since === r.until ? r.since : `${r.since} → ${r.until}`) : 'all dates';
  byId('range-clear').hidden = !r;
  void refresh();
}

let opening: AbortController | null = null;

async function openEvent(id: number): Promise<void> {
  if (location.hash !== `#/event/${id}`) history.replaceState(null, '', `#/event/${id}`);
  state.selected = id;
  map.select(id);
  opening?.abort();
  const ctl = (opening = new AbortController());
  try {
    renderPanel(panel, await api.event(id, ctl.signal), closePanel);
    map.resize();
  } catch (err) {
    if ((err as Error).name !== 'AbortError') renderPanelError(panel, `Cannot load event ${id}: ${(err as Error).message}`, closePanel);
  }
}

function closePanel(): void {
  panel.hidden = true;
  state.selected = null;
  map.select(null);
  map.resize();
  history.replaceState(null, '', location.pathname + location.search);
}

for (const key of ['type', 'verification', 'source'] as const) {
  selects[key].addEventListener('change', () => {
    state.filters = { ...state.filters, [key]: selects[key].value || undefined };
    void refresh();
  });
}
const showAll = byId<HTMLInputElement>('f-all');
showAll.addEventListener('change', () => {
  const { happened: _h, min_confidence: _m, ...rest } = state.filters;
  state.filters = showAll.checked ? rest : { ...rest, ...DEFAULT_VIEW };
  void refresh();
});
byId('range-clear').addEventListener('click', () => setRange(null));
byId('reset').addEventListener('click', () => {
  state.filters = { ...DEFAULT_VIEW };
  showAll.checked = false;
  setRange(null);
});
window.addEventListener('resize', () => void (state.stats && drawTimeline(timeline, state.stats, state.range, setRange)));
window.addEventListener('keydown', (e) => e.key === 'Escape' && !panel.hidden && closePanel());

/** #/event/ID opens that event: links can be shared, and back/forward move between opened events. */
function fromHash(): void {
  const m = /^#\/event\/(\d+)$/.exec(location.hash);
  if (m && Number(m[1]) !== state.selected) void openEvent(Number(m[1]));
}
window.addEventListener('hashchange', fromHash);
void refresh().then(fromHash);
