// Territory, withdrawals, looting, arrests, deployments: the strategic developments, and the rule for
// territory changing hands in battle.
import type { TriggerRule } from './rule.js';

const MILITARY = ['military', 'troops', 'troop', 'soldier', 'soldiers', 'forces', 'tank', 'tanks', 'vehicle', 'vehicles', 'truck', 'trucks', 'armor', 'armour', 'helicopter', 'helicopters', 'equipment', 'bmd', 'btr', 'bmp', 'vdv', 'aircraft', 'jet', 'jets', 'convoy', 'column', 'conscripts', 'servicemen'];
/** Leaving a deal, a market or a post is no retreat from ground. */
const NOT_TERRITORY = ['talks', 'deal', 'agreement', 'treaty', 'negotiations', 'initiative', 'embassy', 'ambassador', 'sanctions', 'market', 'company', 'companies', 'business', 'businesses', 'investors', 'candidacy', 'race', 'bid', 'membership', 'convention', 'funding', 'support', 'grain', 'contest', 'competition'];
const CIVILIANS = ['civilian', 'civilians', 'resident', 'residents', 'refugee', 'refugees', 'family', 'families', 'people'];
/** People taken in battle: capturing them takes no ground. */
const PEOPLE_TAKEN = ['troops', 'soldiers', 'servicemen', 'prisoners', 'fighters', 'men', 'personnel', 'crew', 'crews', 'mercenaries', 'officers', 'marines', 'paratroopers', 'conscripts', 'people', 'civilians', 'pows'];
/** What an event leaves behind: "leaving trucks waiting", "leaving thousands without power". */
const LEFT_BEHIND = ['trucks', 'cars', 'vehicles', 'people', 'residents', 'thousands', 'hundreds', 'millions', 'homes', 'dead', 'injured', 'wounded', 'without', 'homeless', 'stranded', 'waiting', 'behind'];
/** Words naming a military force as the doer or the object of a move. */
const FORCES = [...MILITARY, 'brigade', 'brigades', 'battalion', 'battalions', 'division', 'divisions', 'regiment', 'regiments', 'unit', 'units', 'paratroopers', 'marines', 'airborne', 'ships', 'warships', 'destroyer', 'destroyers', 'frigate', 'frigates', 'submarine', 'submarines', 'fleet', 'carrier', 'squadron', 'squadrons', 'fighters', 'bombers', 'reservists'];
const PLACE_NOUNS = ['city', 'town', 'village', 'settlement', 'position', 'positions', 'area', 'region', 'bank', 'district', 'oblast', 'island'];

