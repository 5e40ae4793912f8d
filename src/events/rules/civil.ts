// Protests, riots, blockades by civilians.
import type { TriggerRule } from './rule.js';

const ARMED = ['force', 'forces', 'troops', 'troop', 'army', 'military', 'navy', 'fleet'];

export const CIVIL_RULES: TriggerRule[] = [
  { name: 'smoke bombs', type: 'riot.violent-demonstration', lemmas: ['throw', 'hurl'], context: ['smoke', 'stone', 'stones', 'egg', 'eggs', 'molotov', 'firecracker', 'firecrackers', 'crowd', 'police'], weight: 0.7 },
  // "Riot police used water cannon": the police, not a riot (the protest rules see what they did).
  { name: 'riot', type: 'riot.violent-demonstration', lemmas: ['riot', 'rioter'], notNext: ['police', 'policemen', 'officers', 'gear', 'shield', 'shields', 'squad', 'squads', 'control', 'troops', 'unit', 'units'], weight: 0.7 },
  { name: 'mob', type: 'riot.mob', lemmas: ['mob'], weight: 0.55 },
  { name: 'protest', type: 'protest.peaceful', lemmas: ['protest', 'protester', 'demonstrate', 'demonstration', 'demonstrator', 'rally', 'picket', 'sit-in'], refine: 'protest', veto: ARMED, weight: 0.7 },
  { name: 'gather to demand', type: 'protest.peaceful', lemmas: ['gather', 'march'], pos: ['VERB'], notForms: ['march'], context: ['demand', 'demanding', 'protest', 'demonstrator', 'demonstrators', 'activist', 'activists', 'slogan', 'slogans', 'support'], refine: 'protest', weight: 0.6 },
  { name: 'blockade', type: 'protest.blockade', lemmas: ['block', 'blockade'], pos: ['VERB', 'NOUN'], context: ['farmer', 'farmers', 'protester', 'protesters', 'activist', 'activists', 'driver', 'drivers', 'trucker', 'truckers', 'road', 'roads', 'highway', 'crossing', 'border', 'checkpoint', 'truck', 'trucks', 'resident', 'residents'], veto: ARMED, refine: 'protest', weight: 0.7 },
];
