// Who did it and to whom: the subject of a verb trigger (or the modifiers, "by" phrase or nearest named
// person of a noun trigger) is actor1; the object is actor2 when armed, the target when civilian.
import type { EntityMention, Token } from '../../annotate/types.js';
import type { EventActor } from '../types.js';
import { sideOfPhrase } from '../lexicon/sides.js';
import { modifiersBefore, phraseAfter, phraseAfterWord, rangeText, subjectBefore, type TokenRange } from './phrase.js';

/** Head nouns that make a phrase an actor even without a name in it. */
const ACTOR_HEADS = new Set([
  'forces', 'force', 'troops', 'military', 'army', 'units', 'unit', 'soldiers', 'servicemen', 'police', 'people',
  'men', 'group', 'rebels', 'militants', 'farmers', 'protesters', 'demonstrators', 'activists', 'residents',
  'government', 'ministry', 'authorities', 'guard', 'service', 'navy', 'fleet', 'drone', 'drones', 'aviation',
  'mercenaries', 'partisans', 'brigade', 'battalion', 'regiment', 'command', 'staff', 'president', 'leader',
]);
const ARMED_HEADS = new Set(['forces', 'force', 'troops', 'military', 'army', 'units', 'soldiers', 'servicemen', 'positions', 'position', 'rebels', 'militants', 'mercenaries', 'brigade', 'battalion', 'navy', 'fleet']);
const CIVILIAN_HEADS = new Set(['civilian', 'civilians', 'resident', 'residents', 'man', 'woman', 'men', 'women', 'child', 'children', 'boy', 'girl', 'journalist', 'journalists', 'activist', 'activists', 'couple', 'family', 'people', 'villagers', 'patients', 'volunteers', 'teacher', 'priest', 'director', 'mayor', 'official', 'head']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'him', 'them', 'we', 'i']);

export interface ActorContext {
  text: string;
  tokens: readonly Token[];
  entities: readonly EntityMention[];
  /** The last named actor of the document so far, for pronouns. */
  lastPerson: EventActor | null;
  lastGroup: EventActor | null;
}

function entityIn(ctx: ActorContext, r: TokenRange): EntityMention | undefined {
  const start = ctx.tokens[r.first]!.start;
  const end = ctx.tokens[r.last - 1]!.end;
  return ctx.entities.find((e) => e.start < end && e.end > start);
}

