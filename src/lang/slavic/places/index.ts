// Places in Ukrainian and Russian text, matched through their inflected forms to GeoNames' Cyrillic names
// (forms.ts turns a word back into its possible nominatives; the gazetteer decides which is a name). Two
// passes, as ordered steps: first the areas ("Сумській області", "Белгородской области", "Сумщина",
// "Нікопольського району"), which then tell which namesake a town is; then the towns. A capitalised word is
// not a place on its own: a village needs a settlement word ("с.", "селище") or its area in the sentence; a
// town a preposition of place ("у Херсоні", "в Шебекино"); only a city needs nothing.
import type { AnnotatedSection, Place, PlaceMention, Sentence, Token } from '../../../annotate/types.js';
import { adminAreasNamed, adminAreasOfAdjective, adminPlace } from '../../../annotate/places/admin-areas.js';
import { gazetteer, type GazPlace } from '../../../annotate/places/gazetteer.js';
import { resolveName, toPlace, type Resolution, type ResolveContext } from '../../../annotate/places/resolve.js';
import type { AdminAreaFact } from '../../../facts/places/types.js';
import { countStep } from '../../../text/step-counts.js';
import type { SlavicLanguage } from '../language.js';
import { adjectiveTownNominatives, areaAdjectiveFeminine, areaAdjectiveMasculine, nounNominatives, regionNominative } from './forms.js';

/** A town this big is named without a cue ("Харків під атакою"). */
const CITY = 50_000;
/** Below this a settlement is a village: its name must be earned by a settlement word or its area. */
const VILLAGE = 1_000;
/** Words in one name run at most ("Велика Олександрівка", "Кривий Ріг"). */
const MAX_RUN = 3;
/** A confidence for an area named outright. */
const AREA_CONFIDENCE = 0.9;

