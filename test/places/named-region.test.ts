// "X region" where X is a named region that is no admin area ("the Donbas region") is that region, as the bare
// name is. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { placesIn } from './helpers.js';

describe('a named region written with "region"', () => {
  it('is found as the region, as its bare name is', () => {
    const bare = placesIn('Heavy fighting went on in the Donbas on Monday.').map((m) => m.place.name);
    const written = placesIn('Heavy fighting went on in the Donbas region on Monday.').map((m) => m.place.name);
    expect(bare).toContain('Donbas');
    expect(written).toContain('Donbas');
  });

  it('an unknown name before "region" is still no place', () => {
    expect(placesIn('Heavy rain fell on the Blorvan region on Monday.').map((m) => m.text)).toEqual([]);
  });
});
