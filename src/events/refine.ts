// Refiners turn a rule's default type into the sub-type the clause supports: the weapon used, the side
// that took ground, police action at a protest. Each is a small pure function of the clause facts.
import type { EventTypeId } from './taxonomy.js';
import type { RefinerName, TriggerRule } from './rules/rule.js';
import type { Instrument } from './lexicon/instruments.js';
import type { SentenceLemmas } from './match.js';
import { UXO_CONTEXT } from './rules/violence.js';

export interface ClauseFacts {
  instrument: Instrument | null;
  actorSide: string | undefined;
  actorArmed: boolean;
  target: 'civilian' | 'armed' | 'unknown';
  lemmas: SentenceLemmas;
}

const BY_INSTRUMENT: Record<Instrument, EventTypeId> = {
  chemical: 'strike.chemical',
  drone: 'strike.drone',
  air: 'strike.air',
  'glide-bomb': 'strike.air',
  'small-arms': 'battle.armed-clash',
  missile: 'strike.missile',
  mlrs: 'strike.shelling',
  artillery: 'strike.shelling',
  'heavy-weapons': 'strike.shelling',
  grenade: 'explosive.grenade',
  mine: 'explosive.mine',
};
const RIOT_WORDS = ['riot', 'smash', 'vandalize', 'molotov'];
const POLICE_WORDS = ['police', 'officer', 'officers'];
const FORCE_WORDS = ['beat', 'baton', 'batons', 'injure', 'rubber'];
const INTERVENTION_WORDS = ['disperse', 'detain', 'arrest'];
/** Where troops are pulled back from without giving up ground: a border, an exercise. */
// Also the forces massed near a country before a war ("troops gathered around the country", "from the areas
// neighbouring it"): pulling them back gives up no ground either.
const STAGING_WORDS = ['border', 'borders', 'exercise', 'exercises', 'drill', 'drills', 'manoeuvre', 'manoeuvres', 'maneuver', 'maneuvers', 'barracks',
  'neighboring', 'neighbouring', 'gathered', 'massed', 'amassed', 'buildup', 'build-up'];
/** Ground that a withdrawal gives up. */
const GROUND_WORDS = ['village', 'town', 'city', 'settlement', 'bank', 'bridgehead', 'district', 'island', 'position', 'positions', 'frontline', 'front'];
/** Every word a refiner asks the sentence about. */
export const REFINER_WORDS: readonly string[] = [...RIOT_WORDS, ...POLICE_WORDS, ...FORCE_WORDS, ...INTERVENTION_WORDS, ...UXO_CONTEXT, ...STAGING_WORDS, ...GROUND_WORDS];

const AERIAL = new Set<Instrument>(['drone', 'air', 'glide-bomb']);
const CIVILIAN_HARM = new Set<EventTypeId>(['violence.attack-civilians', 'casualties.report']);

function byInstrument(rule: TriggerRule, f: ClauseFacts): EventTypeId {
  let kind = f.instrument;
  if (!kind) return rule.type;
  if (kind === 'grenade' && f.lemmas.any(UXO_CONTEXT)) kind = 'mine';
  // Shooting a civilian stays an attack on civilians; only a heavier weapon makes it a strike.
  if (CIVILIAN_HARM.has(rule.type) && kind === 'small-arms') return rule.type;
  return BY_INSTRUMENT[kind];
}

const REFINERS: Record<RefinerName, (rule: TriggerRule, f: ClauseFacts) => EventTypeId> = {
  instrument: byInstrument,
  aerial: (rule, f) => (f.instrument && AERIAL.has(f.instrument) ? BY_INSTRUMENT[f.instrument] : rule.type),
  side: (rule, f) => (f.actorSide === 'UA' ? 'territory.recapture' : f.actorSide ? 'territory.capture' : rule.type),
  protest: (rule, f) => {
    if (f.lemmas.any(RIOT_WORDS)) return 'riot.violent-demonstration';
    if (f.lemmas.any(POLICE_WORDS) && f.lemmas.any(FORCE_WORDS)) return 'protest.excessive-force';
    if (f.lemmas.any(POLICE_WORDS) && f.lemmas.any(INTERVENTION_WORDS)) return 'protest.intervention';
    return rule.type;
  },
  // Troops pulled back from a border or an exercise move; they give up no ground.
  movement: (rule, f) => (f.lemmas.any(STAGING_WORDS) && !f.lemmas.any(GROUND_WORDS) ? 'military.deployment' : rule.type),
  attack: (rule, f) => {
    if (f.instrument) return byInstrument(rule, f);
    if (!f.actorArmed && f.target === 'civilian') return 'violence.attack-civilians';
    return rule.type;
  },
};

export function refineType(rule: TriggerRule, facts: ClauseFacts): EventTypeId {
  return rule.refine ? REFINERS[rule.refine](rule, facts) : rule.type;
}