const CYRILLIC_CAPITAL = /^\p{Lu}[\p{Ll}'’ʼ-]*\p{Ll}$/u;
const isWord = (t: Token | undefined): t is Token => !!t && t.pos !== 'PUNCT';

interface Found {
  start: number;
  end: number;
  place: Place;
  confidence: number;
}

/** What the word before a name says of it. */
type Cue = 'settlement' | 'preposition' | null;
/** Not even a bare name: a word inside a longer run of capitals. */
type Earning = Cue | 'none';

function cueBefore(tokens: readonly Token[], i: number, text: string, lang: SlavicLanguage): Cue {
  let k = i - 1;
  // "м. Суми", "с. Іванівка": the abbreviation's full stop stands between.
  const stop = tokens[k]?.text === '.';
  if (stop) k--;
  const prev = tokens[k];
  if (!prev || !isWord(prev) || /[\n;:!?]/.test(text.slice(prev.end, tokens[i]!.start).replace('.', ''))) return null;
  const word = prev.text.toLowerCase();
  // An abbreviation is one only with its stop: Russian "с" without it is "with" ("с Кэти").
  if (lang.places.settlementWords.has(word) && (stop || !lang.abbreviations.has(word))) return 'settlement';
  if (stop) return null;
  if (lang.places.prepositions.has(word)) return 'preposition';
  return null;
}

/** The area an adjective names ("Сумської" + "області", "Краснодарским" + "краем"), or null. */
function areaOfAdjective(word: string): AdminAreaFact | null {
  return [...areaAdjectiveFeminine(word), ...areaAdjectiveMasculine(word)].flatMap((f) => adminAreasOfAdjective(f))[0] ?? null;
}

/**
 * An area sitrep has no facts for ("Рязанской области"): the region of the city it is named after, at the
 * city, when the gazetteer knows a city of that name (regions far from the front are named after their centre).
 */
function areaOfCity(word: string): Place | null {
  const city = townOf(adjectiveTownNominatives(word), (p) => p.population >= REGION_CENTRE);
  if (!city) return null;
  return { ...toPlace(city, 3), kind: 'admin1', geonameId: null, admin1: city.admin1 ?? city.name, precision: 3 };
}

/** A city this big gives its name to the region around it. */
const REGION_CENTRE = 100_000;

/** An area adjective in a feminine case, agreeing with the elided "область" (not "Херсонському напрямку"). */
const FEMININE_AREA_ADJECTIVE = /(?:ськ|цьк|зьк|ск|цк|зк)(?:а|ій|ої|у|ою|ая|ой|ую)$/u;

/** Words that join a list of area adjectives: "Сумській, Харківській та Полтавській областях". */
const LIST_JOINERS = new Set([',', 'і', 'й', 'та', 'и', 'а']);

/** The index of the area word a list of adjectives starting at i ends in, or -1. */
function areaWordAfterList(toks: readonly Token[], i: number, word: RegExp): number {
  for (let j = i + 1; j < toks.length && j <= i + 12; j++) {
    const t = toks[j]!.text.toLowerCase();
    if (word.test(t)) return j;
    if (!LIST_JOINERS.has(t) && areaAdjectiveFeminine(toks[j]!.text).length === 0) return -1;
  }
  return -1;
}

/** Step 1: the areas of a sentence: an adjective with an area word (alone or in a list), a "-щина" region. */
function findAreas(sentence: Sentence, lang: SlavicLanguage, documentAreas: ReadonlySet<string>): Array<Found & { area?: AdminAreaFact }> {
  const out: Array<Found & { area?: AdminAreaFact }> = [];
  const toks = sentence.tokens;
  const gaz = gazetteer();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const regionAt = areaWordAfterList(toks, i, lang.places.regionWords);
    if (regionAt > 0) {
      const area = areaOfAdjective(t.text);
      const place = area ? adminPlace(area) : areaOfCity(t.text);
      if (place) {
        countStep('places', `${lang.code}:area-adjective${regionAt > i + 1 ? '-in-list' : ''}`);
        const end = regionAt === i + 1 ? toks[regionAt]!.end : t.end;
        out.push({ start: t.start, end, place, confidence: area ? AREA_CONFIDENCE : 0.6, ...(area ? { area } : {}) });
        if (regionAt === i + 1) i++;
        continue;
      }
    }
    const raionAt = areaWordAfterList(toks, i, lang.places.raionWords);
    if (raionAt > 0) {
      const raion = areaAdjectiveMasculine(t.text).flatMap((m) => gaz.raionsNamed(m))[0];
      const inRaion = raion ? (p: GazPlace) => p.admin1 === raion.admin1 && p.admin2 === raion.admin2 : (p: GazPlace) => p.admin1 !== null && documentAreas.has(p.admin1);
      const centre = townOf(adjectiveTownNominatives(t.text), inRaion);
      if (centre) {
        countStep('places', `${lang.code}:raion`);
        const end = raionAt === i + 1 ? toks[raionAt]!.end : t.end;
        out.push({ start: t.start, end, place: { ...toPlace(centre, 2), kind: 'admin2' }, confidence: raion ? 0.85 : 0.6 });
        if (raionAt === i + 1) i++;
        continue;
      }
    }
    // "над Белгородской областью и над Орловской": an area adjective alone, its area word said once in the sentence.
    const elided = /^\p{Lu}/u.test(t.text) && FEMININE_AREA_ADJECTIVE.test(t.text) && toks.some((o) => lang.places.regionWords.test(o.text.toLowerCase())) ? areaOfAdjective(t.text) : null;
    if (elided) {
      countStep('places', `${lang.code}:area-adjective-elided`);
      out.push({ start: t.start, end: t.end, place: adminPlace(elided), confidence: 0.8, area: elided });
      continue;
    }
    const region = /^\p{Lu}/u.test(t.text) ? regionNominative(t.text) : null;
    if (region) {
      const area = adminAreasNamed(region.region)[0];
      if (area) {
        countStep('places', `${lang.code}:region-name`);
        out.push({ start: t.start, end: t.end, place: adminPlace(area), confidence: AREA_CONFIDENCE, area });
        continue;
      }
      const centre = townOf(region.town, (p) => p.country === 'UA' || p.country === 'RU');
      if (centre) {
        countStep('places', `${lang.code}:region-of-town`);
        out.push({ start: t.start, end: t.end, place: { ...toPlace(centre, 2), kind: 'admin2' }, confidence: 0.7 });
      }
    }
  }
  return out;
}

/** The biggest settlement one of the names denotes among those passing the test. */
function townOf(names: readonly string[], test: (p: GazPlace) => boolean): GazPlace | null {
  let best: GazPlace | null = null;
  for (const n of names) {
    for (const p of gazetteer().lookupExact(n)) if (p.kind === 'settlement' && test(p) && (!best || p.population > best.population)) best = p;
  }
  return best;
}

