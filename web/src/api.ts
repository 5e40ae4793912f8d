// The API the page reads (src/edges/http), typed as far as the page uses it.
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

export interface ApiEvent {
  id: number;
  type: string;
  date: { value: string; precision: string } | null;
  location: { name: string; lat: number; lon: number; admin1?: string | null; country?: string | null } | null;
  actors: Array<{ name: string; role: string }>;
  fatalities: { best: number | null } | null;
  modality: string;
  source: { name: string } | null;
  /** The happening's verification (confirmed only with two independent sources). */
  verification: string;
  independentSources?: number;
  confidence: number;
  acled: { event_type: string; sub_event_type: string } | null;
  document: { id: number; name: string; title: string | null; published: string | null; url: string | null };
}

export interface Evidence {
  start: number;
  end: number;
  item?: number;
  text: string | null;
  body: { start: number; end: number } | null;
}

export interface EventDetail {
  event: ApiEvent;
  document: { id: number; title: string | null; url: string | null; published: string | null; body: string; siteName: string | null; name: string };
  evidence: Evidence[];
  /** Reports of the same happening in other documents. */
  related: ApiEvent[];
}

export interface Stats {
  total: number;
  days: Array<{ day: string; count: number }>;
  coarse: number;
  undated: number;
  types: Array<{ type: string; count: number }>;
  verification: Array<{ verification: string; count: number }>;
  sources: Array<{ source: string; count: number }>;
  fatalities: number;
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
