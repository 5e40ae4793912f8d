// Armed violence: strikes, clashes, explosions, attacks on civilians. Order matters: the first rule a token
// passes wins, so phrases ("shot down", "air strike") come before the single words they start with.
import type { TriggerRule } from './rule.js';

const MUNITIONS = ['missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells', 'munition', 'munitions', 'projectile', 'remnants', 'warhead', 'submunition', 'submunitions', 'bomb', 'bombs', 'smerch', 'grad', 'uragan', 'tochka', 'iskander', 'kalibr'];
/** People one fires from a job, not at. */
const DISMISSED = ['professor', 'teacher', 'employee', 'staff', 'job', 'coach', 'manager', 'editor', 'dismiss', 'sack', 'resign', 'worker'];
const BE = ['was', 'were', 'been', 'be', 'is', 'are', 'being', "'s"];
/** Words after "air raid" or "strike" that make it a warning of one: "air raid alert", "strike warning". */
const ALERTS = ['alert', 'alerts', 'alarm', 'alarms', 'siren', 'sirens', 'warning', 'warnings', 'shelter', 'shelters', 'signal'];
/** What is attacked in argument, not in war. */
const WORDS_ATTACKED = ['policy', 'policies', 'plan', 'plans', 'decision', 'idea', 'ideas', 'remarks', 'statement', 'statements', 'comments', 'critics', 'media', 'press', 'reform', 'reforms', 'law', 'bill', 'proposal', 'stance', 'record', 'rhetoric', 'narrative'];
/**
 * What is destroyed, damaged or collapses in argument or history, not in war: "destroyed the balance of
 * power", "the collapse of the Soviet Union", "damaged trust".
 */
const WORDS_DESTROYED = ['balance', 'architecture', 'economy', 'trust', 'relations', 'relationship', 'reputation', 'credibility', 'confidence',
  'hope', 'hopes', 'chances', 'peace', 'democracy', 'talks', 'negotiations', 'soviet', 'ussr', 'empire', 'morale', 'career', 'careers', 'ties'];
/** Harm of a kind no strike does: "political damage", "economic devastation". */
const KINDS_OF_HARM = ['political', 'reputational', 'economic', 'financial', 'diplomatic', 'psychological', 'emotional', 'electoral', 'moral', 'fiscal'];
/** Words of elections and games, where one side "beats" another. */
const CONTESTS = ['election', 'elect', 'incumbent', 'candidate', 'poll', 'vote', 'ballot', 'primary', 'race', 'seat', 'match', 'game', 'team',
  'tournament', 'championship', 'league', 'cup', 'final', 'semifinal', 'score', 'goal', 'set', 'season', 'opponent', 'rival'];
/** Words of the front: ground operations against lines and positions. */
const FRONT_WORDS = ['forces', 'troops', 'units', 'army', 'lines', 'line', 'defenses', 'defences', 'positions', 'frontline', 'front', 'assault', 'assaults', 'infantry', 'offensive'];
/** Pushing or breaking through in politics and business. */
const NOT_FRONT = ['talks', 'negotiations', 'bill', 'law', 'legislation', 'reform', 'reforms', 'agenda', 'peace', 'sanctions', 'deal', 'market', 'diplomatic', 'scientific', 'medical'];
/** What one launches in an attack. */
const LAUNCHED = [...MUNITIONS, 'missile', 'drone', 'drones', 'uav', 'uavs', 'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes',
  'raid', 'raids', 'assault', 'assaults', 'offensive', 'counteroffensive', 'counterattack', 'shahed', 'shaheds', 'ballistic', 'cruise', 'barrage', 'salvo', 'volley', 'artillery', 'mortar', 'mortars',
  'tos', 'tos-1', 'himars', 'mlrs', 'kinzhal', 'lancet', 'storm', 'atacms', 's-300', 'tornado'];
/** Found ordnance going off while handled is unexploded ordnance, not a thrown grenade. */
export const UXO_CONTEXT = ['dismantle', 'disassemble', 'handle', 'manipulate', 'find', 'found', 'unknown', 'unidentified', 'play'];

