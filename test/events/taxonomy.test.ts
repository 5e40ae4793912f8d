import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/events/taxonomy.js';
import { RULES, RULE_INDEX } from '../../src/events/rules/index.js';
import { lemmaCandidates, lemmaIn } from '../../src/events/lexicon/lemma.js';
import { findInstruments, leadingInstrument } from '../../src/events/lexicon/instruments.js';
import { splitSentences } from '../../src/annotate/sentences/index.js';

const ACLED_SUB_TYPES = [
  'Armed clash', 'Government regains territory', 'Non-state actor overtakes territory',
  'Shelling/artillery/missile attack', 'Air/drone strike', 'Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb',
  'Chemical weapon', 'Attack', 'Abduction/forced disappearance', 'Sexual violence', 'Looting/property destruction',
  'Peaceful protest', 'Protest with intervention', 'Excessive force against protesters', 'Violent demonstration',
  'Mob violence', 'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
  'Headquarters or base established', 'Non-violent transfer of territory', 'Other',
];

describe('taxonomy and rule tables', () => {
  it('maps onto every one of the 25 ACLED sub-event types', () => {
    const mapped = new Set(Object.values(EVENT_TYPES).map((t) => t.acled?.sub_event_type).filter(Boolean));
    for (const sub of ACLED_SUB_TYPES) expect(mapped, sub).toContain(sub);
  });

  it('every rule names a known type and has a weight in 0..1', () => {
    for (const r of RULES) {
      expect(EVENT_TYPES, r.name).toHaveProperty([r.type]);
      expect(r.weight).toBeGreaterThan(0);
      expect(r.weight).toBeLessThanOrEqual(1);
    }
  });

  it('indexes phrase rules before single-word rules of the same lemma', () => {
    const shoot = RULE_INDEX.get('shoot')!;
    expect(shoot[0]!.next).toBeDefined();
  });

  it('finds base forms of inflected triggers', () => {
    expect(lemmaCandidates('shelled')).toContain('shell');
    expect(lemmaCandidates('repelled')).toContain('repel');
    expect(lemmaCandidates('captured')).toContain('capture');
    expect(lemmaCandidates('struck')[0]).toBe('strike');
    expect(lemmaIn('Withdrawing', new Set(['withdraw']))).toBe('withdraw');
  });

  it('reads weapons, phrases and model names', () => {
    const tokens = splitSentences('They fired two S-300 missiles and used heavy machine guns.')[0]!.tokens;
    const found = findInstruments(tokens).map((f) => f.instrument);
    expect(found).toContain('missile');
    expect(found).toContain('heavy-weapons');
    expect(leadingInstrument(findInstruments(tokens))).toBe('missile');
    const drone = splitSentences('A UAV-borne grenade hit the car.')[0]!.tokens;
    expect(leadingInstrument(findInstruments(drone))).toBe('drone');
  });
});
