// Labels for the learned event decision: which candidates of the batch output are events of the hand-coded gold
// (corpora/news-events and isw-events, coded by CODEBOOK.md). A candidate is an event when it matches a gold event
// one to one as the news-events scorer defines a match (its --help): the candidate's anchor (trigger, and the
// evidence span holding it cut to 300 characters either side) overlaps a gold mention and the families agree.
import { readFileSync } from 'node:fs';

export interface GoldEvent {
  id: string;
  mentions: string[];
  family: string;
  background: boolean;
  date: string | null;
  place: { name: string } | null;
  acled: { event_type: string; sub_event_type: string } | null;
}

export interface GoldDoc {
  doc: string;
  events: GoldEvent[];
}

export interface PredictedEvent {
  type: string;
  section?: number;
  modality?: string;
  trigger?: { start: number; end: number; text?: string };
  evidence?: Array<{ start: number; end: number }>;
  date?: { value: string } | null;
  location?: { name: string } | null;
  acled?: { event_type: string; sub_event_type: string } | null;
  confidence: number;
  /** Out of fold: the probability that its document is on topic (see src/events/decision/model.ts). */
  topic?: number;
  features?: number[];
}

/** The scorer's family of a predicted type, by its first segment (score-news-events.mjs --help). */
const FAMILY_OF_SEGMENT: Record<string, string> = {
  battle: 'violence', strike: 'violence', explosive: 'violence', explosion: 'violence', violence: 'violence',
  casualties: 'violence', infrastructure: 'violence', territory: 'territory', retreat: 'territory', protest: 'civil',
  riot: 'civil', arrest: 'civil', looting: 'civil', visit: 'political', agreement: 'political', decision: 'political',
  statement: 'political', exchange: 'political', disaster: 'disaster', weapons: 'other', military: 'other', base: 'other',
  group: 'other',
};
const AGREE = new Set(['violence|territory', 'territory|violence', 'violence|other', 'other|violence']);
export const familyOf = (type: string): string => FAMILY_OF_SEGMENT[type.split('.')[0] ?? ''] ?? 'unknown';
const familiesAgree = (a: string, b: string) => a === b || AGREE.has(`${a}|${b}`);

const REACH = 300;
function anchorOf(e: PredictedEvent): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const t = e.trigger;
  if (t) spans.push([t.start, t.end]);
  const ev = (e.evidence ?? []).find((s) => t && s.start <= t.start && t.start < s.end) ?? e.evidence?.[0];
  if (ev) {
    const lo = t ? t.start - REACH : ev.start;
    const hi = t ? t.end + REACH : ev.start + 2 * REACH;
    spans.push([Math.max(ev.start, lo), Math.min(ev.end, hi)]);
  }
  return spans;
}

function overlap(a: Array<[number, number]>, b: Array<[number, number]>): number {
  let best = 0;
  for (const [x, y] of a) for (const [u, v] of b) best = Math.max(best, Math.min(y, v) - Math.max(x, u));
  return best;
}

export function readGold(path: string): Map<string, GoldEvent[]> {
  const gold = new Map<string, GoldEvent[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as GoldDoc;
    gold.set(g.doc, g.events);
  }
  return gold;
}

export interface Matching {
  /** For each prediction, the gold event it matches one to one, or null. */
  matchOf: Array<GoldEvent | null>;
}

/** One-to-one matching of one document's predictions with its gold events, best pairs first. */
export function matchDocument(text: string, gold: readonly GoldEvent[], predicted: readonly PredictedEvent[]): Matching {
  const mentions = gold.map((g) => g.mentions.flatMap((m): Array<[number, number]> => {
    const at = text.indexOf(m);
    return at < 0 ? [] : [[at, at + m.length]];
  }));
  const pairs: Array<{ p: number; g: number; score: number }> = [];
  predicted.forEach((p, i) => {
    const anchor = anchorOf(p);
    gold.forEach((g, j) => {
      if (!familiesAgree(familyOf(p.type), g.family)) return;
      const o = overlap(anchor, mentions[j]!);
      if (o <= 0) return;
      const samePlace = !!(p.location && g.place && p.location.name.toLowerCase() === g.place.name.toLowerCase());
      const sameDate = !!(p.date && g.date && p.date.value === g.date);
      // A higher-confidence prediction takes a contested gold event first, as the threshold would keep it.
      pairs.push({ p: i, g: j, score: (samePlace ? 4e6 : 0) + (sameDate ? 2e6 : 0) + o + p.confidence });
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  const matchOf: Array<GoldEvent | null> = predicted.map(() => null);
  const taken = new Set<number>();
  for (const { p, g } of pairs) {
    if (matchOf[p] || taken.has(g)) continue;
    matchOf[p] = gold[g]!;
    taken.add(g);
  }
  return { matchOf };
}