/** The nominatives of a run of capitalised words: the last declined as a noun, the ones before as adjectives or nouns. */
function runNominatives(words: readonly string[]): string[] {
  if (words.length === 1) return nounNominatives(words[0]!);
  const head = words.slice(0, -1).map((w) => [w, ...adjectiveNominatives(w)]);
  const last = nounNominatives(words[words.length - 1]!);
  let combos: string[] = [''];
  for (const options of head) combos = combos.flatMap((c) => options.map((o) => (c ? `${c} ${o}` : o)));
  return combos.flatMap((c) => last.map((l) => `${c} ${l}`));
}

/** "Новій" -> "Нова", "Нове", "Новий"; "Кривому" -> "Кривий": an adjective's nominatives, each gender. */
function adjectiveNominatives(word: string): string[] {
  const m = /^(\p{L}{2,}?)(?:ому|ого|ої|ою|ій|ий|ый|ая|ой|ую|ое|ее|ом|им|ым|а|е|у|і|я|о)$/u.exec(word);
  if (!m) return [];
  const s = m[1]!;
  return [`${s}а`, `${s}е`, `${s}ий`, `${s}ій`, `${s}ый`, `${s}ая`, `${s}ое`, `${s}ой`, `${s}я`, `${s}є`];
}

/** The readings of a run among its nominatives that the gazetteer knows exactly, best first. */
function resolveRun(words: readonly string[], ctx: ResolveContext): Resolution[] {
  const ranked: Array<{ r: Resolution; key: number }> = [];
  const gaz = gazetteer();
  const written = words.join(' ');
  for (const form of runNominatives(words)) {
    if (gaz.lookupExact(form).length === 0) continue;
    const r = resolveName(form, ctx);
    if (!r || r.match !== 'exact' || ranked.some((x) => x.r.place === r.place)) continue;
    const p = r.place;
    const inArea = p.admin1 !== null && (ctx.sentenceAreas.has(p.admin1) || ctx.qualifier?.name === p.admin1) ? 1e9 : 0;
    // The bigger place first; the word as written (a nominative, an indeclinable "Шебекино") weighs as a small town.
    const key = inArea + (form === written ? AS_WRITTEN : 0) + (p.kind === 'settlement' ? p.population : 1e7);
    ranked.push({ r, key });
  }
  return ranked.sort((a, b) => b.key - a.key).map((x) => x.r);
}

/** What reading the word as written, not a form made from it, is worth in people. */
const AS_WRITTEN = 100_000;

/** Whether the text earns the place: a village its settlement word or area, a town a preposition, a city nothing. */
function earned(p: GazPlace, cue: Earning, inArea: boolean): boolean {
  if (cue === 'none') return false;
  if (p.kind !== 'settlement') return cue !== null || p.kind === 'country';
  if (cue === 'settlement' || inArea) return true;
  // A quarter of a city ("Західний") is written with its city or a cue; bare it is mostly an adjective.
  if (cue === null) return WAR_REGION.has(p.country) && p.featureCode !== 'PPLX' && (p.population >= CITY || p.featureCode === 'PPLA' || p.featureCode === 'PPLC');
  return p.population >= VILLAGE && !p.village && (WAR_REGION.has(p.country) || p.population >= FAR_CITY);
}

/** A town far from the war is named in these reports only when it is a city (a small namesake is mostly a person's name). */
const FAR_CITY = 100_000;

/**
 * A village of a country none of the document's areas is in: a namesake of a place the gazetteer lacks
 * ("в селе Софьино" in a report on the Moscow region is not the Poltava village of that name).
 */
function foreignVillage(p: GazPlace, documentCountries: ReadonlySet<string>): boolean {
  return p.kind === 'settlement' && p.population < CITY && documentCountries.size > 0 && !documentCountries.has(p.country);
}

/** Countries whose cities these reports name without a cue; a distant city needs one ("в Париже"). */
const WAR_REGION = new Set(['UA', 'RU', 'BY', 'MD']);