export const VIOLENCE_RULES: TriggerRule[] = [
  { name: 'shot down', type: 'weapons.disrupted', lemmas: ['shoot'], next: [['down']], weight: 0.8 },
  { name: 'downed', type: 'weapons.disrupted', lemmas: ['down'], pos: ['VERB'], weight: 0.7 },
  { name: 'intercept', type: 'weapons.disrupted', lemmas: ['intercept', 'interception', 'defuse', 'defusal'], weight: 0.8 },
  { name: 'suicide bombing', type: 'explosive.suicide', lemmas: ['suicide'], next: [['bomber'], ['bombing'], ['bomb'], ['attack']], weight: 0.8 },
  { name: 'chemical attack', type: 'strike.chemical', lemmas: ['chemical', 'gas'], next: [['weapon'], ['weapons'], ['attack'], ['munitions']], weight: 0.75 },
  // "The air raid alert was lifted": a warning, not a strike.
  { name: 'air strike', type: 'strike.air', lemmas: ['air'], next: [['strike'], ['strikes'], ['raid'], ['raids'], ['attack'], ['attacks']], notNext: ALERTS, refine: 'aerial', weight: 0.8 },
  { name: 'drone strike', type: 'strike.drone', lemmas: ['drone'], next: [['strike'], ['strikes'], ['attack'], ['attacks']], weight: 0.8 },
  { name: 'missile strike', type: 'strike.missile', lemmas: ['missile', 'rocket'], next: [['strike'], ['strikes'], ['attack'], ['attacks']], refine: 'aerial', weight: 0.8 },
  { name: 'airstrike', type: 'strike.air', lemmas: ['airstrike'], refine: 'aerial', weight: 0.8 },
  { name: 'bomb (verb)', type: 'strike.air', lemmas: ['bomb', 'bombard'], pos: ['VERB'], refine: 'instrument', weight: 0.7 },
  { name: 'bombing', type: 'strike.air', lemmas: ['bombing', 'bombardment'], pos: ['NOUN', 'VERB'], refine: 'instrument', weight: 0.65 },
  { name: 'shelling', type: 'strike.shelling', lemmas: ['shell'], pos: ['VERB', 'NOUN'], refine: 'aerial', weight: 0.8 },
  { name: 'artillery fire', type: 'strike.shelling', lemmas: ['artillery', 'mortar'], next: [['fire'], ['shelling'], ['strike'], ['strikes'], ['attack']], refine: 'aerial', weight: 0.75 },
  // Attacks repelled are fighting that happened; a rule of their own, so that the decision weighs them apart
  // from the nouns of fighting ("the offensive", "a counteroffensive"), which often name a campaign.
  { name: 'repel', type: 'battle.armed-clash', lemmas: ['repel', 'repulse', 'thwart'], pos: ['VERB', 'NOUN', 'ADJ'], veto: ['sexual', 'sexually', 'cyber', 'hacker', 'hackers', 'charm', 'diplomatic'], weight: 0.8 },
  { name: 'armed clash', type: 'battle.armed-clash', lemmas: ['clash', 'skirmish', 'firefight', 'counterattack', 'counteroffensive', 'ambush', 'offensive', 'assault', 'storm', 'engage'], pos: ['VERB', 'NOUN', 'ADJ'], veto: ['sexual', 'sexually', 'cyber', 'hacker', 'hackers', 'charm', 'diplomatic'], weight: 0.8 },
  // "Fight" and "battle" often name the war as a whole ("the fight for freedom"): weaker alone.
  // "Continued to fight in X" reports fighting; "sent to fight", "ready to fight" do not (the purpose and demand
  // vetoes, and an infinitive needs a time or place of its own, see specific.ts).
  { name: 'fighting', type: 'battle.armed-clash', lemmas: ['fight', 'fighting', 'battle'], pos: ['VERB', 'NOUN'], veto: ['corruption', 'inflation', 'cyber', 'legal', 'court', 'election', 'political'], weight: 0.6 },
  // Ground operations as battlefield reports name them: breaking through lines, pushing on a town,
  // penetrating defences, reconnaissance in force.
  { name: 'break through', type: 'battle.armed-clash', lemmas: ['break', 'breakthrough', 'penetrate'], next: [['through'], ['into']], context: FRONT_WORDS, weight: 0.7 },
  { name: 'breakthrough', type: 'battle.armed-clash', lemmas: ['breakthrough', 'penetrate', 'penetration'], context: FRONT_WORDS, veto: NOT_FRONT, weight: 0.6 },
  { name: 'push on', type: 'battle.armed-clash', lemmas: ['push'], pos: ['VERB', 'NOUN'], context: FRONT_WORDS, veto: NOT_FRONT, weight: 0.5 },
  // "Attempted to improve their tactical positions near X": ground attacks, in the reports' own words.
  { name: 'improve positions', type: 'battle.armed-clash', lemmas: ['improve'], object: ['positions', 'position'], context: FRONT_WORDS, weight: 0.5 },
  { name: 'reconnaissance in force', type: 'battle.armed-clash', lemmas: ['reconnaissance'], next: [['-', 'in', '-', 'force'], ['in', 'force']], weight: 0.75 },
  { name: 'ground attack', type: 'battle.armed-clash', lemmas: ['ground', 'infantry'], next: [['attack'], ['attacks'], ['assault'], ['assaults'], ['offensive'], ['operations']], weight: 0.8 },
  { name: 'use weapons against', type: 'battle.armed-clash', lemmas: ['use', 'employ'], pos: ['VERB'], context: ['arms', 'gun', 'guns', 'launcher', 'launchers', 'mortar', 'mortars', 'artillery', 'drone', 'drones', 'missile', 'missiles', 'rifle', 'rifles'], veto: ['supply', 'supplying', 'deliver', 'send', 'provide', 'permission', 'allow'], refine: 'instrument', weight: 0.5 },
  { name: 'push back', type: 'battle.armed-clash', lemmas: ['push', 'drive'], next: [['back'], ['out']], context: ['forces', 'troops', 'army', 'units', 'positions', 'occupiers', 'invaders', 'counteroffensive'], weight: 0.6 },
  { name: 'advance', type: 'battle.armed-clash', lemmas: ['advance'], pos: ['VERB'], context: ['force', 'troops', 'troop', 'army', 'unit', 'units'], weight: 0.55 },
  { name: 'open fire', type: 'battle.armed-clash', lemmas: ['open'], next: [['fire']], refine: 'instrument', weight: 0.75 },
  // "Professors who spoke out were fired": dismissal, not shooting.
  { name: 'fire at', type: 'strike.shelling', lemmas: ['fire'], pos: ['VERB'], veto: DISMISSED, refine: 'attack', weight: 0.7 },
  { name: 'strike / hit', type: 'strike.shelling', lemmas: ['strike', 'hit', 'pound', 'target', 'sink', 'drop'], pos: ['VERB', 'NOUN', 'ADJ'], notNext: ALERTS, refine: 'attack', weight: 0.65 },
  // One launches missiles, drones or an attack; "launched its invasion", "launched an inquiry" report no strike.
  { name: 'launch', type: 'strike.shelling', lemmas: ['launch'], pos: ['VERB', 'NOUN'], object: LAUNCHED, refine: 'attack', weight: 0.65 },
  // "He attacked Western policy": words are attacked too.
  { name: 'attack', type: 'battle.armed-clash', lemmas: ['attack'], pos: ['VERB', 'NOUN'], veto: ['cyber', 'hacker', 'hackers', 'ddos', 'heart', 'panic', 'verbal'], notPrev: ['cyber', 'terrorist'], notObject: WORDS_ATTACKED, refine: 'attack', weight: 0.65 },
  { name: 'shoot', type: 'battle.armed-clash', lemmas: ['shoot'], pos: ['VERB', 'NOUN'], refine: 'attack', weight: 0.6 },
  { name: 'blow up', type: 'explosive.mine', lemmas: ['blow'], next: [['up']], refine: 'instrument', weight: 0.7 },
  { name: 'go off', type: 'explosive.mine', lemmas: ['go'], next: [['off']], refine: 'instrument', weight: 0.65 },
  { name: 'detonate', type: 'explosive.mine', lemmas: ['detonate', 'detonation'], refine: 'instrument', weight: 0.7 },
  { name: 'explosion', type: 'explosion.unspecified', lemmas: ['explosion', 'explode'], refine: 'instrument', weight: 0.6 },
  // "Blasted Washington's policies": as a verb, blast mostly means to criticise.
  { name: 'blast', type: 'explosion.unspecified', lemmas: ['blast'], pos: ['NOUN'], refine: 'instrument', weight: 0.6 },
  { name: 'destroy', type: 'infrastructure.damage', lemmas: ['destroy'], pos: ['VERB'], notObject: WORDS_DESTROYED, refine: 'instrument', weight: 0.5 },
  { name: 'rape', type: 'violence.sexual', lemmas: ['rape'], weight: 0.75 },
  { name: 'sexual violence', type: 'violence.sexual', lemmas: ['sexual'], next: [['violence'], ['assault'], ['abuse']], weight: 0.75 },
  { name: 'abduction', type: 'violence.abduction', lemmas: ['kidnap', 'abduct', 'abduction', 'disappearance'], weight: 0.75 },
  { name: 'forced relocation', type: 'violence.abduction', lemmas: ['relocate', 'deport', 'transfer', 'remove'], prev: ['forcibly', 'forcefully'], weight: 0.7 },
  { name: 'deportation', type: 'violence.abduction', lemmas: ['deport', 'deportation'], weight: 0.55 },
  { name: 'torture', type: 'violence.attack-civilians', lemmas: ['torture', 'stab', 'execute', 'behead', 'lynch', 'assassinate', 'murder'], pos: ['VERB', 'NOUN'], refine: 'instrument', weight: 0.7 },
  // "Beat" also wins elections and matches: not in a sentence of those.
  { name: 'beat', type: 'violence.attack-civilians', lemmas: ['beat'], pos: ['VERB', 'NOUN'], veto: CONTESTS, refine: 'instrument', weight: 0.7 },
  { name: 'kill (active)', type: 'violence.attack-civilians', lemmas: ['kill'], pos: ['VERB'], notPrev: BE, refine: 'instrument', weight: 0.5 },
  { name: 'killed (passive)', type: 'casualties.report', lemmas: ['kill', 'die', 'dead'], refine: 'instrument', weight: 0.3 },
  { name: 'bodies', type: 'casualties.report', lemmas: ['body', 'corpse', 'grave', 'deceased', 'injure', 'wound'], pos: ['NOUN', 'VERB', 'ADJ'], refine: 'instrument', weight: 0.25 },
  // "No casualties." "Casualties unknown." say nothing happened to anyone.
  { name: 'casualties', type: 'casualties.report', lemmas: ['casualty'], notPrev: ['no', 'without'], veto: ['unknown', 'unclear', 'unreported'], refine: 'instrument', weight: 0.25 },
  { name: 'munition landed', type: 'strike.shelling', lemmas: ['land', 'embed', 'lodge', 'fall'], pos: ['VERB', 'ADJ'], context: MUNITIONS, refine: 'instrument', weight: 0.45 },
  // "Artillery impacts south of the village", "impact of a cruise missile": where munitions hit.
  { name: 'munition impact', type: 'strike.shelling', lemmas: ['impact'], pos: ['NOUN', 'VERB'], context: [...MUNITIONS, 'artillery', 'mortar', 'cruise'], refine: 'instrument', weight: 0.45 },
  { name: 'incendiary', type: 'strike.shelling', lemmas: ['incendiary', 'thermobaric', 'cluster'], refine: 'instrument', weight: 0.5 },
  { name: 'damage', type: 'infrastructure.damage', lemmas: ['damage', 'ruin', 'rubble', 'crater', 'debris', 'wreckage', 'aftermath', 'destruction', 'destroy', 'devastation', 'burn', 'burnt', 'flame', 'engulf', 'collapse'], notObject: WORDS_DESTROYED, notPrev: KINDS_OF_HARM, weight: 0.3 },
  { name: 'fire', type: 'infrastructure.damage', lemmas: ['fire', 'blaze'], pos: ['NOUN'], veto: ['open'], weight: 0.3 },
  { name: 'munitions seen', type: 'strike.shelling', lemmas: MUNITIONS, refine: 'instrument', lastResort: true, weight: 0.25 },
];
