// Visits, meetings and calls, statements, decisions (sanctions, aid, votes), agreements, prisoner exchanges.
import type { TriggerRule } from './rule.js';

export const POLITICAL_RULES: TriggerRule[] = [
  { name: 'prisoner exchange', type: 'exchange.prisoners', lemmas: ['exchange', 'swap', 'release', 'return'], context: ['prisoner', 'prisoners', 'pow', 'pows', 'captive', 'captives', 'war'], weight: 0.7 },
  { name: 'agreement', type: 'agreement', lemmas: ['agreement', 'ceasefire', 'truce', 'memorandum', 'treaty', 'accord'], pos: ['NOUN', 'PROPN'], context: ['sign', 'reach', 'agree', 'conclude', 'broker', 'announce', 'strike', 'violate', 'extend'], weight: 0.5 },
  { name: 'agree', type: 'agreement', lemmas: ['agree'], pos: ['VERB'], weight: 0.45 },
  // A decree, an order or a law signed is a decision, not an agreement between parties.
  { name: 'sign a decree', type: 'decision', lemmas: ['sign'], pos: ['VERB'], object: ['decree', 'decrees', 'order', 'orders', 'law', 'laws', 'bill', 'bills', 'resolution', 'directive'], weight: 0.5 },
  { name: 'sign', type: 'agreement', lemmas: ['sign'], pos: ['VERB'], context: ['agreement', 'deal', 'memorandum', 'treaty', 'accord', 'declaration'], weight: 0.5 },
  // Crowds visit museums; a visit in the news is someone's: "500,000 people visited the memorial" is none.
  { name: 'visit', type: 'visit', lemmas: ['visit', 'trip', 'tour'], pos: ['VERB', 'NOUN'], notPrev: ['please', 'people', 'tourists', 'visitors', 'travellers', 'travelers', 'fans', 'pilgrims', 'guests', 'customers'], veto: ['website', 'site', 'page', 'www', 'http', 'https', 'subscribe'], weight: 0.65 },
  // Officials travel somewhere to be there: "will travel to Kyiv on Monday", "flew to Warsaw".
  { name: 'travel to', type: 'visit', lemmas: ['travel', 'fly'], pos: ['VERB'], next: [['to']], weight: 0.5 },
  // "the next day he will go to Moscow", "headed to Warsaw": going to a named place, not "go to war" or "to the polls".
  // Troops that go somewhere are deployed, not visiting: the deployment rules tell those.
  { name: 'go to a named place', type: 'visit', lemmas: ['go', 'head'], pos: ['VERB'], next: [['to']], nextPos: ['PROPN'], veto: ['troops', 'troop', 'soldiers', 'forces', 'battalion', 'battalions', 'brigade', 'brigades', 'division', 'units', 'paratroopers', 'marines', 'airborne', 'servicemen'], weight: 0.45 },
  // Honouring the dead at a place is an official's visit there: "paid tribute to the victims in ...".
  { name: 'pay tribute', type: 'visit', lemmas: ['pay'], next: [['tribute'], ['homage'], ['respects'], ['her', 'respects'], ['his', 'respects'], ['their', 'respects']], weight: 0.5 },
  { name: 'attend', type: 'visit', lemmas: ['attend'], pos: ['VERB'], notPrev: ['people', 'children', 'students', 'pupils', 'fans', 'visitors'], weight: 0.4 },
  { name: 'arrive in', type: 'visit', lemmas: ['arrive'], next: [['in'], ['at']], weight: 0.5 },
  // Consultations: talks held, leaders meeting or calling each other. Most mentions of talks are opinion
  // about them ("talks are the only way"); the learned decision (../decision) weighs each one.
  { name: 'hold talks', type: 'visit.meeting', lemmas: ['hold', 'have', 'conduct', 'resume', 'begin', 'start'], next: [['talks'], ['a', 'meeting'], ['a', 'summit'], ['negotiations'], ['consultations']], weight: 0.6 },
  { name: 'talks', type: 'visit.meeting', lemmas: ['talks', 'negotiations', 'consultations', 'summit', 'meeting', 'conference', 'session'], pos: ['NOUN', 'PROPN'], weight: 0.35 },
  { name: 'meet', type: 'visit.meeting', lemmas: ['meet', 'negotiate', 'confer', 'gather', 'convene'], pos: ['VERB'], notPrev: ['to'], weight: 0.5 },
  { name: 'discuss', type: 'visit.meeting', lemmas: ['discuss'], pos: ['VERB'], weight: 0.35 },
  { name: 'phone call', type: 'visit.call', lemmas: ['call', 'conversation', 'teleconference', 'videoconference', 'videocall'], pos: ['NOUN', 'PROPN'], context: ['phone', 'telephone', 'video', 'hold', 'have', 'leader', 'president', 'counterpart', 'minister', 'chancellor'], weight: 0.55 },
  { name: 'speak by phone', type: 'visit.call', lemmas: ['speak', 'talk'], next: [['by', 'phone'], ['by', 'telephone'], ['on', 'the', 'phone'], ['with'], ['to']], weight: 0.5 },
  // A call told with its subject ("talked about the crisis by phone with the chancellor") and two sides that
  // talked, with no object ("the two ministers talked on Saturday"): talks held, not speech about something.
  { name: 'talk on the phone', type: 'visit.call', lemmas: ['talk', 'speak'], pos: ['VERB'], context: ['phone', 'telephone', 'videoconference', 'videolink'], notPrev: ['to'], weight: 0.45 },
  { name: 'two sides talked', type: 'visit.meeting', lemmas: ['talk'], pos: ['VERB'], doer: ['and', 'leaders', 'ministers', 'presidents', 'sides', 'countries', 'counterparts', 'delegations', 'negotiators'], notNext: ['about', 'of', 'up', 'down', 'tough', 'openly', 'to'], weight: 0.45 },
  { name: 'sanctions', type: 'decision.sanctions', lemmas: ['sanction', 'sanctions', 'embargo', 'ban', 'blacklist'], context: ['impose', 'adopt', 'announce', 'introduce', 'approve', 'agree', 'extend', 'expand', 'new', 'package', 'slap', 'unveil', 'target'], weight: 0.45 },
  { name: 'aid delivery', type: 'decision.aid', lemmas: ['aid', 'assistance', 'package', 'delivery', 'deliveries', 'shipment', 'supply', 'supplies'], pos: ['NOUN', 'PROPN'], context: ['announce', 'approve', 'send', 'deliver', 'provide', 'pledge', 'allocate', 'supply', 'give', 'receive', 'arrive', 'military', 'weapons', 'billion', 'million', 'worth'], weight: 0.4 },
  { name: 'send weapons', type: 'decision.aid', lemmas: ['send', 'deliver', 'supply', 'provide', 'give', 'transfer', 'ship', 'donate', 'allocate'], pos: ['VERB'], context: ['weapon', 'weapons', 'missile', 'missiles', 'tank', 'tanks', 'vehicle', 'vehicles', 'ammunition', 'artillery', 'aid', 'assistance', 'system', 'systems', 'howitzer', 'howitzers', 'jets', 'aircraft', 'launcher', 'launchers', 'drone', 'drones', 'equipment', 'fund', 'funding', 'loan', 'grant', 'money'], weight: 0.45 },
  { name: 'vote', type: 'decision.vote', lemmas: ['vote', 'adopt', 'approve', 'pass', 'ratify', 'endorse', 'veto'], pos: ['VERB'], context: ['resolution', 'law', 'bill', 'motion', 'parliament', 'house', 'senate', 'congress', 'assembly', 'council', 'rada', 'duma', 'sejm', 'bundestag', 'package', 'budget', 'decree', 'measure', 'plan', 'treaty', 'membership'], notObject: ['sanction', 'sanctions', 'embargo'], weight: 0.5 },
  // Summoning or expelling an envoy is a diplomatic decision of its own; "summoned the courage" is none.
  { name: 'summon envoy', type: 'decision', lemmas: ['summon'], pos: ['VERB'], context: ['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'charge', 'chargé', "d'affaires", 'attache', 'attaché', 'embassy'], weight: 0.55 },
  // Joint appearances of two leaders are their meeting: "at a joint briefing with his counterpart".
  { name: 'joint appearance', type: 'visit.meeting', lemmas: ['briefing', 'appearance'], pos: ['NOUN'], context: ['joint', 'alongside', 'counterpart'], weight: 0.45 },
  { name: 'order', type: 'decision', lemmas: ['order', 'evacuate', 'evacuation', 'expel', 'expulsion', 'suspend', 'cancel', 'close', 'recognise', 'recognize', 'invite', 'authorise', 'authorize'], pos: ['VERB', 'NOUN'], notPrev: ['in', 'law', 'world', 'international', 'public', 'new', 'rules-based'], weight: 0.4 },
  // Blocking (or unblocking) a transfer, an export or an accession is a decision not to let it happen:
  // "blocked the sale of the jets to the neighbour". A road or a website blocked is no such decision.
  { name: 'block a transfer', type: 'decision', lemmas: ['block', 'unblock'], pos: ['VERB', 'NOUN'], object: ['transfer', 'transfers', 'delivery', 'deliveries', 'export', 'exports', 'shipment', 'shipments', 'sale', 'sales', 'supply', 'supplies', 'accession', 'membership', 'aid', 'package', 'funding', 'loan'], weight: 0.4 },
  // A refusal is a decision not to act (CODEBOOK): "refuses to hold the talks"; declining to comment is speech.
  { name: 'refuse to act', type: 'decision', lemmas: ['refuse', 'decline'], pos: ['VERB'], next: [['to']], notObject: ['comment', 'say', 'confirm', 'elaborate', 'discuss', 'specify', 'answer', 'respond', 'name', 'give', 'provide', 'disclose', 'reveal', 'speak', 'be', 'accept', 'believe'], weight: 0.4 },
  { name: 'decision', type: 'decision', lemmas: ['decide', 'decision'], weight: 0.5 },
  { name: 'statement', type: 'statement', lemmas: ['announce', 'declare', 'pledge', 'vow', 'promise'], pos: ['VERB', 'NOUN'], weight: 0.3 },
  // Warnings, threats and speeches are no events by the codebook unless they announce a decision: a rule of
  // their own, so that the decision weighs them apart from announcements.
  { name: 'warning or speech', type: 'statement', lemmas: ['warn', 'threaten', 'address'], pos: ['VERB', 'NOUN'], weight: 0.25 },
];