/** Step 2: the named places of a sentence, outside the areas found in it. */
function findTowns(sentence: Sentence, text: string, lang: SlavicLanguage, areas: readonly Found[], ctx: Omit<ResolveContext, 'sentenceAreas'> & { documentCountries: ReadonlySet<string> }, sentenceAreas: ReadonlySet<string>): Found[] {
  const out: Found[] = [];
  const toks = sentence.tokens;
  const taken = (t: Token) => areas.some((a) => a.start <= t.start && t.end <= a.end);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isWord(t) || taken(t) || !CYRILLIC_CAPITAL.test(t.text) || t.text.length < 3 || lang.places.notNames.has(t.text.toLowerCase())) continue;
    if (lang.places.directionWords.test(toks[i + 1]?.text.toLowerCase() ?? '')) {
      countStep('places', `${lang.code}:drop:direction`);
      continue;
    }
    let j = i + 1;
    const run = [t];
    while (j < toks.length && run.length < MAX_RUN) {
      const gap = text.slice(toks[j - 1]!.end, toks[j]!.start);
      if (gap === '-' && toks[j + 1] && isWord(toks[j + 1]) && text.slice(toks[j]!.end, toks[j + 1]!.start) === '') break;
      const n = toks[j]!;
      if ((gap === ' ' || gap === '-') && CYRILLIC_CAPITAL.test(n.text) && !taken(n)) run.push(n), j++;
      else if (gap === '' && n.text === '-' && toks[j + 1] && CYRILLIC_CAPITAL.test(toks[j + 1]!.text)) j++;
      else break;
    }
    const cue = cueBefore(toks, i, text, lang);
    for (let len = run.length; len >= 1; len--) {
      const words = run.slice(0, len);
      const joined = text.slice(words[0]!.start, words[len - 1]!.end);
      const readings = resolveRun(joined.includes('-') && len > 1 ? [joined] : words.map((w) => w.text), { focusCountry: ctx.focusCountry, qualifier: ctx.qualifier, documentAreas: ctx.documentAreas, sentenceAreas });
      // Part of a longer run of capitals that is no name ("Сергій Лисак", "Тараса Шевченка") is a person's name unless a cue says otherwise.
      const partOfRun = len < run.length;
      const found = readings.find((r) => earned(r.place, partOfRun && cue === null ? 'none' : cue, r.place.admin1 !== null && sentenceAreas.has(r.place.admin1)) && !foreignVillage(r.place, ctx.documentCountries));
      if (!found) {
        if (readings.length) countStep('places', `${lang.code}:drop:not-earned`);
        continue;
      }
      const p = found.place;
      countStep('places', `${lang.code}:${cue ?? 'bare'}-${p.kind}`);
      out.push({ start: words[0]!.start, end: words[len - 1]!.end, place: toPlace(p, 1), confidence: found.confidence });
      i += len - 1;
      break;
    }
  }
  return out;
}

/** The annotate stage's places for every section of a document. */
export function slavicPlaces(sections: readonly AnnotatedSection[], lang: SlavicLanguage): PlaceMention[][] {
  // Areas named outright first, so that a district's centre can be looked for inside them.
  const named = new Set(sections.flatMap((s) => s.sentences.flatMap((sentence) => findAreas(sentence, lang, new Set()))).map((a) => a.place.admin1).filter((a): a is string => a !== null));
  const areasBySection = sections.map((s) => s.sentences.map((sentence) => findAreas(sentence, lang, named)));
  const shares = new Map<string, number>();
  const all = areasBySection.flat(2).filter((a) => a.place.admin1);
  for (const a of all) shares.set(a.place.admin1!, (shares.get(a.place.admin1!) ?? 0) + 1 / all.length);
  const documentCountries = new Set(all.filter((a) => a.place.kind === 'admin1').map((a) => a.place.country));
  return sections.map((s, k) => {
    const text = s.section.text.text;
    const found: Found[] = [];
    s.sentences.forEach((sentence, n) => {
      const areas = areasBySection[k]![n]!;
      const sentenceAreas = new Set(areas.map((a) => a.place.admin1).filter((a): a is string => a !== null));
      found.push(...areas, ...findTowns(sentence, text, lang, areas, { focusCountry: 'UA', qualifier: null, documentAreas: shares, documentCountries }, sentenceAreas));
    });
    return found.sort((a, b) => a.start - b.start).map((f) => ({ start: f.start, end: f.end, text: text.slice(f.start, f.end), place: f.place, confidence: f.confidence }));
  });
}
