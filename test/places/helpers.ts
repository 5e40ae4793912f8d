// Runs the places annotator on a plain text, as the annotate stage would (one body section).
import { MappedText } from '../../src/text/mapped-text.js';
import { splitSentences } from '../../src/annotate/sentences/index.js';
import { findPlaces } from '../../src/annotate/places/index.js';
import type { AnnotatedSection, PlaceMention } from '../../src/annotate/types.js';
import type { RepairedDocument } from '../../src/repair/types.js';

export function sectionOf(text: string): AnnotatedSection {
  return {
    section: { kind: 'body', text: MappedText.identity(text), reportTime: null },
    sentences: splitSentences(text),
    timexes: [],
    places: [],
    entities: [],
  };
}

export function placesIn(text: string): PlaceMention[] {
  return findPlaces([sectionOf(text)], {} as RepairedDocument)[0]!;
}

/** The mention whose text is exactly `name`, if any. */
export function mentionOf(mentions: readonly PlaceMention[], name: string): PlaceMention | undefined {
  return mentions.find((m) => m.text === name);
}

const RANK: Record<string, number> = { settlement: 5, admin2: 4, feature: 3, water: 2, admin1: 2, region: 1, country: 0 };

/** The mention an event would most likely be placed at: the first settlement-level one in Ukraine. */
export function eventLikeMention(mentions: readonly PlaceMention[]): PlaceMention | null {
  let best: PlaceMention | null = null;
  let bestScore = -1;
  for (const m of mentions) {
    const score = (RANK[m.place.kind] ?? 0) + (m.place.country === 'UA' ? 10 : 0);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
