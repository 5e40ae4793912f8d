// Cross-document linking: reports of one happening join one event. Two reports match when their event
// types belong to one family, their dates fit one window, their places lie close together, and their
// actors do not contradict each other. Clusters form by union-find over matching pairs.
import { dayNumberOf } from '../day-range.js';

export interface Report {
  /** The ledger's id for this reported event. */
  eventId: number;
  documentId: number;
  type: string;
  /** ISO day interval the report puts the event in. */
  dateStart: string | null;
  dateEnd: string | null;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
  /** Location precision: 1 the place itself, 2 near, 3 admin-area centroid. */
  precision: number | null;
  actors: string[];
}

export interface LinkOptions {
  /** Places of two reports further apart than this never link. */
  maxKm: number;
  /** Date slack in days on both sides of each report's interval. */
  slackDays: number;
}

export const DEFAULT_LINK_OPTIONS: LinkOptions = { maxKm: 25, slackDays: 1 };

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

/** "strike.drone" and "strike.missile" are one family: outlets disagree on the weapon more than the deed. */
export function typeFamily(type: string): string {
  return type.split('.')[0]!;
}

function datesFit(a: Report, b: Report, slack: number): boolean {
  if (!a.dateStart || !b.dateStart) return false;
  const a0 = dayNumberOf(a.dateStart) - slack;
  const a1 = dayNumberOf(a.dateEnd ?? a.dateStart) + slack;
  const b0 = dayNumberOf(b.dateStart);
  const b1 = dayNumberOf(b.dateEnd ?? b.dateStart);
  return a0 <= b1 && b0 <= a1;
}

function placesFit(a: Report, b: Report, maxKm: number): boolean {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
  // An admin-area centroid says "somewhere in this oblast": it fits any point in the same oblast.
  if ((a.precision === 3 || b.precision === 3) && a.admin1 && a.admin1 === b.admin1) return true;
  return haversineKm(a.lat, a.lon, b.lat, b.lon) <= maxKm;
}

/** Actors contradict when both reports name actor sets that share nothing. Unnamed actors never do. */
function actorsFit(a: Report, b: Report): boolean {
  if (a.actors.length === 0 || b.actors.length === 0) return true;
  const set = new Set(a.actors.map((x) => x.toLowerCase()));
  return b.actors.some((x) => set.has(x.toLowerCase()));
}

export function sameHappening(a: Report, b: Report, opts: LinkOptions = DEFAULT_LINK_OPTIONS): boolean {
  return (
    typeFamily(a.type) === typeFamily(b.type) &&
    datesFit(a, b, opts.slackDays) &&
    placesFit(a, b, opts.maxKm) &&
    actorsFit(a, b)
  );
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Groups reports into happenings. Reports from one document never link to each other here: the event
 * stage already merged what one document says twice. Pairs are only compared within a type family and
 * a date bucket, so the cost stays near-linear on a large ledger.
 */
export function linkReports(reports: readonly Report[], opts: LinkOptions = DEFAULT_LINK_OPTIONS): number[][] {
  const uf = new UnionFind(reports.length);
  const buckets = new Map<string, number[]>();
  reports.forEach((r, i) => {
    if (!r.dateStart) return;
    const key = typeFamily(r.type);
    const list = buckets.get(key) ?? [];
    list.push(i);
    buckets.set(key, list);
  });
  for (const idx of buckets.values()) {
    idx.sort((x, y) => dayNumberOf(reports[x]!.dateStart!) - dayNumberOf(reports[y]!.dateStart!));
    for (let i = 0; i < idx.length; i++) {
      const a = reports[idx[i]!]!;
      const horizon = dayNumberOf(a.dateEnd ?? a.dateStart!) + 2 * opts.slackDays;
      for (let j = i + 1; j < idx.length; j++) {
        const b = reports[idx[j]!]!;
        if (dayNumberOf(b.dateStart!) > horizon) break;
        if (a.documentId !== b.documentId && sameHappening(a, b, opts)) uf.union(idx[i]!, idx[j]!);
      }
    }
  }
  const groups = new Map<number, number[]>();
  reports.forEach((_, i) => {
    const root = uf.find(i);
    const g = groups.get(root) ?? [];
    g.push(i);
    groups.set(root, g);
  });
  return [...groups.values()];
}
