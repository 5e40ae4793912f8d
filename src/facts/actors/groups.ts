// Collective actors named by a noun: armed forces described rather than named ("Russian troops",
// "the occupiers") and social groups ("protesters", "Polish farmers"). Names follow ACLED's actor style.
import type { GroupFact } from './types.js';

/** Nouns for a country's armed forces; with a qualifier they name that country's military. */
export const FORCE_NOUNS: readonly string[] = [
  'troops', 'forces', 'army', 'military', 'soldiers', 'servicemen', 'servicemembers', 'units', 'fighters',
  'paratroopers', 'marines', 'defenders', 'defence forces', 'defense forces', 'armed forces', 'ground forces',
  'military forces', 'artillery', 'aviation', 'warplanes', 'aircraft', 'jets', 'drones', 'occupation forces',
  'occupation troops', 'occupying forces', 'invasion forces', 'invading forces', 'military units', 'army units',
  'mercenaries', 'sappers', 'snipers', 'gunners', 'tanks', 'warships', 'navy', 'air defense',
  'air defence', 'special forces', 'reservists', 'conscripts', 'mobilized', 'mobilised', 'personnel', 'sabotage groups',
  'sabotage and reconnaissance groups', 'commanders', 'positions',
];

/** Phrases that name Russia's forces in Ukrainian and allied usage without saying "Russian". */
export const RUSSIAN_FORCE_PHRASES: readonly string[] = [
  'the occupation army', 'occupation army', 'the occupiers', 'occupiers', 'the invaders', 'invaders', 'the occupying forces',
  'occupying forces', 'occupation forces', 'the occupation forces', 'the enemy', 'enemy forces', 'enemy troops',
  'the Russian occupiers', 'Russian occupiers', 'the aggressor', 'the aggressor state', 'Russian invaders', 'ruscists', 'Rashists',
  'orcs',
];

/** Phrases for Russia's proxy forces in occupied Donbas. */
export const PROXY_FORCE_PHRASES: readonly string[] = [
  'separatists', 'pro-Russian separatists', 'Russian-backed separatists', 'Moscow-backed separatists', 'Kremlin-backed separatists',
  'proxy forces', 'Russian proxy forces', 'Russian proxies', 'militants', 'pro-Russian militants', 'rebels', 'rebel forces',
  'pro-Russian rebels', 'Russian-backed rebels', 'Moscow-backed rebels',
];

/** Social groups; {country} is filled from a qualifier or from the places of the sentence. */
export const SOCIAL_GROUPS: readonly GroupFact[] = [
  { nouns: ['civilians', 'civilian', 'residents', 'locals', 'local residents', 'inhabitants', 'villagers', 'civilian population', 'townspeople'], template: 'Civilians ({country})' },
  { nouns: ['people', 'population', 'citizens', 'nationals'], template: 'Civilians ({country})', qualified: true },
  { nouns: ['protesters', 'protestors', 'demonstrators'], template: 'Protesters ({country})' },
  { nouns: ['rioters'], template: 'Rioters ({country})' },
  { nouns: ['farmers'], template: 'Farmers ({country})' },
  { nouns: ['truckers', 'truck drivers', 'lorry drivers', 'hauliers'], template: 'Truckers ({country})' },
  { nouns: ['journalists'], template: 'Journalists ({country})' },
  { nouns: ['aid workers', 'humanitarian workers'], template: 'Aid Workers ({country})' },
  { nouns: ['health workers', 'medics', 'doctors', 'paramedics', 'nurses'], template: 'Health Workers ({country})' },
  { nouns: ['refugees', 'displaced people', 'internally displaced persons', 'IDPs', 'evacuees'], template: 'Refugees/IDPs ({country})' },
  { nouns: ['prisoners of war', 'POWs'], template: 'Prisoners ({country})' },
  { nouns: ['children', 'students', 'schoolchildren'], template: 'Civilians ({country})' },
  { nouns: ['partisans', 'resistance fighters', 'saboteurs'], template: 'Partisans ({country})' },
];
