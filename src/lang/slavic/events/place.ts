// Where a trigger's event happened: the places of its stretch of the sentence (from the trigger before it to the
// one after it), not those naming who speaks ("губернатор Курской области") or where an attack came from ("из
// Конотопа"). The finest kind named wins, and a list of them ("обстріляли Времівку, Новосілку та Новопіль", "над
// Брянской, Курской и Орловской областями") is one event per place.
import type { PlaceMention } from '../../../annotate/types.js';
import type { SlavicLexicon } from './lexicon/types.js';
import { matches } from './stems.js';
import type { Word } from './words.js';

const FINE = new Set(['settlement', 'admin2', 'feature']);
const RANK: Record<string, number> = { settlement: 4, feature: 4, admin2: 3, admin1: 2, water: 2, region: 1, country: 0 };

export interface PlaceView {
  words: readonly Word[];
  places: readonly PlaceMention[];
  lex: SlavicLexicon;
  /** The spans naming sources, whose places are the speakers'. */
  sourceSpans: ReadonlyArray<{ start: number; end: number }>;
}

/** Whether a place is named as where something came from: "из Конотопа", "з території рф". */
function isOrigin(v: PlaceView, p: PlaceMention): boolean {
  const before = v.words.filter((w) => w.end <= p.start).slice(-2);
  return before.some((w) => matches(w.norm, v.lex.cues.from));
}

/** The places of [from, to) an event there happened at: the finest kind named, every one of that kind. */
export function eventPlaces(v: PlaceView, from: number, to: number): PlaceMention[] {
  const usable = v.places.filter((p) => p.start >= from && p.end <= to && !isOrigin(v, p) &&
    !v.sourceSpans.some((s) => p.start >= s.start && p.end <= s.end));
  if (usable.length === 0) return [];
  const top = Math.max(...usable.map((p) => RANK[p.place.kind] ?? 0));
  const kept = usable.filter((p) => (RANK[p.place.kind] ?? 0) === top);
  // One event per distinct place; a country or a broad region stands once.
  const seen = new Set<string>();
  const out = kept.filter((p) => !seen.has(p.place.name) && seen.add(p.place.name));
  return FINE.has(kept[0]!.place.kind) || kept[0]!.place.kind === 'admin1' ? out : out.slice(0, 1);
}
