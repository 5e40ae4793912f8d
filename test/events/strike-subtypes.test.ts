// ACLED sub-types of strikes the text tells only by their effect, on sentences written for these tests: damage to
// buildings and infrastructure by an unnamed strike is coded as shelling, an explosion with no weapon named as a
// remote explosive.
import { describe, expect, it } from 'vitest';
import { eventsOf } from './fixture.js';

const subOf = (text: string, type: string) => eventsOf(text).find((e) => e.type === type)?.acled?.sub_event_type ?? null;

describe('strikes told by their effect', () => {
  it('a building damaged on a day at a place is a shelling in ACLED terms', () => {
    expect(subOf('On 3 May 2024, the school building in Hilltown was badly damaged.', 'infrastructure.damage')).toBe('Shelling/artillery/missile attack');
  });

  it('an explosion with no weapon named is a remote explosive', () => {
    expect(subOf('On 3 May 2024, an explosion wrecked a car near the police station in Hilltown.', 'explosion.unspecified')).toBe('Remote explosive/landmine/IED');
  });

  it('an explosion with its weapon named keeps the weapon\'s sub-type', () => {
    expect(eventsOf('On 3 May 2024, a missile explosion wrecked a car near the police station in Hilltown.').some((e) => e.acled?.sub_event_type === 'Remote explosive/landmine/IED')).toBe(false);
  });
});
