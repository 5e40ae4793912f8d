// The event panel: what happened, where, when, who says so, and the evidence sentences highlighted in the
// cleaned text of the source document. All page text goes in as text nodes (dom.ts), marks included.
import type { EventDetail, Evidence } from './api.js';
import { colorOf, family } from './colors.js';
import { append, clear, el, safeHref } from './dom.js';

/** The cleaned body with each located evidence sentence wrapped in <mark>, built from text nodes. */
export function highlighted(body: string, evidence: Evidence[]): HTMLElement {
  const spans = evidence
    .flatMap((e) => (e.body ? [e.body] : []))
    .sort((a, b) => a.start - b.start)
    .filter((s, i, all) => i === 0 || s.start >= all[i - 1]!.end);
  const root = el('div', { class: 'doc-text', 'data-testid': 'doc-text' });
  let at = 0;
  for (const s of spans) {
    append(root, body.slice(at, s.start), el('mark', { 'data-testid': 'evidence' }, body.slice(s.start, s.end)));
    at = s.end;
  }
  append(root, body.slice(at));
  return root;
}

/** A document as a reader knows it: its headline, else its outlet; never a file path. */
export function headlineOf(d: { title: string | null; url: string | null; siteName?: string | null; name: string }): string {
  return d.title ?? d.siteName ?? hostOf(d.url) ?? 'Untitled document';
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Outlet and publication day, the line under a headline. */
function byline(d: { url: string | null; siteName?: string | null; published: string | null }): string {
  return [d.siteName ?? hostOf(d.url), d.published ? d.published.slice(0, 10) : null].filter(Boolean).join(' · ');
}

function row(label: string, value: string | null | undefined): HTMLElement | null {
  return value ? el('div', { class: 'row' }, el('dt', {}, label), el('dd', {}, value)) : null;
}

/** Other documents' reports of this happening: each a source, and a link to its own event page. */
function relatedList(related: EventDetail['related']): HTMLElement {
  if (!related.length) return el('p', { class: 'hint', 'data-testid': 'related-none' }, 'No other document reports this happening yet.');
  return el(
    'ul',
    { class: 'related', 'data-testid': 'related' },
    ...related.map((r) =>
      el(
        'li',
        {},
        el('a', { href: `#/event/${r.id}` }, r.source?.name ?? headlineOf(r.document)),
        el('span', { class: 'hint' }, ` ${[headlineOf(r.document), byline(r.document), r.date?.value ?? 'undated'].filter(Boolean).join(' · ')}`),
      ),
    ),
  );
}

export function renderPanel(panel: HTMLElement, d: EventDetail, onClose: () => void): void {
  clear(panel);
  const e = d.event;
  const where = e.location ? [e.location.name, e.location.admin1, e.location.country].filter(Boolean).join(', ') : null;
  const coords = e.location ? `${e.location.lat.toFixed(4)}, ${e.location.lon.toFixed(4)}` : null;
  const actors = e.actors.map((a) => `${a.name} (${a.role})`).join('; ');
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close', 'data-testid': 'panel-close' }, '×');
  close.addEventListener('click', onClose);
  const href = safeHref(d.document.url);
  const title = headlineOf(d.document);
  const located = d.evidence.filter((v) => v.body).length;
  // Evidence that cannot be shown in the body (feed items, text outside it) is listed on its own.
  const loose = d.evidence.filter((v) => !v.body && v.text);

  append(
    panel,
    close,
    el('div', { class: 'chip', style: `background:${colorOf(e.type)}`, title: family(e.type) }, e.type),
    el('h2', { 'data-testid': 'panel-title' }, e.acled ? `${e.acled.event_type}: ${e.acled.sub_event_type}` : e.type),
    el(
      'dl',
      { class: 'facts' },
      row('Date', e.date ? `${e.date.value} (${e.date.precision})` : 'undated'),
      row('Place', where),
      row('Coordinates', coords),
      row('Actors', actors || null),
      row('Fatalities', e.fatalities?.best !== null && e.fatalities?.best !== undefined ? String(e.fatalities.best) : null),
      row('Reported by', e.source?.name),
      row('Verification', `${e.verification} (${e.independentSources ?? 1} independent source${(e.independentSources ?? 1) === 1 ? '' : 's'})`),
      row('Modality', e.modality),
      row('Confidence', e.confidence.toFixed(2)),
    ),
    el('h3', {}, 'Source'),
    el(
      'p',
      { class: 'source', 'data-testid': 'panel-source' },
      href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow' }, title) : title,
      byline(d.document) ? ` · ${byline(d.document)}` : '',
    ),
    el('h3', {}, `Also reported by (${d.related.length})`),
    relatedList(d.related),
    el('h3', {}, `Evidence (${d.evidence.length})`),
    ...loose.map((v) => el('blockquote', { 'data-testid': 'evidence-loose' }, v.text!)),
    located ? highlighted(d.document.body, d.evidence) : el('p', { class: 'hint' }, 'The evidence is not in the cleaned text.'),
  );
  panel.hidden = false;
  panel.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

export function renderPanelError(panel: HTMLElement, message: string, onClose: () => void): void {
  clear(panel);
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  close.addEventListener('click', onClose);
  append(panel, close, el('p', { class: 'error' }, message));
  panel.hidden = false;
}