export const STRATEGIC_RULES: TriggerRule[] = [
  { name: 'take control', type: 'territory.capture', lemmas: ['take', 'gain', 'establish'], next: [['control'], ['over']], refine: 'side', weight: 0.8 },
  { name: 'capture', type: 'territory.capture', lemmas: ['capture', 'seize', 'overrun', 'conquer'], pos: ['VERB', 'NOUN'], veto: ['initiative', 'power', 'assets', 'property', 'funds', 'ship', 'tanker', 'vessel', 'documents', 'weapons', 'cargo', 'shipment', 'prisoner', 'prisoners', 'pow', 'soldier', 'soldiers', 'moment', 'opportunity'], notObject: PEOPLE_TAKEN, refine: 'side', weight: 0.8 },
  // "occupied Oleshky", "the occupying forces": a state, not an event; "troops occupied the town" is one.
  { name: 'occupy', type: 'territory.capture', lemmas: ['occupy'], pos: ['VERB'], notForms: ['occupying'], notPrev: ['-', 'the', 'a', 'an', 'temporarily', 'newly', 'partially', 'illegally', 'russian', 'russian-', 'of', 'in', 'still', 'currently', 'formerly', 'previously'], refine: 'side', weight: 0.7 },
  // The flag is what is raised: "raised concerns about false-flag operations" is no flag raising.
  { name: 'raise flag', type: 'territory.capture', lemmas: ['raise', 'hoist', 'plant'], object: ['flag', 'flags', 'banner'], refine: 'side', weight: 0.6 },
  // "Made territorial gains / advances toward X": ground taken, in the reports' words; not gains in polls or markets.
  { name: 'gains', type: 'territory.capture', lemmas: ['advance', 'gain'], pos: ['NOUN'], context: ['forces', 'troops', 'units', 'territorial', 'frontline', 'front', 'positions'], veto: ['economic', 'electoral', 'poll', 'polls', 'market', 'markets', 'stock', 'stocks', 'profit', 'profits', 'vote', 'votes', 'diplomatic', 'talks'], refine: 'side', weight: 0.55 },
  { name: 'liberate', type: 'territory.recapture', lemmas: ['liberate', 'liberation', 'retake', 'recapture', 'regain', 'reclaim'], refine: 'side', weight: 0.8 },
  // "Three were pulled out alive": a rescue, not a retreat.
  { name: 'pull out', type: 'retreat.withdrawal', lemmas: ['pull'], next: [['out'], ['back']], veto: ['alive', 'rubble', 'debris', 'survivor', 'rescuer', 'rescue'], refine: 'movement', weight: 0.7 },
  { name: 'withdraw', type: 'retreat.withdrawal', lemmas: ['withdraw', 'withdrawal', 'retreat'], veto: NOT_TERRITORY, refine: 'movement', weight: 0.75 },
  // "..., leaving 1,500 trucks waiting", "leaving two dead": what an event left behind, not a retreat.
  { name: 'leave a place', type: 'retreat.withdrawal', lemmas: ['leave', 'abandon', 'depart', 'flee'], pos: ['VERB'], context: PLACE_NOUNS, veto: CIVILIANS, notObject: LEFT_BEHIND, weight: 0.55 },
  { name: 'leave a named place', type: 'retreat.withdrawal', lemmas: ['leave', 'abandon'], pos: ['VERB'], nextPos: ['PROPN'], veto: CIVILIANS, notObject: LEFT_BEHIND, weight: 0.5 },
  { name: 'hand over', type: 'territory.transfer', lemmas: ['hand'], next: [['over']], context: PLACE_NOUNS, weight: 0.5 },
  { name: 'loot', type: 'looting', lemmas: ['loot', 'looting', 'plunder', 'pillage', 'ransack', 'steal'], weight: 0.75 },
  // "Issued an arrest warrant": a court's order, not an arrest.
  { name: 'arrest', type: 'arrest', lemmas: ['arrest', 'detain', 'detention'], notNext: ['warrant', 'warrants'], weight: 0.65 },
  { name: 'base established', type: 'base.established', lemmas: ['headquarters', 'base'], pos: ['NOUN'], context: ['establish', 'set', 'open'], weight: 0.5 },
  // Troops are reinforced; "a view the summer only reinforced" is not.
  { name: 'reinforcements', type: 'group.change', lemmas: ['reinforcement', 'mobilization', 'mobilisation'], pos: ['NOUN', 'PROPN'], weight: 0.4 },
  { name: 'deployment', type: 'military.deployment', lemmas: ['deployment', 'redeployment'], pos: ['NOUN', 'PROPN'], weight: 0.4 },
  { name: 'reinforce', type: 'group.change', lemmas: ['reinforce', 'mobilize', 'mobilise'], context: [...MILITARY, 'army', 'unit', 'units', 'brigade', 'brigades', 'position', 'positions', 'front', 'frontline', 'border', 'reservist', 'reservists', 'men', 'defence', 'defense', 'defences', 'defenses', 'personnel'], weight: 0.4 },
  // Troops sent, stationed or massed somewhere, and exercises held: what an analyst logs as a military move.
  { name: 'deploy troops', type: 'military.deployment', lemmas: ['send', 'deploy', 'station', 'mass', 'move', 'dispatch', 'transfer', 'commit', 'redeploy'], pos: ['VERB'], context: [...MILITARY, 'brigade', 'brigades', 'battalion', 'battalions', 'division', 'unit', 'units', 'ships', 'warships', 'destroyers', 'fighters', 'squadron', 'squadrons', 'submarine', 'carrier', 'paratroopers', 'marines'], weight: 0.45 },
  // Forces that go somewhere are deployed, whoever reports it: "the paratroopers will go to Poland", "more
  // helicopters arrived in the border region", "a submarine sailed through the strait". The force must be the
  // doer (just before the verb): "the minister flew to the capital to meet the troops" is a visit.
  { name: 'forces go to a place', type: 'military.deployment', lemmas: ['go', 'head', 'sail', 'arrive', 'move', 'relocate', 'redeploy', 'fly', 'travel', 'steam'], pos: ['VERB'], next: [['to'], ['in'], ['into'], ['through'], ['towards'], ['toward'], ['at']], doer: FORCES, weight: 0.45 },
  // Ordering a unit somewhere is its deployment, not a decision in the abstract: "ordered the airborne division to the east".
  { name: 'order forces', type: 'military.deployment', lemmas: ['order'], pos: ['VERB', 'NOUN'], object: FORCES, weight: 0.45 },
  // Forces put on alert or higher readiness: a military move an analyst logs ("put 8,500 troops on heightened alert").
  { name: 'put on alert', type: 'military.deployment', lemmas: ['put', 'place'], pos: ['VERB'], object: ['alert', 'readiness', 'preparedness', 'standby'], context: [...MILITARY, 'army', 'unit', 'units', 'brigade', 'brigades', 'division', 'divisions', 'personnel', 'reservists'], weight: 0.5 },
  { name: 'exercises', type: 'military.exercise', lemmas: ['exercise', 'exercises', 'drill', 'drills', 'manoeuvre', 'manoeuvres', 'maneuver', 'maneuvers', 'war-games', 'wargames'], notNext: ['restraint', 'caution', 'power', 'control', 'right', 'rights', 'influence', 'authority'], context: [...MILITARY, 'naval', 'joint', 'nuclear', 'army', 'navy', 'hold', 'conduct', 'begin', 'start', 'launch', 'end'], weight: 0.45 },
  // Defences built and forces regrouped at a place: what battlefield reports log between the attacks
  // ("established fortifications in X and Y", "consolidated their positions in X", "mined the river bank").
  // Not fortifying a peace or consolidating power: the works must be the military's.
  { name: 'fortify', type: 'military.deployment', lemmas: ['fortify', 'entrench'], pos: ['VERB'], context: [...MILITARY, 'army', 'unit', 'units', 'position', 'positions', 'line', 'lines'], veto: ['peace', 'power', 'alliance', 'ties', 'economy'], weight: 0.45 },
  { name: 'build defences', type: 'military.deployment', lemmas: ['consolidate', 'strengthen', 'establish', 'prepare', 'build', 'construct', 'dig', 'equip'], pos: ['VERB', 'ADJ'], object: ['positions', 'position', 'defenses', 'defences', 'trenches', 'fortifications', 'lines'], context: [...MILITARY, 'army', 'unit', 'units'], weight: 0.45 },
  { name: 'regroup', type: 'military.deployment', lemmas: ['regroup', 're-group', 'regrouping'], context: [...MILITARY, 'army', 'unit', 'units'], weight: 0.45 },
  { name: 'mine ground', type: 'military.deployment', lemmas: ['mine'], pos: ['VERB'], context: [...MILITARY, 'army', 'unit', 'units'], weight: 0.45 },
  { name: 'mass forces', type: 'military.deployment', lemmas: ['group', 'accumulate', 'concentrate', 'amass'], pos: ['VERB'], object: ['forces', 'troops', 'reserves', 'equipment', 'personnel'], weight: 0.45 },
  { name: 'presence', type: 'military.presence', lemmas: ['convoy', 'column', 'patrol', 'presence', 'movement', 'buildup', 'checkpoint'], context: MILITARY, weight: 0.3 },
  { name: 'forces moving', type: 'military.presence', lemmas: ['enter', 'move', 'drive', 'run', 'film', 'cross', 'transport', 'arrive', 'gather', 'mass', 'sighting'], context: MILITARY, lastResort: true, weight: 0.25 },
  { name: 'forces seen', type: 'military.presence', lemmas: MILITARY, lastResort: true, weight: 0.2 },
];