function cleanName(s: string): string {
  return s.replace(/^(the|a|an|some|two|three)\s+/i, '').replace(/[\u2019']s$/, '').trim();
}

function looksLikeActor(ctx: ActorContext, r: TokenRange): boolean {
  for (let i = r.first; i < r.last; i++) {
    const t = ctx.tokens[i]!;
    if (t.pos === 'PROPN') return true;
    const low = t.text.toLowerCase();
    if (ACTOR_HEADS.has(low) || sideOfPhrase(low)) return true;
  }
  return false;
}

function actorOf(ctx: ActorContext, r: TokenRange, role: EventActor['role']): EventActor | null {
  const words = rangeText(ctx.text, ctx.tokens, r);
  const low = words.toLowerCase();
  if (PRONOUNS.has(low)) {
    const ref = low === 'they' || low === 'them' || low === 'their' ? ctx.lastGroup ?? ctx.lastPerson : ctx.lastPerson;
    return ref ? { ...ref, role } : null;
  }
  const entity = entityIn(ctx, r);
  if (entity) {
    const side = entity.side ?? sideOfPhrase(words);
    return { name: entity.canonical, role, ...(side ? { side } : {}) };
  }
  if (!looksLikeActor(ctx, r)) return null;
  const side = sideOfPhrase(words);
  return { name: cleanName(words), role, ...(side ? { side } : {}) };
}

/** The nearest person or group named before `i` in the sentence: "Zelensky's second trip ... visit". */
function nearestNamed(ctx: ActorContext, i: number): EventActor | null {
  const at = ctx.tokens[i]!.start;
  const sentenceStart = ctx.tokens[0]!.start;
  const named = ctx.entities.filter((e) => e.end <= at && e.start >= sentenceStart && (e.type === 'PERSON' || e.type === 'GROUP'));
  const e = named[named.length - 1];
  if (e) return { name: e.canonical, role: 'actor1', ...(e.side ? { side: e.side } : {}) };
  for (let j = i - 1; j >= 1; j--) {
    const t = ctx.tokens[j]!;
    if ((t.text === "'s" || t.text === '\u2019s') && ctx.tokens[j - 1]!.pos === 'PROPN') {
      let first = j - 1;
      while (first > 0 && ctx.tokens[first - 1]!.pos === 'PROPN') first--;
      return actorOf(ctx, { first, last: j }, 'actor1');
    }
  }
  return null;
}

export function findActors(ctx: ActorContext, first: number, last: number, nounTrigger: boolean): EventActor[] {
  const actors: EventActor[] = [];
  let actor1: EventActor | null = null;
  let undergoer: EventActor | null = null;
  if (nounTrigger) {
    const mods = modifiersBefore(ctx.tokens, first);
    actor1 = (mods && actorOf(ctx, mods, 'actor1')) || null;
    const by = phraseAfterWord(ctx.tokens, last - 1, ['by', 'of'], 3);
    if (!actor1 && by) actor1 = actorOf(ctx, by, 'actor1');
    if (!actor1) {
      const subj = subjectBefore(ctx.tokens, first);
      actor1 = subj ? actorOf(ctx, subj, 'actor1') : null;
    }
    actor1 ??= nearestNamed(ctx, first);
  } else {
    // Passive: "areas captured by Russian forces" names the doer after "by"; the subject was done to.
    const by = ctx.tokens[last]?.text.toLowerCase() === 'by' ? phraseAfter(ctx.tokens, last) : null;
    const doer = by ? actorOf(ctx, by, 'actor1') : null;
    const subj = subjectBefore(ctx.tokens, first);
    actor1 = doer ?? (subj ? actorOf(ctx, subj, 'actor1') : null);
    if (doer && subj) undergoer = actorOf(ctx, subj, isArmedActor(actorOf(ctx, subj, 'actor2') ?? undefined) ? 'actor2' : 'target');
  }
  if (actor1) actors.push(actor1);
  if (undergoer) actors.push(undergoer);
  const object = nounTrigger ? null : phraseAfter(ctx.tokens, last - 1);
  const other = phraseAfterWord(ctx.tokens, last - 1, ['with', 'by', 'against'], 8);
  for (const r of [object, other]) {
    if (!r) continue;
    const heads = new Set<string>();
    for (let k = r.first; k < r.last; k++) heads.add(ctx.tokens[k]!.text.toLowerCase());
    const armed = [...heads].some((h) => ARMED_HEADS.has(h));
    const civilian = [...heads].some((h) => CIVILIAN_HEADS.has(h));
    const named = actorOf(ctx, r, armed ? 'actor2' : 'target');
    if (named && (armed || civilian || named.side) && !actors.some((a) => a.name === named.name)) actors.push(named);
    else if (!named && civilian) actors.push({ name: cleanName(rangeText(ctx.text, ctx.tokens, r)), role: 'target' });
  }
  return actors;
}

/** Whether the phrase after the trigger names civilians, or armed men. */
export function targetKind(tokens: readonly Token[], last: number): 'civilian' | 'armed' | 'unknown' {
  const r = phraseAfter(tokens, last - 1);
  if (!r) return 'unknown';
  for (let k = r.first; k < r.last; k++) {
    const w = tokens[k]!.text.toLowerCase();
    if (ARMED_HEADS.has(w)) return 'armed';
    if (CIVILIAN_HEADS.has(w)) return 'civilian';
  }
  return tokens[r.first]!.pos === 'PROPN' && tokens[r.last - 1]!.pos === 'PROPN' && r.last - r.first >= 2 ? 'civilian' : 'unknown';
}

export function isArmedActor(a: EventActor | undefined): boolean {
  if (!a) return false;
  return a.name.toLowerCase().split(/\s+/).some((w) => ARMED_HEADS.has(w)) || !!a.side;
}
