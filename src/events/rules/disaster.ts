// Floods and dam breaches, and drownings they cause.
import type { TriggerRule } from './rule.js';

export const DISASTER_RULES: TriggerRule[] = [
  { name: 'flood', type: 'disaster.flood', lemmas: ['flood', 'flooding', 'inundate', 'inundation', 'submerge'], weight: 0.65 },
  { name: 'drown', type: 'disaster.flood', lemmas: ['drown'], weight: 0.65 },
  { name: 'dam breach', type: 'disaster.flood', lemmas: ['dam'], context: ['destruction', 'destroy', 'breach', 'collapse', 'blow', 'burst', 'disaster', 'explosion', 'break'], weight: 0.55 },
  { name: 'disaster', type: 'disaster.flood', lemmas: ['disaster'], context: ['dam', 'flood', 'water', 'flooding'], weight: 0.5 },
];
