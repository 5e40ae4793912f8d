// Visits, statements, decisions, agreements, prisoner exchanges.
import type { TriggerRule } from './rule.js';

export const POLITICAL_RULES: TriggerRule[] = [
  { name: 'prisoner exchange', type: 'exchange.prisoners', lemmas: ['exchange', 'swap', 'release', 'return'], context: ['prisoner', 'prisoners', 'pow', 'pows', 'captive', 'captives', 'war'], weight: 0.7 },
  { name: 'agreement', type: 'agreement', lemmas: ['agreement', 'ceasefire', 'truce', 'memorandum', 'treaty', 'accord'], pos: ['NOUN', 'PROPN'], context: ['sign', 'reach', 'agree', 'conclude', 'broker', 'announce', 'strike', 'violate', 'extend'], weight: 0.5 },
  { name: 'agree', type: 'agreement', lemmas: ['agree'], pos: ['VERB'], weight: 0.45 },
  { name: 'sign', type: 'agreement', lemmas: ['sign'], pos: ['VERB'], context: ['agreement', 'deal', 'memorandum', 'treaty', 'accord', 'declaration'], weight: 0.5 },
  // Crowds visit museums; a visit in the news is someone's: "500,000 people visited the memorial" is none.
  { name: 'visit', type: 'visit', lemmas: ['visit', 'trip', 'tour'], pos: ['VERB', 'NOUN'], notPrev: ['please', 'people', 'tourists', 'visitors', 'travellers', 'travelers', 'fans', 'pilgrims', 'guests', 'customers'], veto: ['website', 'site', 'page', 'www', 'http', 'https', 'subscribe'], weight: 0.65 },
  { name: 'arrive in', type: 'visit', lemmas: ['arrive'], next: [['in'], ['at']], weight: 0.5 },
  { name: 'decision', type: 'decision', lemmas: ['decide', 'decision'], weight: 0.5 },
  { name: 'statement', type: 'statement', lemmas: ['announce', 'declare', 'pledge', 'vow', 'promise', 'warn', 'threaten', 'address'], pos: ['VERB', 'NOUN'], weight: 0.3 },
];
