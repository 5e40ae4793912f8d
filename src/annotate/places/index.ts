// Places: finds place names in each section and resolves them against the gazetteer (GeoNames cities500,
// CC-BY 4.0, https://www.geonames.org/, plus sitrep's own tables in src/facts/places).
// Order of work: name runs -> area phrases ("Kherson Oblast") -> what the document is about (country,
// areas) -> each name resolved in that context -> unknown settlements placed in the area named with them.
import type { AnnotatedSection, Place, PlaceMention } from '../types.js';
import type { RepairedDocument } from '../../repair/types.js';
import type { AdminAreaFact } from '../../facts/places/types.js';
import { findNameRuns, LIST_GAP, type NameRun } from './name-runs.js';
import { findLowercaseCities } from './lowercase-cities.js';
import { adjectivalDistrict, centreNames, districtCentre } from './raions.js';
import { adminAreaByName, adminAreaNamedExactly, adminAreasNamed, adminAreasOfAdjective, adminPlace } from './admin-areas.js';
import { resolveName, round, toPlace, type ResolveContext } from './resolve.js';
import { anchorsAmong, documentContext, SMALL_VILLAGE, type DocumentContext } from './document-context.js';
import { gazetteer, type GazPlace, type Raion } from './gazetteer.js';
import { countStep, countingSteps } from '../../text/step-counts.js';
import { COUNTRIES } from '../../facts/places/countries.js';

export { admin1Centroid, admin1Place, normaliseAdmin1, resolvePlaceName } from './api.js';

/** "X, Sumy", "X in the Kherson region", "X (Donetsk Oblast)", "X of Zaporizhzhia region". */

