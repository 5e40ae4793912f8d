// Tolls the casualty reader must count, on sentences written for these tests: a count after an active verb with
// its qualifier ("killing at least one", "killed more than 20"), armies' claims of enemies "eliminated" (people
// only), and murder, which is a death.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/events/args/casualties.js';
import { splitSentences } from '../../src/annotate/sentences/index.js';

const dead = (text: string) => findCasualties(splitSentences(text)[0]!.tokens).filter((c) => c.kind === 'dead').map((c) => c.count);

describe('tolls after an active verb', () => {
  it('reads "at least" and "more than" before the count', () => {
    expect(dead('A shell hit the school in Hilltown, killing at least one and wounding four.')[0]).toMatchObject({ low: 1, best: 1, high: null });
    expect(dead('The raid on the depot killed more than 20 soldiers.')[0]).toMatchObject({ low: 20, best: 20, high: null });
    expect(dead('The blast killed up to 12 workers.')[0]).toMatchObject({ best: 12, high: 12 });
  });
});

describe('claims of enemies eliminated', () => {
  it('count the people eliminated, not the vehicles', () => {
    expect(dead('The brigade said it had eliminated 35 servicemembers near Hilltown.')[0]).toMatchObject({ best: 35 });
    expect(dead('Paratroopers eliminated three tanks and 14 soldiers overnight.')[0]).toMatchObject({ best: 14 });
  });

  it('are no toll when what is eliminated is not people', () => {
    expect(dead('The new checkpoint eliminated the delays at the crossing.')).toEqual([]);
    expect(dead('Gunners eliminated two howitzers.')).toEqual([]);
  });
});

describe('murder', () => {
  it('counts as deaths', () => {
    expect(dead('Police are investigating the double murder of a village mayor and his brother.')[0]).toMatchObject({ best: 2 });
    expect(dead('Masked men murdered four farmers outside Hilltown.')[0]).toMatchObject({ best: 4 });
  });
});
