// Weapons named in a clause, as data: single words, two-word phrases and model-name patterns, each mapped to
// an instrument class. The classes are listed in ACLED's coding precedence: a grenade dropped from a drone
// is a drone strike; an assault with small arms and mortars is a clash; heavy machine guns alone, shelling.
import type { Token } from '../../annotate/types.js';

export const INSTRUMENT_PRECEDENCE = [
  'chemical', 'drone', 'air', 'glide-bomb', 'small-arms', 'missile', 'mlrs', 'artillery', 'heavy-weapons', 'grenade', 'mine',
] as const;
export type Instrument = (typeof INSTRUMENT_PRECEDENCE)[number];

const WORDS: Record<string, Instrument> = {
  drone: 'drone', drones: 'drone', uav: 'drone', uavs: 'drone', shahed: 'drone', shaheds: 'drone', lancet: 'drone',
  quadcopter: 'drone', quadcopters: 'drone', fpv: 'drone', kamikaze: 'drone', magura: 'drone', geran: 'drone',
  airstrike: 'air', airstrikes: 'air', aviation: 'air', aircraft: 'air', warplane: 'air', warplanes: 'air',
  jet: 'air', jets: 'air', helicopter: 'air', helicopters: 'air', bomber: 'air', bombers: 'air', airborne: 'air',
  kab: 'glide-bomb', kabs: 'glide-bomb', fab: 'glide-bomb',
  missile: 'missile', missiles: 'missile', rocket: 'missile', rockets: 'missile', iskander: 'missile',
  kalibr: 'missile', kinzhal: 'missile', tochka: 'missile', onyx: 'missile', 'cruise': 'missile', ballistic: 'missile',
  mlrs: 'mlrs', grad: 'mlrs', uragan: 'mlrs', smerch: 'mlrs', himars: 'mlrs', tornado: 'mlrs',
  artillery: 'artillery', mortar: 'artillery', mortars: 'artillery', howitzer: 'artillery', howitzers: 'artillery',
  cannon: 'artillery', shells: 'artillery', shell: 'artillery', barrel: 'artillery',
  gunfire: 'small-arms', rifle: 'small-arms', rifles: 'small-arms', sniper: 'small-arms', snipers: 'small-arms',
  firearm: 'small-arms', firearms: 'small-arms', handgun: 'small-arms', pistol: 'small-arms',
  grenade: 'grenade', grenades: 'grenade',
  landmine: 'mine', landmines: 'mine', mine: 'mine', mines: 'mine', ied: 'mine', ieds: 'mine', uxo: 'mine',
  tripwire: 'mine', unexploded: 'mine',
  chemical: 'chemical', chloropicrin: 'chemical',
};

/** Two-word phrases, keyed "first second" in lowercase; they win over the single words. */
const PHRASES: Record<string, Instrument> = {
  'air strike': 'air', 'air strikes': 'air', 'air raid': 'air', 'air force': 'air', 'air forces': 'air',
  'air units': 'air', 'glide bomb': 'glide-bomb', 'glide bombs': 'glide-bomb', 'guided bomb': 'glide-bomb',
  'guided bombs': 'glide-bomb', 'aerial bomb': 'glide-bomb', 'aerial bombs': 'glide-bomb',
  'small arms': 'small-arms', 'automatic weapons': 'small-arms',
  // Heavy machine guns and grenade launchers fired at positions are coded by ACLED like shelling, unless
  // small arms are named too (then it is a clash).
  'machine gun': 'heavy-weapons', 'machine guns': 'heavy-weapons', 'grenade launcher': 'heavy-weapons',
  'grenade launchers': 'heavy-weapons',
  'explosive device': 'mine', 'explosive devices': 'mine', 'multiple rocket': 'mlrs', 'rocket launcher': 'mlrs',
  'rocket launchers': 'mlrs', 'tank fire': 'artillery', 'tear gas': 'grenade',
};

/** Model names written with digits: S-300, Kh-101, Shahed-136. */
const PATTERNS: Array<[RegExp, Instrument]> = [
  [/^shahed/i, 'drone'],
  [/^(s-[234]00|kh-\d+|x-\d+|iskander|tochka|p-800)/i, 'missile'],
  [/^(bm-\d+|tos-\d)/i, 'mlrs'],
  [/^(uav|drone)-/i, 'drone'],
];

export interface InstrumentMention {
  instrument: Instrument;
  tokenIndex: number;
}

/** Every instrument mention among the tokens [from, to). */
export function findInstruments(tokens: readonly Token[], from = 0, to = tokens.length): InstrumentMention[] {
  const found: InstrumentMention[] = [];
  for (let i = from; i < to; i++) {
    const text = tokens[i]!.text;
    if (!(mayNameInstrument(text))) continue;
    const w = text.toLowerCase();
    if (PHRASE_FIRST.has(w) && i + 1 < to) {
      const phrase = PHRASES[`${w} ${tokens[i + 1]!.text.toLowerCase()}`];
      if (phrase) {
        found.push({ instrument: phrase, tokenIndex: i });
        i++;
        continue;
      }
    }
    const word = instrumentOfWord(w);
    if (word) found.push({ instrument: word, tokenIndex: i });
  }
  return found;
}

const PHRASE_FIRST = new Set(Object.keys(PHRASES).map((k) => k.split(' ')[0]!));
const wordCache = new Map<string, Instrument | null>();
const mayCache = new Map<string, boolean>();

/** Whether a word form (as written) can name a weapon alone or start a weapon phrase; cached. */
export function mayNameInstrument(text: string): boolean {
  let may = mayCache.get(text);
  if (may === undefined) {
    const w = text.toLowerCase();
    may = PHRASE_FIRST.has(w) || instrumentOfWord(w) !== undefined;
    if (mayCache.size > 50_000) mayCache.clear();
    mayCache.set(text, may);
  }
  return may;
}

/** The instrument one lowercase word names, cached: the patterns are regular expressions. */
function instrumentOfWord(w: string): Instrument | undefined {
  let found = wordCache.get(w);
  if (found === undefined) {
    if (wordCache.size > 50_000) wordCache.clear();
    found = WORDS[w] ?? (w.includes('-') ? matchPattern(w) ?? firstPartOf(w) : undefined) ?? (w.startsWith('shahed') ? 'drone' : undefined) ?? null;
    wordCache.set(w, found);
  }
  return found ?? undefined;
}

function matchPattern(text: string): Instrument | undefined {
  for (const [re, kind] of PATTERNS) if (re.test(text)) return kind;
  return undefined;
}

/** "UAV-borne", "drone-dropped": the first part of a hyphenated word. */
function firstPartOf(w: string): Instrument | undefined {
  const dash = w.indexOf('-');
  return dash > 0 ? WORDS[w.slice(0, dash)] : undefined;
}

/** The instrument that decides the ACLED sub-type, by precedence. */
export function leadingInstrument(found: readonly InstrumentMention[]): Instrument | null {
  for (const kind of INSTRUMENT_PRECEDENCE) if (found.some((f) => f.instrument === kind)) return kind;
  return null;
}
