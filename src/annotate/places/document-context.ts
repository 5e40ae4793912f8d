// What a document is about, for disambiguation: its country and the areas its places lie in.
// Counted from the area phrases it writes and from the names that resolve without doubt.
import { LRUCache } from 'lru-cache';
import type { AdminAreaFact } from '../../facts/places/types.js';
import type { NameRun } from './name-runs.js';
import { adminAreaByName } from './admin-areas.js';
import { AREA_HINTS } from '../../facts/places/area-hints.js';
import { resolveName, type ResolveContext } from './resolve.js';
import { gazetteer } from './gazetteer.js';
import { foldName } from './translit.js';

export interface DocumentContext {
  focusCountry: string;
  /** admin1 name -> share of the document's located mentions in it. */
  areaShares: Map<string, number>;
  /** The area most of the document is in, when one clearly leads. */
  topArea: AdminAreaFact | null;
  /** The top area's share of the document's located mentions. */
  topShare: number;
  /** Towns named without doubt, where the document's villages are looked for first. */
  anchors: Array<{ lat: number; lon: number }>;
}

const DEFAULT_COUNTRY = 'UA';
/** Areas that are one city: no unknown village lies in them. */
const CITY_AREAS = new Set(['Kyiv City', 'Sevastopol', 'Moscow City']);
const BARE: ResolveContext = { focusCountry: DEFAULT_COUNTRY, qualifier: null, sentenceAreas: new Set(), documentAreas: new Map() };

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

// Without context a name resolves the same way in every document, and the same towns recur across them:
// the answers are kept (bounded; read-only to callers) instead of scoring the candidates again.
const bareCache = new LRUCache<string, { resolved: ReturnType<typeof resolveName> }>({ max: 20_000 });

function resolveBare(name: string): ReturnType<typeof resolveName> {
  let r = bareCache.get(name);
  if (r === undefined) {
    r = { resolved: resolveName(name, BARE) };
    bareCache.set(name, r);
  }
  return r.resolved;
}

/** Each hint counts at most this much, so that a place named once still outweighs a party named often. */
const HINT_CAP = 1;

/** Below this population a settlement's name is too common to say which oblast a text is about. */
export const SMALL_VILLAGE = 10_000;

/** A town that locates the villages named with it: in Ukraine, found without doubt, no village itself. */
function isAnchor(p: NonNullable<ReturnType<typeof resolveName>>['place']): boolean {
  return p.kind === 'settlement' && p.country === DEFAULT_COUNTRY && p.population >= SMALL_VILLAGE;
}

/** A village of Ukraine that is the only place of its name, in any spelling the gazetteer knows, and that name its own. */
function uniqueVillage(name: string, p: NonNullable<ReturnType<typeof resolveName>>['place']): boolean {
  if (p.kind !== 'settlement' || p.country !== DEFAULT_COUNTRY) return false;
  const gaz = gazetteer();
  const { exact, sound } = gaz.lookup(name);
  // Its own name, not one of the alternate names GeoNames gives city sections ("Cambridge" for a part of Luhansk).
  return exact.length === 1 && sound.every((q) => q === p) && gaz.keysOf(p).fold === foldName(name);
}

/**
 * The towns among `names` (a sentence's name runs), as the document's context resolves them, as anchors: a
 * town of 10,000 that wins in a document's context is sure enough to locate the villages beside it.
 */
export function anchorsAmong(names: readonly string[], ctx: ResolveContext): Array<{ name: string; lat: number; lon: number }> {
  const out: Array<{ name: string; lat: number; lon: number }> = [];
  for (const name of names) {
    const r = resolveName(name, ctx);
    if (!r || r.match !== 'exact' || r.place.wordLike) continue;
    // A village is as sure as a town when no other place of Ukraine bears its name ("Bohorodychne" beside the
    // "Dolyna" that is also a town in the west): it says which theatre the sentence is about.
    const sure = r.place.village ? uniqueVillage(name, r.place) : isAnchor(r.place);
    if (sure && !out.some((a) => a.name === name)) out.push({ name, lat: r.place.lat, lon: r.place.lon });
  }
  return out;
}

export function documentContext(
  sections: ReadonlyArray<{ text: string; runs: NameRun[]; areas: Map<NameRun, AdminAreaFact> }>,
): DocumentContext {
  const areas = new Map<string, number>();
  const countries = new Map<string, number>();
  const hinted = new Set<string>();
  const anchors: Array<{ lat: number; lon: number }> = [];
  const anchorSeen = new Set<object>();
  for (const { text } of sections) {
    for (const hint of AREA_HINTS) if (text.match(hint.pattern)) for (const a of hint.areas) hinted.add(a);
  }
  for (const a of hinted) bump(areas, a, HINT_CAP);
  for (const { runs, areas: areaRuns } of sections) {
    for (const run of runs) {
      const area = areaRuns.get(run);
      if (area) {
        bump(areas, area.name);
        bump(countries, area.country);
        continue;
      }
      if (run.area === 'admin1') continue;
      const r = resolveBare(run.text);
      if (!r || r.match !== 'exact' || r.confidence < 0.7) continue;
      if (r.place.wordLike) continue;
      // A village found bare says nothing yet about where the document is, unless no other place bears its name.
      if (r.place.village) {
        if (r.place.admin1 && uniqueVillage(run.text, r.place)) bump(areas, r.place.admin1);
        continue;
      }
      // Each town once: a long page names the same towns again and again, and every namesake is measured
      // against every anchor (resolve.ts, neighbourhood), so repeats would make that quadratic in the length.
      if (isAnchor(r.place) && !anchorSeen.has(r.place)) {
        anchorSeen.add(r.place);
        anchors.push(r.place);
      }
      bump(countries, r.place.country, r.place.kind === 'country' ? 0.5 : 1);
      // Small villages share names across oblasts: only towns are evidence of where the document is.
      if (r.place.kind === 'settlement' && r.place.admin1 && r.place.population >= SMALL_VILLAGE) bump(areas, r.place.admin1);
    }
  }
  const ua = countries.get(DEFAULT_COUNTRY) ?? 0;
  const [leader, leaderCount] = [...countries].sort((a, b) => b[1] - a[1])[0] ?? [DEFAULT_COUNTRY, 0];
  const focusCountry = leaderCount >= 3 && leaderCount > 2 * ua ? leader : DEFAULT_COUNTRY;
  const total = [...areas.values()].reduce((a, b) => a + b, 0);
  const areaShares = new Map([...areas].map(([k, v]) => [k, v / total]));
  // Unknown villages are placed in the top area, so it must be a rural area of the focus country.
  const [topName, topShare] = [...areaShares]
    .filter(([name]) => { const a = adminAreaByName(name); return a && a.country === focusCountry && !CITY_AREAS.has(a.name); })
    .sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const topArea = topShare >= 0.3 ? adminAreaByName(topName) : null;
  return { focusCountry, areaShares, topArea, topShare, anchors };
}
