// Places: finds place names in each section and resolves them against the gazetteer (GeoNames cities500,
// CC-BY 4.0, https://www.geonames.org/, plus sitrep's own tables in src/facts/places).
// Order of work: name runs -> area phrases ("Kherson Oblast") -> what the document is about (country,
// areas) -> each name resolved in that context -> unknown settlements placed in the area named with them.
import type { AnnotatedSection, Place, PlaceMention } from '../types.js';
import type { RepairedDocument } from '../../repair/types.js';
import type { AdminAreaFact } from '../../facts/places/types.js';
import { findNameRuns, type NameRun } from './name-runs.js';
import { adminAreaByName, adminAreasNamed, adminAreasOfAdjective, adminPlace } from './admin-areas.js';
import { resolveName, round, toPlace, type ResolveContext } from './resolve.js';
import { documentContext, type DocumentContext } from './document-context.js';

export { admin1Centroid, admin1Place, normaliseAdmin1, resolvePlaceName } from './api.js';

/** "X, Sumy", "X in the Kherson region", "X (Donetsk Oblast)", "X of Zaporizhzhia region". */
const LIST_TAIL = /^\s*(?:,|,?\s+and|,?\s+or)\s+$/;
/** A city this big, written beside an area it is not in, is a list item ("Dnipro, Kharkiv"), not misplaced. */
const LIST_CITY_POPULATION = 200_000;
const QUALIFIER_GAP = /^(?:\s*,\s*|\s+in\s+(?:the\s+)?|\s+of\s+(?:the\s+)?|\s*\(\s*)$/;

interface SectionRuns {
  text: string;
  runs: NameRun[];
  /** Area phrase runs resolved to their area. */
  areas: Map<NameRun, AdminAreaFact>;
}

function areaOf(run: NameRun): AdminAreaFact | null {
  return adminAreasNamed(run.text)[0] ?? adminAreasOfAdjective(run.text)[0] ?? null;
}

function collect(section: AnnotatedSection): SectionRuns {
  const text = section.section.text.text;
  const runs = findNameRuns(text, section.sentences).filter((r) => !r.person && !r.organisation);
  const areas = new Map<NameRun, AdminAreaFact>();
  for (const r of runs) {
    if (r.area !== 'admin1') continue;
    const a = areaOf(r);
    if (a) areas.set(r, a);
  }
  return { text, runs, areas };
}

/** The area written right after a name, and the run that wrote it. */
function qualifierOf(sr: SectionRuns, i: number): { run: NameRun; area: AdminAreaFact } | null {
  const run = sr.runs[i]!;
  const next = sr.runs[i + 1];
  if (!next || next.sentence !== run.sentence || run.area === 'admin1') return null;
  const gap = sr.text.slice(run.phraseEnd, next.start);
  if (!QUALIFIER_GAP.test(gap)) return null;
  const explicit = sr.areas.get(next);
  if (explicit) return { run: next, area: explicit };
  if (next.area) return null;
  // "Kyiv, Kharkiv and Odesa": a bare name followed by more of the list is an item, not an area.
  const after = sr.runs[i + 2];
  if (/,/.test(gap) && after && after.sentence === run.sentence && LIST_TAIL.test(sr.text.slice(next.phraseEnd, after.start))) {
    return null;
  }
  const named = adminAreasNamed(next.text)[0];
  return named ? { run: next, area: named } : null;
}

function mention(sr: SectionRuns, start: number, end: number, place: Place, confidence: number): PlaceMention {
  return { start, end, text: sr.text.slice(start, end), place, confidence: round(confidence) };
}

/** An unknown settlement named with a cue: placed at the centre of the area it is said to be in. */
function unknownSettlement(name: string, area: AdminAreaFact): Place {
  return { name, geonameId: null, lat: area.centroid.lat, lon: area.centroid.lon, country: area.country,
    admin1: area.name, kind: 'settlement', precision: 3 };
}

/** The nearest area named before the run: in its sentence, then in the two sentences before it. */
function nearbyArea(sr: SectionRuns, run: NameRun, ctx: DocumentContext): AdminAreaFact | null {
  let best: { area: AdminAreaFact; distance: number } | null = null;
  for (const [r, a] of sr.areas) {
    const distance = run.sentence - r.sentence;
    if (distance < 0 || distance > 2) continue;
    if (!best || distance < best.distance) best = { area: a, distance };
  }
  return best?.area ?? ctx.topArea;
}

function resolveSection(sr: SectionRuns, ctx: DocumentContext): PlaceMention[] {
  const out: PlaceMention[] = [];
  const consumed = new Set<NameRun>();
  sr.runs.forEach((run, i) => {
    if (consumed.has(run)) return;
    const area = sr.areas.get(run);
    if (area) {
      out.push(mention(sr, run.start, run.phraseEnd, adminPlace(area), 0.9));
      return;
    }
    if (run.area === 'admin1') return; // "X region" where X is no area we know: not a settlement either
    let qualifier = qualifierOf(sr, i);
    const sentenceAreas = new Set<string>();
    for (const [r, a] of sr.areas) if (r.sentence === run.sentence) sentenceAreas.add(a.name);
    const rctx: ResolveContext = {
      focusCountry: ctx.focusCountry, qualifier: qualifier?.area ?? null, sentenceAreas, documentAreas: ctx.areaShares,
    };
    let found: Found | null = resolveName(run.text, rctx) ?? splitCompound(run, rctx);
    if (found && qualifier && found.place.admin1 !== qualifier.area.name) {
      // The text says which area the place is in and the best namesake is elsewhere: the real place is
      // a village the gazetteer lacks, unless the name is a big city and the "area" a list item.
      if (found.match === 'exact' && found.place.population >= LIST_CITY_POPULATION) qualifier = null;
      else found = null;
    }
    if (found && !looseMatchWithoutSupport(run, found.match, qualifier !== null)) {
      const inQualifier = qualifier && found.place.admin1 === qualifier.area.name;
      const end = run.area === 'admin2' ? run.phraseEnd : found.end ?? run.end;
      const precision = run.area === 'admin2' ? 2 : run.cue?.precision ?? 1;
      const place = toPlace(found.place, precision);
      if (run.area === 'admin2') place.kind = 'admin2';
      out.push(mention(sr, found.start ?? run.start, end, place, found.confidence));
      if (qualifier && inQualifier) {
        consumed.add(qualifier.run);
        out.push(mention(sr, qualifier.run.start, qualifier.run.phraseEnd, adminPlace(qualifier.area), 0.7));
      }
      return;
    }
    if (!found && (run.cue?.settlement || qualifier || run.area === 'admin2')) {
      const where = qualifier?.area ?? nearbyArea(sr, run, ctx);
      if (!where) return;
      out.push(mention(sr, run.start, run.end, unknownSettlement(run.text, where), qualifier ? 0.45 : 0.35));
      if (qualifier) {
        consumed.add(qualifier.run);
        out.push(mention(sr, qualifier.run.start, qualifier.run.phraseEnd, adminPlace(qualifier.area), 0.7));
      }
    }
  });
  return out;
}

type Found = NonNullable<ReturnType<typeof resolveName>> & { start?: number; end?: number };

/** "Medyka-Shehyni": when the compound is unknown but its first part is a known place, that part. */
function splitCompound(run: NameRun, ctx: ResolveContext): Found | null {
  if (run.cue?.settlement || !run.text.includes('-')) return null;
  const first = run.text.split('-')[0]!;
  if (first.length < 4 || first.includes(' ')) return null;
  const found = resolveName(first, ctx);
  if (!found || found.match !== 'exact') return null;
  return { ...found, start: run.start, end: run.start + first.length, confidence: found.confidence * 0.9 };
}

/** A sound-alike or typo match stands only with some support: a cue, an area beside it, or length. */
function looseMatchWithoutSupport(run: NameRun, match: 'exact' | 'sound' | 'typo', qualified: boolean): boolean {
  if (match === 'exact') return false;
  if (run.cue || qualified) return false;
  return match === 'typo' ? !run.text.includes(' ') : run.text.length < 6;
}

export function findPlaces(sections: readonly AnnotatedSection[], _doc: RepairedDocument): PlaceMention[][] {
  const collected = sections.map(collect);
  const ctx = documentContext(collected);
  return collected.map((sr) => resolveSection(sr, ctx));
}

export { adminAreaByName };
