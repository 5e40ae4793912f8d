// For the events engineer: which entity a span of a section names (or sits nearest to), and the side of
// the war a canonical name belongs to.
import type { AnnotatedSection, EntityMention, EntityType } from '../types.js';
import { COUNTRIES, INSTITUTIONS, MEDIA, ORGANISATIONS, PEOPLE } from '../../facts/actors/index.js';
import { canonicalFor } from './institutions.js';
import { SPEECH_VERBS } from './unknown-people.js';

export interface EntityQuery {
  /** Only these types (e.g. PERSON and ORG for a source, GROUP and ORG for an actor). */
  types?: readonly EntityType[];
  /** How far, in characters, the nearest entity may be when none covers the span. Default: the sentence. */
  maxDistance?: number;
}

/** The entity covering [start, end), else the nearest one in the same sentence (or within maxDistance). */
export function entityAt(section: AnnotatedSection, start: number, end: number, query: EntityQuery = {}): EntityMention | null {
  const usable = section.entities.filter((e) => !query.types || query.types.includes(e.type));
  const covering = usable.find((e) => e.start <= start && e.end >= end) ?? usable.find((e) => e.start < end && start < e.end);
  if (covering) return covering;
  const sentence = section.sentences.find((s) => s.start <= start && start < s.end);
  let best: EntityMention | null = null;
  let bestDistance = Infinity;
  for (const e of usable) {
    const distance = e.end <= start ? start - e.end : e.start >= end ? e.start - end : 0;
    const inReach = query.maxDistance !== undefined ? distance <= query.maxDistance : !sentence || (e.start >= sentence.start && e.end <= sentence.end);
    if (inReach && distance < bestDistance) {
      best = e;
      bestDistance = distance;
    }
  }
  return best;
}

const SOURCE_AFTER = /^\s*(?:,[^,]{0,60},\s*)?(?:has |had |also |later |previously |reportedly )?([a-z]+)/;
const SOURCE_BEFORE = /(?:according to|cited by|quoted by|reported by|said by|citing)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/iu;
/** Verbs that make their subject a person acting, not a source ("Putin visited Minsk"). */
const NOT_SOURCE_VERBS = new Set(['visited', 'met', 'signed', 'pledged', 'promised', 'vowed']);

/**
 * The source a statement in [start, end) is attributed to: a person or organisation in the same sentence
 * that says, reports or claims ("the SBU said", "according to Zelensky", "X, the mayor, wrote on Telegram"),
 * the nearest one when several do. Null when the sentence attributes it to no one.
 */
export function sourceAt(section: AnnotatedSection, start: number, end: number): EntityMention | null {
  const text = section.section.text.text;
  const sentence = section.sentences.find((s) => s.start <= start && start < s.end);
  const [a, b] = sentence ? [sentence.start, sentence.end] : [0, text.length];
  let best: EntityMention | null = null;
  let bestDistance = Infinity;
  for (const e of section.entities) {
    if ((e.type !== 'PERSON' && e.type !== 'ORG') || e.start < a || e.end > b) continue;
    const verb = SOURCE_AFTER.exec(text.slice(e.end, Math.min(b, e.end + 90)))?.[1];
    const speaks = (verb !== undefined && SPEECH_VERBS.has(verb) && !NOT_SOURCE_VERBS.has(verb)) || SOURCE_BEFORE.test(text.slice(Math.max(a, e.start - 30), e.start));
    if (!speaks) continue;
    const distance = e.end <= start ? start - e.end : e.start >= end ? e.start - end : 0;
    if (distance < bestDistance) {
      best = e;
      bestDistance = distance;
    }
  }
  return best;
}

let sides: Map<string, string> | null = null;

function buildSides(): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of PEOPLE) if (p.side) map.set(p.canonical, p.side);
  for (const o of [...ORGANISATIONS, ...MEDIA]) if (o.side) map.set(o.canonical, o.side);
  for (const inst of INSTITUTIONS) for (const c of COUNTRIES) map.set(canonicalFor(inst, c), c.code);
  return map;
}

/** The side of the war (UA, RU or an ISO country code) a canonical name belongs to, or null when unknown. */
export function sideOf(canonical: string): string | null {
  sides ??= buildSides();
  const known = sides.get(canonical);
  if (known) return known;
  if (canonical.startsWith('NAF:')) return 'RU';
  // ACLED-style names carry the country: "Military Forces of Russia (2000-) ...", "Civilians (Ukraine)".
  for (const c of COUNTRIES) {
    if (canonical.includes(`of ${c.name} (`) || canonical.includes(`of the ${c.name} (`) || canonical.endsWith(`(${c.name})`)) return c.code;
  }
  const unit = /\((UA|RU|[A-Z]{2})\)$/.exec(canonical);
  return unit ? unit[1]! : null;
}
