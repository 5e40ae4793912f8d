// sitrep's own event types, as data: each maps onto ACLED's event/sub-event type (where one fits) and onto a
// PLOVER category and mode. `family` groups types that describe the same kind of happening, so that
// coordinated triggers in one clause ("shelled, assaulted and were repulsed") become one event; `rank` orders
// the types of one family the way ACLED's coding precedence does (a ground assault with shelling is a
// clash; an air strike with shelling is an air strike).

export type EventFamily = 'violence' | 'territory' | 'disruption' | 'civil' | 'political' | 'disaster' | 'presence';

export interface EventTypeInfo {
  acled: { event_type: string; sub_event_type: string } | null;
  plover: string | null;
  ploverMode: string | null;
  family: EventFamily;
  /** Higher wins when triggers of one family share a clause. */
  rank: number;
  /** Events that are themselves speech or decisions: a time expression on the speech verb dates them. */
  communicative?: boolean;
  /** Says only that a happening of its family took place ("the protesters"): a more telling mention of the
   * family in the same document is the same happening and gives its type. */
  generic?: boolean;
}

const ERV = 'Explosions/Remote violence';
const SD = 'Strategic developments';
const VAC = 'Violence against civilians';

const acled = (event_type: string, sub_event_type: string) => ({ event_type, sub_event_type });

