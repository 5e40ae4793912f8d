// The API the page reads (src/edges/http).
import type { DocumentView, EventView as ApiEvent, EvidenceView as Evidence, StatsView as Stats } from '../../src/edges/http/view-schemas.js';

export interface Filters {
  type?: string;
  verification?: string;
  source?: string;
  since?: string;
  until?: string;
  /** 'true': only events that took place (not planned, hypothetical, negated or denied). */
  happened?: string;
  min_confidence?: string;
}

// The shapes the API returns come from the server's own schemas (src/edges/http/view-schemas.ts), which
// /openapi.json is generated from too.
export type { EventView as ApiEvent, EvidenceView as Evidence, StatsView as Stats } from '../../src/edges/http/view-schemas.js';

export interface EventDetail {
  event: ApiEvent;
  document: DocumentView;
  evidence: Evidence[];
  /** Reports of the same happening in other documents. */
  related: ApiEvent[];
}

export function query(f: Filters, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export const api = {
  stats: (f: Filters, signal?: AbortSignal) => getJson<Stats>(`/api/stats${query(f)}`, signal),
  /** Up to `max` events, following `next` a page (the API's largest) at a time. */
  async events(f: Filters, max: number, signal?: AbortSignal): Promise<{ events: ApiEvent[]; more: boolean }> {
    const out: ApiEvent[] = [];
    let cursor: string | null = null;
    do {
      const page: { events: ApiEvent[]; next: string | null } = await getJson(
        `/api/events${query(f, { limit: String(Math.min(1000, max - out.length)), ...(cursor ? { cursor } : {}) })}`,
        signal,
      );
      out.push(...page.events);
      cursor = page.next;
    } while (cursor && out.length < max);
    return { events: out, more: cursor !== null };
  },
  event: (id: number, signal?: AbortSignal) => getJson<EventDetail>(`/api/events/${id}`, signal),
};
