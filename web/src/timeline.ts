// The timeline: one bar per day with events (SVG). Dragging selects a range of days, clicking a bar one
// day; either calls onRange, which filters the map.
import type { Stats } from './api.js';

const NS = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;
const dayNum = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;
const dayStr = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

export type Range = { since: string; until: string } | null;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/**
 * The days the axis spans: all of them, unless they run over more than a year, when the axis keeps the
 * dense period (the 1st to the 99th percentile of the events): a battle of 1942 told as history must
 * not squeeze three years of war into a corner. Returns the events left off the axis.
 */
export function denseDays(days: Stats['days']): { days: Stats['days']; left: number } {
  if (days.length < 2 || dayNum(days[days.length - 1]!.day) - dayNum(days[0]!.day) <= 366) return { days, left: 0 };
  const total = days.reduce((n, d) => n + d.count, 0);
  let seen = 0;
  let from = 0;
  let to = days.length - 1;
  days.forEach((d, i) => {
    if (seen < 0.01 * total) from = i;
    seen += d.count;
    if (seen - d.count < 0.99 * total) to = i;
  });
  const kept = days.slice(from, to + 1);
  return { days: kept, left: total - kept.reduce((n, d) => n + d.count, 0) };
}

export function drawTimeline(root: SVGSVGElement, allStats: Stats, range: Range, onRange: (r: Range) => void): number {
  const dense = denseDays(allStats.days);
  const stats = { ...allStats, days: dense.days };
  while (root.firstChild) root.removeChild(root.firstChild);
  const width = root.clientWidth || 800;
  const height = root.clientHeight || 120;
  const pad = { l: 36, r: 12, t: 8, b: 22 };
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (stats.days.length === 0) {
    root.appendChild(Object.assign(svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'empty' }), { textContent: 'no day-dated events' }));
    return 0;
  }
  const first = dayNum(stats.days[0]!.day);
  const last = dayNum(stats.days[stats.days.length - 1]!.day);
  const span = Math.max(1, last - first + 1);
  const max = Math.max(...stats.days.map((d) => d.count));
  const plotW = width - pad.l - pad.r;
  const plotH = height - pad.t - pad.b;
  const slot = plotW / span;
  // Bars fill most of their day's slot, but a short ledger does not get slabs.
  const bw = Math.max(1, Math.min(slot - 1, slot * 0.8, 28));
  const x = (n: number) => pad.l + ((n - first) / span) * plotW + (slot - bw) / 2;
  const toDay = (px: number) => Math.min(last, Math.max(first, first + Math.floor(((px - pad.l) / plotW) * span)));

  root.appendChild(svg('line', { x1: pad.l, x2: width - pad.r, y1: pad.t + plotH, y2: pad.t + plotH, class: 'axis' }));
  const yLabel = svg('text', { x: pad.l - 6, y: pad.t + 8, 'text-anchor': 'end', class: 'tick' });
  yLabel.textContent = String(max);
  root.appendChild(yLabel);
  // Date ticks: first, last and a few between, each label on a distinct day.
  const ticks = Math.min(6, span - 1);
  const tickDays = new Set<number>();
  for (let i = 0; i <= ticks; i++) tickDays.add(Math.round(first + ((span - 1) * i) / Math.max(1, ticks)));
  // Months and days for a short ledger, years and months for a long one; the end labels stay inside.
  const label = (n: number) => (span > 180 ? dayStr(n).slice(0, 7) : dayStr(n).slice(5));
  for (const n of tickDays) {
    const anchor = n === first ? 'start' : n === last ? 'end' : 'middle';
    const t = svg('text', { x: n === first ? x(n) : n === last ? x(n) + bw : x(n) + bw / 2, y: height - 6, 'text-anchor': anchor, class: 'tick' });
    t.textContent = label(n);
    root.appendChild(t);
  }
  const inRange = (d: string) => !range || (d >= range.since && d <= range.until);
  for (const d of stats.days) {
    const h = Math.max(2, (d.count / max) * plotH);
    const bar = svg('rect', { x: x(dayNum(d.day)), y: pad.t + plotH - h, width: bw, height: h, class: inRange(d.day) ? 'bar' : 'bar out', 'data-day': d.day });
    const title = svg('title', {});
    title.textContent = `${d.day}: ${d.count} event${d.count === 1 ? '' : 's'}`;
    bar.appendChild(title);
    root.appendChild(bar);
  }
  if (range) {
    const a = Math.max(dayNum(range.since), first);
    const b = Math.min(dayNum(range.until), last);
    const left = (n: number) => pad.l + ((n - first) / span) * plotW;
    if (a <= b) root.appendChild(svg('rect', { x: left(a), y: pad.t, width: left(b + 1) - left(a), height: plotH, class: 'brush' }));
  }

  // Brushing: a drag of a few pixels is a range, anything less is a click on one day.
  const px = (ev: PointerEvent) => ((ev.clientX - root.getBoundingClientRect().left) / root.getBoundingClientRect().width) * width;
  let start: number | null = null;
  let live: SVGRectElement | null = null;
  root.onpointerdown = (ev) => {
    start = px(ev);
    root.setPointerCapture(ev.pointerId);
    live = svg('rect', { x: start, y: pad.t, width: 0, height: plotH, class: 'brush live' });
    root.appendChild(live);
  };
  root.onpointermove = (ev) => {
    if (start === null || !live) return;
    const p = px(ev);
    live.setAttribute('x', String(Math.min(start, p)));
    live.setAttribute('width', String(Math.abs(p - start)));
  };
  root.onpointerup = (ev) => {
    if (start === null) return;
    const end = px(ev);
    const [a, b] = [toDay(Math.min(start, end)), toDay(Math.max(start, end))];
    start = null;
    live?.remove();
    live = null;
    onRange({ since: dayStr(a), until: dayStr(b) });
  };
  return dense.left;
}