/** A city this big, written beside an area it is not in, is a list item ("Dnipro, Kharkiv"), not misplaced. */
const LIST_CITY_POPULATION = 200_000;
/** A verb or auxiliary right after a name: the name is a clause's subject, not the area of the name before it. */
const CLAUSE_VERB_AFTER = /^\s+(?:did|does|do|has|have|had|is|was|were|are|will|would|can|could|may|might|must|should|said|says|announced|claimed|denied|insisted|responded|refused|warned|also|still|then)\b/i;
const QUALIFIER_GAP = /^(?:\s*,\s*|\s+in\s+(?:the\s+)?|\s+of\s+(?:the\s+)?|\s*\(\s*)$/;

interface SectionRuns {
  text: string;
  runs: NameRun[];
  /** Area phrase runs resolved to their area. */
  areas: Map<NameRun, AdminAreaFact>;
  /** Names after a person's title ("Defense Secretary Lloyd Austin"): their last word is a surname. */
  people: NameRun[];
}

function areaOf(run: NameRun): AdminAreaFact | null {
  return adminAreasNamed(run.text)[0] ?? adminAreasOfAdjective(run.text)[0] ?? null;
}

function collect(section: AnnotatedSection): SectionRuns {
  const text = section.section.text.text;
  const all = findNameRuns(text, section.sentences);
  const runs = all.filter((r) => !r.person && !r.organisation);
  const people = all.filter((r) => r.person);
  const areas = new Map<NameRun, AdminAreaFact>();
  for (const r of runs) {
    if (r.area !== 'admin1') continue;
    const a = areaOf(r);
    if (a) areas.set(r, a);
  }
  return { text, runs, areas, people };
}

/** The area written right after a name, and the run that wrote it. */
interface Qualifier {
  /** The run that writes the area. */
  run: NameRun;
  area: AdminAreaFact;
  /** The name it is written right after (the last of a list). */
  after: NameRun;
}

function qualifierOf(sr: SectionRuns, i: number): Qualifier | null {
  const run = sr.runs[i]!;
  const next = sr.runs[i + 1];
  if (!next || next.sentence !== run.sentence || run.area === 'admin1') return null;
  const gap = sr.text.slice(run.phraseEnd, next.start);
  if (!QUALIFIER_GAP.test(gap)) return null;
  if (/^['’]s\b/.test(sr.text.slice(next.end, next.end + 3))) return null; // "X, Kyiv's envoy": no area of X
  // "recapturing Kherson, Moscow did not give up": a name after the comma that a verb follows starts a clause.
  if (/,/.test(gap) && CLAUSE_VERB_AFTER.test(sr.text.slice(next.phraseEnd, next.phraseEnd + 30))) return null;
  const explicit = sr.areas.get(next);
  if (explicit) return { run: next, area: explicit, after: run };
  if (next.area) return null;
  // "Kyiv, Kharkiv and Odesa": a bare name followed by more of the list is an item, not an area.
  const after = sr.runs[i + 2];
  if (/,/.test(gap) && after && after.sentence === run.sentence && LIST_GAP.test(sr.text.slice(next.phraseEnd, after.start))) {
    return null;
  }
  const named = adminAreasNamed(next.text)[0];
  return named ? { run: next, area: named, after: run } : null;
}

/** "Volfyne and Yunakivka, Sumy": the area written after the last name of a list holds for all of it. */
function listQualifier(sr: SectionRuns, i: number): Qualifier | null {
  for (let j = i; j + 1 < sr.runs.length; j++) {
    if (j > i) {
      const q = qualifierOf(sr, j);
      if (q) return q;
    }
    const cur = sr.runs[j]!;
    const next = sr.runs[j + 1]!;
    if (next.sentence !== cur.sentence || next.area || !LIST_GAP.test(sr.text.slice(cur.phraseEnd, next.start))) break;
  }
  return null;
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

const NO_AREAS: ReadonlySet<string> = new Set();

/** A name borne by more places of Ukraine than this ("Novoselivka") says nothing about where its partners lie. */
const PARTNER_NAMESAKES = 8;

/** The names of a sentence with the settlements of Ukraine each may be, by its exact spelling. */
function partnersAmong(names: readonly string[]): Array<{ name: string; places: Array<{ lat: number; lon: number }> }> {
  const out: Array<{ name: string; places: Array<{ lat: number; lon: number }> }> = [];
  for (const name of new Set(names)) {
    const places = gazetteer().lookup(name).exact.filter((p) => p.kind === 'settlement' && p.country === 'UA' && !p.wordLike);
    if (places.length && places.length <= PARTNER_NAMESAKES) out.push({ name, places });
  }
  return out;
}

function resolveSection(sr: SectionRuns, ctx: DocumentContext): PlaceMention[] {
  const out: PlaceMention[] = [];
  // The areas each sentence names, gathered once: looked up per run, not scanned (a long section has many).
  const areasBySentence = new Map<number, Set<string>>();
  for (const [r, a] of sr.areas) {
    const names = areasBySentence.get(r.sentence) ?? new Set<string>();
    names.add(a.name);
    areasBySentence.set(r.sentence, names);
  }
  // The towns each sentence names without doubt, which locate the villages named with them.
  // A name written to say which area another lies in ("Kostiantynivka, Donetsk") is an area there, not a town.
  const qualifiers = new Set(sr.runs.map((_, i) => qualifierOf(sr, i)?.run));
  const runsBySentence = new Map<number, string[]>();
  for (const r of sr.runs) if (!r.area && !qualifiers.has(r)) runsBySentence.set(r.sentence, [...(runsBySentence.get(r.sentence) ?? []), r.text]);
  const anchorsBySentence = new Map([...runsBySentence].map(([k, names]) => [k, anchorsAmong(names, {
    focusCountry: ctx.focusCountry, qualifier: null, sentenceAreas: areasBySentence.get(k) ?? NO_AREAS, documentAreas: ctx.areaShares, anchors: ctx.anchors,
  })]));
  const partnersBySentence = new Map([...runsBySentence].map(([k, names]) => [k, partnersAmong(names)]));
  const consumed = new Set<NameRun>();
  const emitQualifier = (q: Qualifier) => {
    if (consumed.has(q.run)) return;
    consumed.add(q.run);
    out.push(mention(sr, q.run.start, q.run.phraseEnd, adminPlace(q.area), 0.7));
  };
  sr.runs.forEach((run, i) => {
    if (consumed.has(run)) return;
    const area = sr.areas.get(run);
    if (area) {
      out.push(mention(sr, run.start, run.phraseEnd, adminPlace(area), 0.9));
      return;
    }
    if (run.area === 'admin1') {
      // "X region" where X is no admin area we know: not a settlement either, but it may be a named region that is
      // no admin area ("the Donbas region").
      const region = resolveName(run.text, { focusCountry: ctx.focusCountry, qualifier: null, sentenceAreas: NO_AREAS, documentAreas: ctx.areaShares });
      if (region?.place.kind === 'region') out.push(mention(sr, run.start, run.phraseEnd, toPlace(region.place), 0.8));
      return;
    }
    let qualifier = qualifierOf(sr, i) ?? listQualifier(sr, i);
    const sentenceAreas = areasBySentence.get(run.sentence) ?? NO_AREAS;
    const rctx: ResolveContext = {
      focusCountry: ctx.focusCountry, qualifier: qualifier?.area ?? null, sentenceAreas, documentAreas: ctx.areaShares,
      raion: raionAfter(sr, i), anchors: ctx.anchors,
      // The other names of the sentence: a name is no evidence for its own namesakes.
      sentenceAnchors: anchorsBySentence.get(run.sentence)?.filter((a) => a.name !== run.text),
      sentencePartners: partnersBySentence.get(run.sentence)?.filter((p) => p.name !== run.text).map((p) => p.places),
    };
    rctx.reference = referenceAfter(sr, i, rctx);
    let found: Found | null = run.area === 'admin2' ? districtCentre(run.text, rctx) : resolveRun(sr, run, rctx);
    if (found?.place.kind === 'water' && found.start === undefined && !/\bthe\s+$/i.test(sr.text.slice(Math.max(0, run.start - 5), run.start)) && !/\briver\b/i.test(run.text)) {
      // A river is "the Dnieper"; "near Dnieper" without the article is the city of that name.
      // The city may be known only by its own name, which the river's bears: "near Dnieper" is Dnipro.
      const city = found.place.name.replace(/\s+River$/, '');
      const land = resolveName(run.text, { ...rctx, noWater: true });
      found = (land?.place.kind === 'water' ? null : land)
        ?? (city !== found.place.name ? cityOfRiver(resolveName(city, { ...rctx, noWater: true }), found) : null) ?? found;
    }
    if (!found && !run.area && !run.cue?.settlement) {
      // "Russia annexed Crimea": an area named bare, with no settlement of that name, is the area itself.
      const bare = adminAreaNamedExactly(run.text);
      if (bare) {
        countStep('places', 'area:bare-name');
        out.push(mention(sr, run.start, run.end, adminPlace(bare), 0.8));
        return;
      }
    }
    const district = districtAfter(sr, i, rctx);
    if (found && district && haversineKm(found.place, district.place) > DISTRICT_RADIUS_KM) {
      countStep('places', 'drop:far-from-district');
      found = null;
    }
    if (found && qualifier && found.place.admin1 !== qualifier.area.name) {
      // The text says which area the place is in and the best namesake is elsewhere: the real place is
      // a village the gazetteer lacks, unless the name is a big city and the "area" a list item.
      if (found.match === 'exact' && found.place.population >= LIST_CITY_POPULATION) qualifier = null;
      else {
        countStep('places', 'drop:outside-named-area');
        found = null;
      }
    }
    const strayed = found !== null && !qualifier && strayVillage(found.place, ctx);
    if (strayed) {
      countStep('places', 'drop:stray-village');
      found = null;
    }
    if (found && !earned(found, run, { qualified: qualifier !== null || district !== null || !!rctx.raion, ctx })) return;
    if (found && !looseMatchWithoutSupport(run, found.match, qualifier !== null)) {
      const inQualifier = qualifier && found.place.admin1 === qualifier.area.name;
      const end = run.area === 'admin2' ? run.phraseEnd : found.end ?? run.end;
      const precision = run.area === 'admin2' ? 2 : run.cue?.precision ?? 1;
      const place = toPlace(found.place, precision);
      if (run.area === 'admin2') {
        place.kind = 'admin2';
        // "Kakhovskyi Raion" is named as the text names it, at its centre's position; "the Nikopol district"
        // keeps its town's name, which is what the text says of it.
        if (adjectivalDistrict(run.text)) place.name = `${run.text} ${areaWordOf(sr, i)}`;
      }
      out.push(mention(sr, found.start ?? run.start, end, place, found.confidence));
      if (qualifier && inQualifier) emitQualifier(qualifier);
      return;
    }
    // "of" only qualifies a name the gazetteer knows ("Mykolaivka of Donetsk"); an unknown "X of Y" is a title.
    if (!found && qualifier && !run.cue && !bareQualifierHolds(sr, qualifier)) qualifier = null;
    if (!found && district && !ADJECTIVE_LIKE.test(run.text)) {
      // "Ivanivka, Beryslavskyi district": the village lies near the district's centre.
      const c = district.place;
      out.push(mention(sr, run.start, run.end, { name: run.text, geonameId: null, lat: c.lat, lon: c.lon, country: c.country,
        admin1: c.admin1, kind: 'settlement', precision: 3 }, 0.4));
      return;
    }
    if (!found && (run.cue?.settlement || qualifier || run.area === 'admin2' || strayed) && !ADJECTIVE_LIKE.test(run.text)) {
      const where = qualifier?.area ?? nearbyArea(sr, run, ctx);
      if (!where) return;
      out.push(mention(sr, run.start, run.end, unknownSettlement(run.text, where), qualifier ? 0.45 : 0.35));
      if (qualifier) emitQualifier(qualifier);
    }
  });
  return out;
}

/**
 * The area word that makes run `i` a district, singular and as written ("Raion", "district"): its own, or
 * the plural one closing the list it is in ("Bashtanskyi, Beryslavskyi, and Kakhovskyi Raions").
 */
function areaWordOf(sr: SectionRuns, i: number): string {
  const sentence = sr.runs[i]!.sentence;
  for (let j = i; j < sr.runs.length && sr.runs[j]!.sentence === sentence; j++) {
    const r = sr.runs[j]!;
    if (r.area !== 'admin2') break;
    const word = sr.text.slice(r.end, r.phraseEnd).trim();
    if (word) return word.replace(/ies$/i, 'y').replace(/(?<=[a-z])s$/i, '');
  }
  return 'Raion';
}

/** What speaks for reading a name as the place found: the words before it, an area beside it, the document. */
interface Support {
  /** An oblast or raion is written with the name ("X, Donetsk Oblast", "X in the Bakhmut raion"). */
  qualified: boolean;
  ctx: DocumentContext;
}

/**
 * A place name must be earned, the more so the more likely the words mean something else. A village only
 * GeoNames' full dump knows needs a cue ("in", "near", "the village of"), an area written with it, or a
 * document about its oblast; one whose name is an English word ("Bar") or an English name of something
 * else ("Nova", "Maria") needs a settlement cue or an area. Towns and places abroad stand as before.
 */
function earned(found: Found, run: NameRun, support: Support): boolean {
  const p = found.place;
  if (p.kind !== 'settlement') return true;
  const strong = support.qualified || run.cue?.settlement === true;
  if (p.wordLike === 'common' || (p.wordLike === 'proper' && p.village)) return strong;
  const documentArea = (support.ctx.areaShares.get(p.admin1 ?? '') ?? 0) > 0;
  // A section of a city (GeoNames PPLX) answers to odd names ("Cambridge", "Chechnya"): only in a document
  // about its oblast, or with a settlement cue or an area.
  if (p.featureCode === 'PPLX' && p.village) return strong || documentArea;
  // A name that only sounds like a small place's ("Stanica Lugansk") needs an area, or a cue and the document.
  if (found.match !== 'exact' && (p.village || p.population < LOOSE_MATCH_TOWN)) return support.qualified || (run.cue !== null && documentArea);
  if (!p.village || strong) return true;
  return run.cue !== null || documentArea;
}

/** Below this population a name that only sounds like the place's ("Stanica Lugansk") needs an area with it. */
const LOOSE_MATCH_TOWN = 10_000;

/** ", about 20km southwest of", " (22 km southeast of", ", a village 5 km north of": a distance and a direction from the next name. */
const MEASURED_GAP = /^\s*[,(]?\s*(?:(?:a|the)\s+(?:small\s+)?(?:settlement|village|town|city)\s+)?(?:about|approximately|roughly|some|around|just|only|over|under|nearly|almost)?\s*(\d+(?:\.\d+)?)\s*(?:-?\s*)(?:km|kilometers|kilometres|kilometer|kilometre)\s+(?:due\s+|to\s+the\s+)?(?:north|south|east|west)(?:-?(?:north|south|east|west))*\s+of\s+(?:the\s+)?$/i;

/** "the village of X near Y", "X, outside Y": Y says roughly where X is. */
const NEAR_GAP = /^\s*,?\s*(?:near|outside|not\s+far\s+from|close\s+to)\s+(?:the\s+(?:city|town)\s+of\s+)?$/i;

/** "Dmytrivka (20km southwest of Izium)", "X near Y": the town the distance is measured from, resolved as it would be alone. */
function referenceAfter(sr: SectionRuns, i: number, ctx: ResolveContext): ResolveContext['reference'] {
  const run = sr.runs[i]!;
  const next = sr.runs[i + 1];
  if (!next || next.sentence !== run.sentence || next.area) return null;
  const gap = sr.text.slice(run.phraseEnd, next.start);
  const m = MEASURED_GAP.exec(gap);
  const near = !m && NEAR_GAP.test(gap);
  if (!m && !near) return null;
  const town = resolveName(next.text, { ...ctx, qualifier: null, raion: null, reference: null });
  if (!town || town.match !== 'exact' || town.place.kind !== 'settlement') return null;
  return { lat: town.place.lat, lon: town.place.lon, km: m ? Number(m[1]) : 0, ...(near ? { near } : {}) };
}

/** "X, Pokrovsk raion", "X in the Bakhmutskyi district": the raion written right after a name. */
function raionAfter(sr: SectionRuns, i: number): Raion | null {
  const run = sr.runs[i]!;
  const next = sr.runs[i + 1];
  if (run.area || !next || next.area !== 'admin2' || next.sentence !== run.sentence) return null;
  if (!/^(?:\s*,\s*|\s+in\s+(?:the\s+)?|\s*\(\s*)$/.test(sr.text.slice(run.phraseEnd, next.start))) return null;
  const gaz = gazetteer();
  for (const name of [next.text, ...centreNames(next.text)]) {
    const raion = gaz.raionsNamed(name)[0];
    if (raion) return raion;
  }
  return null;
}

/**
 * In a document clearly about one area, a small village of that name far away in an area the document
 * never mentions is more likely a namesake of a local village the gazetteer lacks.
 */
function strayVillage(p: GazPlace, ctx: DocumentContext): boolean {
  if (p.kind !== 'settlement' || p.population >= SMALL_VILLAGE || ctx.areaShares.has(p.admin1 ?? '')) return false;
  // A foreign village in a document about the focus country, or a village of an area the document
  // never names while one area clearly leads.
  if (p.country !== ctx.focusCountry) return !adminAreaByName(p.admin1 ?? '', p.country)?.bordersUkraine;
  return ctx.topArea !== null && ctx.topShare >= 0.5;
}

/**
 * For a name the gazetteer lacks, only "X, Sumy" (comma and bare area name) or an explicit area phrase
 * ("X in the Kherson region") say that X is a settlement there; "Officials in Kyiv" or "Mayor of Kyiv" do not.
 */
function bareQualifierHolds(sr: SectionRuns, q: Qualifier): boolean {
  const gap = sr.text.slice(q.after.phraseEnd, q.run.start);
  return sr.areas.has(q.run) ? !/ of /.test(gap) : /^\s*,\s*$/.test(gap);
}

type Found = NonNullable<ReturnType<typeof resolveName>> & { start?: number; end?: number };

/** The city named after a river, found by the river's name, as a match of the name the text wrote. */
function cityOfRiver(city: ReturnType<typeof resolveName>, river: Found): Found | null {
  if (!city || city.match !== 'exact' || city.place.kind !== 'settlement' || city.place.country !== river.place.country) return null;
  return { ...city, match: river.match, confidence: Math.min(city.confidence, river.confidence) };
}

/** "Kyiv Post", "Kyiv Independent": a newspaper says where it is published, not where things happen. */
const MEDIA_NAME = /\s(?:Post|Independent|Times|Pravda|Herald|Tribune|Daily|News|Today|Telegraph|Gazette|Journal|Express|Insider|Observer|Review|Media)$/;

/** "Volodimir Zelensky", "Vladimir Putin": a given name then a Slavic surname is a person, not a town. */
const PERSON_NAME = /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}*(?:enko|sky|skyi|skyy|skiy|ska|ov|ova|ev|eva|in|ina|uk|yuk|chuk|ich|ych|vich|ko|ak|yak|iak)$/u;

/** Below this a first word is too likely a given name ("Ivan ...") to be read as the town it also names. */
const NAMING_TOWN_POPULATION = 20_000;

/**
 * "Mykolaiv Oncology Hospital", "Kharkiv Court of Appeal", "Okhtyrka City Council": an unknown name that
 * opens with a town of the document's country is something in that town.
 */
/** The resolvers a name run is tried with, in order: the first that finds a place wins. */
const RESOLVERS: ReadonlyArray<readonly [string, (sr: SectionRuns, run: NameRun, ctx: ResolveContext) => Found | null]> = [
  ['river', (sr, run, ctx) => riverNamed(sr, run, ctx)],
  ['sea-of', (sr, run, ctx) => seaOf(sr, run, ctx)],
  ['facility', (_, run, ctx) => resolveFacility(run, ctx)],
  ['gazetteer', (_, run, ctx) => resolveName(run.text, ctx)],
  ['split-compound', (_, run, ctx) => splitCompound(run, ctx)],
  ['named-after-town', (_, run, ctx) => namedAfterTown(run, ctx)],
];

function resolveRun(sr: SectionRuns, run: NameRun, ctx: ResolveContext): Found | null {
  for (const [name, resolve] of RESOLVERS) {
    const found = resolve(sr, run, ctx);
    if (found) {
      if (countingSteps) countStep('places', `resolver:${name}${name === 'gazetteer' ? `:${found.match}` : ''}`);
      return found;
    }
  }
  return null;
}

function namedAfterTown(run: NameRun, ctx: ResolveContext): Found | null {
  const first = /^\p{Lu}[\p{L}'’-]+/u.exec(run.text)?.[0];
  if (!first || first === run.text || MEDIA_NAME.test(run.text) || PERSON_NAME.test(run.text)) return null;
  const found = resolveName(first, ctx);
  if (!found || found.match !== 'exact' || found.place.country !== ctx.focusCountry) return null;
  if (found.place.kind !== 'settlement' || found.place.population < NAMING_TOWN_POPULATION) return null;
  return { ...found, start: run.start, end: run.start + first.length, confidence: found.confidence * 0.9 };
}

/** "Zaporizhzhia Nuclear Power Plant": a facility the tables know by its full name. */
function resolveFacility(run: NameRun, ctx: ResolveContext): Found | null {
  if (!run.facility) return null;
  const found = resolveName(run.facility.text, ctx);
  return found && found.match === 'exact' && found.place.kind !== 'settlement' ? { ...found, end: run.facility.end } : null;
}

/** "Crimean Tatar", "Soviet", "Western": an English adjective opens it, so it names no settlement. */
const ADJECTIVE_LIKE = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic|ern|ist)\b(?!-)/u;

/** Ukrainian and Russian adjectival endings: "Kamianka-Dniprovska" and "Posad-Pokrovske" are one name. */
const ADJECTIVAL_PART = /(?:sk|ska|ske|skyi|skyy|sky|skiy|skoye|skoe|skaya|ka|ky|ki|kyi)$/i;

/** A namesake farther than this from the centre of the district the text names is another village. */
const DISTRICT_RADIUS_KM = 60;

/** "X, Beryslavskyi district" / "X in the Bakhmut raion": the centre of the district written after X. */
function districtAfter(sr: SectionRuns, i: number, ctx: ResolveContext): Found | null {
  const run = sr.runs[i]!;
  const next = sr.runs[i + 1];
  if (run.area || !next || next.area !== 'admin2' || next.sentence !== run.sentence) return null;
  if (!/^(?:\s*,\s*|\s+in\s+(?:the\s+)?)$/.test(sr.text.slice(run.phraseEnd, next.start))) return null;
  return districtCentre(next.text, ctx);
}

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** A city this big has named districts ("Kyiv-Shevchenkivskyi", "Donetsk-Kyivskyi"). */
const CITY_DISTRICT_POPULATION = 200_000;

/** "Medyka-Shehyni": when the compound is unknown but its first part is a known place, that part. */
function splitCompound(run: NameRun, ctx: ResolveContext): Found | null {
  if (run.cue?.settlement || !run.text.includes('-')) return null;
  const parts = run.text.split('-');
  // "Nuremberg-style", "Kyiv-based", "Moscow-backed": a name made into an adjective names no place.
  if (/^\p{Ll}/u.test(parts[parts.length - 1]!)) return null;
  const adjectival = ADJECTIVAL_PART.test(parts[parts.length - 1]!);
  const first = parts[0]!;
  if (first.length < 4 || first.includes(' ')) return null;
  const found = resolveName(first, ctx);
  if (!found || found.match !== 'exact') return null;
  // "Kyiv-Shevchenkivskyi" is a district of a city; "Kamianka-Dniprovska" is one town's name.
  if (adjectival && !(found.place.kind === 'settlement' && found.place.population >= CITY_DISTRICT_POPULATION)) return null;
  return { ...found, start: run.start, end: run.start + first.length, confidence: found.confidence * 0.9 };
}

/** A sound-alike or typo match stands only with some support: a cue, an area beside it, or length. */
function looseMatchWithoutSupport(run: NameRun, match: 'exact' | 'sound' | 'typo', qualified: boolean): boolean {
  if (match === 'exact') return false;
  if (run.cue || qualified) return false;
  return match === 'typo' ? !run.text.includes(' ') : run.text.length < 6;
}

/**
 * "the left bank of the Dnipro", "across the Dnipro": a city is never "the Dnipro", its river is. A name
 * after "the" that a river also bears ("<name> River" in the gazetteer) is the river.
 */
function riverNamed(sr: SectionRuns, run: NameRun, ctx: ResolveContext): Found | null {
  if (!/\bthe\s+$/.test(sr.text.slice(Math.max(0, run.start - 5), run.start))) return null;
  const found = resolveName(`${run.text} River`, ctx);
  return found && found.match === 'exact' && found.place.kind === 'water' ? found : null;
}

/** "the Sea of Azov": a water the name after "Sea of" completes, never the town that name also has (Azov). */
function seaOf(sr: SectionRuns, run: NameRun, ctx: ResolveContext): Found | null {
  const before = /\bSea\s+of\s+$/.exec(sr.text.slice(Math.max(0, run.start - 8), run.start));
  if (!before) return null;
  const found = resolveName(`Sea of ${run.text}`, ctx);
  return found && found.match === 'exact' && found.place.kind === 'water' ? { ...found, start: run.start - before[0].length } : null;
}

/** Every single-word country name, lowercased. */
const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => c.names).filter((n) => !n.includes(' ')).map((n) => n.toLowerCase()));

/**
 * Last words of unknown multi-word names ("Lloyd Austin", "Oleksiy Danilov"): alone later in the document
 * they are surnames, not the towns that happen to share them.
 */
function surnamesOf(collected: readonly SectionRuns[]): Set<string> {
  const surnames = new Set<string>();
  for (const sr of collected) {
    // A title makes the name a person's whatever the gazetteer knows: "Secretary Lloyd Austin" → "Austin".
    for (const run of sr.people) surnames.add(run.text.split(/\s+/).pop()!);
    for (const run of sr.runs) {
      const words = run.text.split(/\s+/);
      if (words.length < 2 || run.area || run.facility || run.cue?.settlement) continue;
      const { exact, sound } = gazetteer().lookup(run.text);
      // "Munich Security Conference Ukraine" (a headline run into the text) is no person: a person's name has two
      // or three words, and a country's name is not taken for a surname.
      const last = words[words.length - 1]!;
      if (words.length > 3 || COUNTRY_NAMES.has(last.toLowerCase())) continue;
      if (exact.length === 0 && sound.length === 0 && adminAreasNamed(run.text).length === 0) surnames.add(last);
    }
  }
  return surnames;
}

export function findPlaces(sections: readonly AnnotatedSection[], _doc: RepairedDocument): PlaceMention[][] {
  const collected = sections.map(collect);
  const surnames = surnamesOf(collected);
  if (surnames.size) {
    for (const sr of collected) sr.runs = sr.runs.filter((r) => r.area || !surnames.has(r.text));
  }
  const ctx = documentContext(collected);
  return collected.map((sr) => {
    const found = resolveSection(sr, ctx);
    const lower = findLowercaseCities(sr.text, ctx.focusCountry).filter((l) => !found.some((f) => f.start < l.end && l.start < f.end));
    return [...found, ...lower].sort((a, b) => a.start - b.start);
  });
}

export { adminAreaByName };
