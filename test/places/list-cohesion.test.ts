// The places one sentence names lie in one theatre: a village whose name no other place bears says where its
// sentence is, and a namesake town at the other end of the country gives way to the village beside it.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { placesIn } from './helpers.js';

describe('places named together', () => {
  it('a town-sized name listed with a front-line village is the namesake village beside it', () => {
    const ms = placesIn('Russian forces shelled Dolyna and Bohorodychne on Tuesday.');
    expect(ms.find((m) => m.text === 'Dolyna')?.place.admin1).toBe('Donetsk');
    expect(ms.find((m) => m.text === 'Bohorodychne')?.place.admin1).toBe('Donetsk');
  });

  it('a village named alone does not pull the town away from its own name', () => {
    expect(placesIn('Police in Dolyna detained two men on Tuesday.').find((m) => m.text === 'Dolyna')?.place.admin1).toBe('Ivano-Frankivsk');
  });

  it('two names that each have namesakes resolve to the pair of namesakes that lie beside each other', () => {
    // Neither name is sure alone: "Spirne" is a village in Sumy, Donetsk and Zhytomyr oblasts; only the
    // Donetsk one lies beside a Bilohorivka.
    const ms = placesIn('Fighting went on near Bilohorivka and Spirne.');
    expect(ms.find((m) => m.text === 'Spirne')?.place.admin1).toBe('Donetsk');
  });
});