export const EVENT_TYPES = {
  'territory.capture': { acled: acled('Battles', 'Non-state actor overtakes territory'), plover: 'COERCE', ploverMode: 'seize', family: 'violence', rank: 90 },
  'territory.recapture': { acled: acled('Battles', 'Government regains territory'), plover: 'COERCE', ploverMode: 'seize', family: 'violence', rank: 91 },
  'battle.armed-clash': { acled: acled('Battles', 'Armed clash'), plover: 'ASSAULT', ploverMode: 'firearms', family: 'violence', rank: 80 },
  'strike.air': { acled: acled(ERV, 'Air/drone strike'), plover: 'ASSAULT', ploverMode: 'aerial', family: 'violence', rank: 70 },
  'strike.drone': { acled: acled(ERV, 'Air/drone strike'), plover: 'ASSAULT', ploverMode: 'aerial', family: 'violence', rank: 71 },
  'strike.chemical': { acled: acled(ERV, 'Chemical weapon'), plover: 'ASSAULT', ploverMode: 'CBRN', family: 'violence', rank: 72 },
  'strike.missile': { acled: acled(ERV, 'Shelling/artillery/missile attack'), plover: 'ASSAULT', ploverMode: 'explosives', family: 'violence', rank: 61 },
  'strike.shelling': { acled: acled(ERV, 'Shelling/artillery/missile attack'), plover: 'ASSAULT', ploverMode: 'explosives', family: 'violence', rank: 60 },
  'explosive.suicide': { acled: acled(ERV, 'Suicide bomb'), plover: 'ASSAULT', ploverMode: 'explosives', family: 'violence', rank: 55 },
  'explosive.grenade': { acled: acled(ERV, 'Grenade'), plover: 'ASSAULT', ploverMode: 'explosives', family: 'violence', rank: 52 },
  'explosive.mine': { acled: acled(ERV, 'Remote explosive/landmine/IED'), plover: 'ASSAULT', ploverMode: 'explosives', family: 'violence', rank: 51 },
  // An explosion with no weapon named is, by ACLED's coding, a remote explosive: shelling names its guns.
  'explosion.unspecified': { acled: acled(ERV, 'Remote explosive/landmine/IED'), plover: 'ASSAULT', ploverMode: 'explosives', family: 'violence', rank: 40 },
  'violence.sexual': { acled: acled(VAC, 'Sexual violence'), plover: 'ASSAULT', ploverMode: 'sexual', family: 'violence', rank: 47 },
  'violence.abduction': { acled: acled(VAC, 'Abduction/forced disappearance'), plover: 'ASSAULT', ploverMode: 'abduct', family: 'violence', rank: 46 },
  'violence.attack-civilians': { acled: acled(VAC, 'Attack'), plover: 'ASSAULT', ploverMode: 'beat', family: 'violence', rank: 48 },
  'riot.violent-demonstration': { acled: acled('Riots', 'Violent demonstration'), plover: 'PROTEST', ploverMode: 'riot', family: 'civil', rank: 30 },
  'riot.mob': { acled: acled('Riots', 'Mob violence'), plover: 'ASSAULT', ploverMode: 'beat', family: 'civil', rank: 29 },
  'protest.excessive-force': { acled: acled('Protests', 'Excessive force against protesters'), plover: 'COERCE', ploverMode: 'repress', family: 'civil', rank: 28 },
  'protest.intervention': { acled: acled('Protests', 'Protest with intervention'), plover: 'PROTEST', ploverMode: 'demonstrate', family: 'civil', rank: 27 },
  'protest.blockade': { acled: acled('Protests', 'Peaceful protest'), plover: 'PROTEST', ploverMode: 'block', family: 'civil', rank: 26 },
  'protest.peaceful': { acled: acled('Protests', 'Peaceful protest'), plover: 'PROTEST', ploverMode: 'demonstrate', family: 'civil', rank: 25, generic: true },
  'looting': { acled: acled(SD, 'Looting/property destruction'), plover: 'COERCE', ploverMode: 'seize', family: 'civil', rank: 24 },
  'arrest': { acled: acled(SD, 'Arrests'), plover: 'COERCE', ploverMode: 'arrest', family: 'civil', rank: 23 },
  'weapons.disrupted': { acled: acled(SD, 'Disrupted weapons use'), plover: 'COERCE', ploverMode: 'disrupt', family: 'disruption', rank: 20 },
  'retreat.withdrawal': { acled: acled(SD, 'Non-violent transfer of territory'), plover: 'RETREAT', ploverMode: 'withdraw', family: 'territory', rank: 19 },
  'territory.transfer': { acled: acled(SD, 'Non-violent transfer of territory'), plover: 'CONCEDE', ploverMode: 'territory', family: 'territory', rank: 18 },
  'base.established': { acled: acled(SD, 'Headquarters or base established'), plover: 'MOBILIZE', ploverMode: 'troops', family: 'presence', rank: 17 },
  'group.change': { acled: acled(SD, 'Change to group/activity'), plover: 'MOBILIZE', ploverMode: 'troops', family: 'presence', rank: 16 },
  'military.deployment': { acled: acled(SD, 'Other'), plover: 'MOBILIZE', ploverMode: 'troops', family: 'presence', rank: 12 },
  'military.exercise': { acled: acled(SD, 'Other'), plover: 'MOBILIZE', ploverMode: 'exercise', family: 'presence', rank: 11 },
  'military.presence': { acled: acled(SD, 'Other'), plover: 'MOBILIZE', ploverMode: 'troops', family: 'presence', rank: 10 },
  'agreement': { acled: acled(SD, 'Agreement'), plover: 'AGREE', ploverMode: null, family: 'political', rank: 15, communicative: true },
  'exchange.prisoners': { acled: acled(SD, 'Agreement'), plover: 'RETREAT', ploverMode: 'release', family: 'political', rank: 14 },
  'visit': { acled: null, plover: 'CONSULT', ploverMode: 'visit', family: 'political', rank: 12 },
  // Consultations (PLOVER CONSULT) share the "visit" namespace: a meeting or talks held, a call between leaders.
  'visit.meeting': { acled: null, plover: 'CONSULT', ploverMode: 'meet', family: 'political', rank: 13 },
  'visit.call': { acled: null, plover: 'CONSULT', ploverMode: 'phone', family: 'political', rank: 12, communicative: true },
  'decision': { acled: acled(SD, 'Other'), plover: null, ploverMode: null, family: 'political', rank: 11, communicative: true },
  'decision.sanctions': { acled: null, plover: 'SANCTION', ploverMode: null, family: 'political', rank: 11, communicative: true },
  'decision.aid': { acled: null, plover: 'AID', ploverMode: 'military', family: 'political', rank: 11, communicative: true },
  // Below what is voted on: "adopted sanctions", "voted to approve the aid" are sanctions and aid.
  'decision.vote': { acled: null, plover: null, ploverMode: null, family: 'political', rank: 10, communicative: true },
  'statement': { acled: null, plover: null, ploverMode: null, family: 'political', rank: 5, communicative: true },
  'disaster.flood': { acled: null, plover: null, ploverMode: null, family: 'disaster', rank: 9 },
  // Buildings and infrastructure damaged by a strike the text does not name: ACLED codes the strike as shelling.
  'infrastructure.damage': { acled: acled(ERV, 'Shelling/artillery/missile attack'), plover: 'ASSAULT', ploverMode: 'explosives', family: 'violence', rank: 8 },
  'casualties.report': { acled: null, plover: 'ASSAULT', ploverMode: null, family: 'violence', rank: 7 },
} as const satisfies Record<string, EventTypeInfo>;

export type EventTypeId = keyof typeof EVENT_TYPES;

export function typeInfo(id: EventTypeId): EventTypeInfo {
  return EVENT_TYPES[id];
}

/** Whether a type only says that a happening of its family took place (see EventTypeInfo.generic). */
export function isGenericType(type: EventTypeId): boolean {
  const info: EventTypeInfo = EVENT_TYPES[type];
  return info.generic === true;
}
