// A place named only to say where another one lies is a reference point, not a scene: "shelled Klishchiivka near
// Bakhmut", "Ivano-Darivka (about 5 km southeast of Siversk)", "the airfield outside Kyiv". The event happened at
// the first place; the second only locates it. A place that is itself a bearing ("southwest of Avdiivka near
// Pervomaiske") locates what follows it instead, so it makes nothing after it a reference.
import type { PlaceMention } from '../../annotate/types.js';

/** A compass bearing and "of", with an optional distance: "southeast of", "10 km north-west of", "to the east of". */
const BEARING = String.raw`(?:\d+(?:[.,]\d+)?\s*-?\s*(?:km|kilometers|kilometres|miles?)\s+)?(?:due\s+|to\s+the\s+)?(?:north|south|east|west)(?:-?(?:north|south|east|west))*(?:ern)?\s+of`;

/**
 * What stands between a place and another named to locate it: "near", "outside", ", not far from", " (about
 * 5 km southeast of", ", 20 km from".
 */
const REFERENCE_GAP = new RegExp(
  String.raw`^\s*,?\s*\(?\s*(?:(?:about|approximately|roughly|some|around|just|only|nearly|almost)\s+)?` +
  String.raw`(?:near|outside|close\s+to|not\s+far\s+from|next\s+to|\d+(?:[.,]\d+)?\s*-?\s*(?:km|kilometers|kilometres|miles?)\s+from|${BEARING})` +
  String.raw`\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?$`,
  'i',
);

/** A bearing written right before a place: "southwest of Avdiivka" names Avdiivka only to measure from it. */
const BEARING_BEFORE = new RegExp(String.raw`${BEARING}\s+(?:the\s+)?$`, 'i');

/** Kinds of place that can be the scene another place locates: a town, a facility, a district. */
const SCENES = new Set(['settlement', 'feature', 'admin2']);

/** Whether `m`, named right after `prev`, is only there to say where `prev` lies. */
export function locatesPrevious(text: string, prev: PlaceMention, m: PlaceMention): boolean {
  if (!SCENES.has(prev.place.kind) || m.place.kind === 'country') return false;
  // One locates a place by a better-known one: "around Kreminna near Chervonopopivka" names two scenes.
  if (prev.place.kind === 'settlement' && m.place.kind === 'settlement' && (m.place.population ?? 0) <= (prev.place.population ?? 0)) return false;
  if (!REFERENCE_GAP.test(text.slice(prev.end, m.start))) return false;
  return !BEARING_BEFORE.test(text.slice(Math.max(0, prev.start - 60), prev.start));
}

/** A bearing from a town, as written before the place it is measured from. */
const BEARING_OF = /(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?|km|kilometers|kilometres|miles|outskirts)\s+of\s+$/i;

/**
 * A place named only to locate another ("Zaitseve (10 km south of Bakhmut)", "northeast of Bakhmut near X"): it
 * stands inside a parenthetical or after a bearing's "of" (looked for from offset `from` on).
 */
export function isReferencePoint(text: string, from: number, m: PlaceMention): boolean {
  const before = text.slice(Math.max(from, m.start - 120), m.start);
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return true;
  return BEARING_OF.test(before);
}
