// Hedges, conditions, negation scope, plans and history: what the words around a trigger say about whether
// it happened. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { docOf, eventsOf, top } from './fixture.js';
import { extractEvents } from '../../src/events/index.js';

const hilltown = [{ text: 'Hilltown', place: { name: 'Hilltown' } }];
const modalityOf = (text: string, extra: { timexes?: Array<{ text: string; value: string }>; reportTime?: string | null } = {}) =>
  top(eventsOf({ text, places: hilltown, ...extra })).modality;

describe('hedges', () => {
  it('"reportedly", "allegedly", "likely" on a past deed: claimed', () => {
    expect(modalityOf('Russian forces reportedly shelled Hilltown.')).toBe('claimed');
    expect(modalityOf('Troops allegedly looted shops in Hilltown.')).toBe('claimed');
    expect(modalityOf('Russian forces likely conducted strikes on Hilltown.')).toBe('claimed');
    expect(modalityOf('The institute assesses that Russian forces shelled Hilltown.')).toBe('claimed');
  });

  it('an attempted assault was made: not a plan', () => {
    expect(modalityOf('Enemy troops attempted to advance on Hilltown on Monday.', { timexes: [{ text: 'Monday', value: '2024-03-11' }] })).not.toBe('planned');
    expect(modalityOf('Enemy troops tried to storm Hilltown on Monday.', { timexes: [{ text: 'Monday', value: '2024-03-11' }] })).not.toBe('planned');
    expect(modalityOf('Enemy troops will try to storm Hilltown next week.', { timexes: [{ text: 'next week', value: '2024-W12' }] })).toBe('planned');
  });

  it('"likely to" looks ahead: hypothetical', () => {
    expect(modalityOf('Russian forces are likely to attack Hilltown on Friday.', { timexes: [{ text: 'Friday', value: '2024-03-15' }] })).toBe('hypothetical');
  });

  it('a condition at the head of the sentence covers its consequence', () => {
    const t = [{ text: 'Monday', value: '2024-03-18' }];
    expect(modalityOf('If the dam fails, water will flood Hilltown on Monday.', { timexes: t })).toBe('hypothetical');
    expect(modalityOf('However, if talks fail, the army will shell Hilltown on Monday.', { timexes: t })).toBe('hypothetical');
    expect(modalityOf('In the event of a breakthrough, artillery would shell Hilltown on Monday.', { timexes: t })).toBe('hypothetical');
  });

  it('a noun trigger governed by a modal after it', () => {
    expect(modalityOf('An attack on Hilltown on Monday could cut the road.', { timexes: [{ text: 'Monday', value: '2024-03-18' }] })).toBe('hypothetical');
  });
});

describe('negation scope', () => {
  it('"not only ... but" asserts', () => {
    expect(modalityOf('The army not only shelled Hilltown but also mined the roads.')).toBe('asserted');
  });

  it('a negation in another clause does not reach the trigger', () => {
    expect(modalityOf('The governor did not comment, but troops shelled Hilltown.')).toBe('asserted');
    expect(modalityOf('The army did not shell Hilltown.')).toBe('negated');
  });
});

describe('plans and history', () => {
  it('a date after the report time makes a plan', () => {
    expect(modalityOf('Troops withdraw from Hilltown on 20 March.', { timexes: [{ text: '20 March', value: '2024-03-20' }], reportTime: '2024-03-15' })).toBe('planned');
  });

  it('an earlier era makes history', () => {
    expect(modalityOf('During World War Two, bombers destroyed Hilltown.')).toBe('historical');
  });

  it('without a report time, the latest date the document names stands for it', () => {
    const doc = docOf({
      text: 'In March 2014, troops seized Hilltown. On 2 May 2022, shelling hit Hilltown again.',
      reportTime: null,
      places: hilltown,
      timexes: [{ text: 'March 2014', value: '2014-03' }, { text: '2 May 2022', value: '2022-05-02' }],
    });
    doc.published = null;
    const { events } = extractEvents(doc);
    expect(events.find((e) => e.type === 'territory.capture')?.modality).toBe('historical');
    expect(events.find((e) => e.acled?.event_type === 'Explosions/Remote violence')?.modality).toBe('asserted');
  });
});

describe('demands, expectations and capabilities', () => {
  it('"called on X to withdraw", "urged": a demand, no withdrawal (the codebook codes no demands)', () => {
    const withdrawals = (text: string) => eventsOf({ text, places: hilltown }).filter((e) => e.type === 'retreat.withdrawal');
    expect(withdrawals('The summit called on Russia to withdraw its troops from Hilltown.')).toEqual([]);
    expect(withdrawals('Allies urged Moscow to withdraw from Hilltown.')).toEqual([]);
    expect(withdrawals('Russia withdrew its troops from Hilltown.')).toHaveLength(1);
  });

  it('"do not anticipate that ...", an "anticipated" offensive, "allowed it to strike": hypothetical', () => {
    const t = { timexes: [{ text: 'Friday', value: '2024-03-15' }] };
    expect(modalityOf('We do not anticipate that the army recaptured Hilltown on Friday.', t)).toBe('hypothetical');
    expect(modalityOf('Residents feared an anticipated offensive on Hilltown on Friday.', t)).toBe('hypothetical');
    expect(modalityOf('The new rockets allowed it to strike depots near Hilltown on Friday.', t)).toBe('hypothetical');
  });

  it('a village called Hilltown is no demand', () => {
    expect(modalityOf('Artillery shelled a village called Hilltown.')).toBe('asserted');
  });
});


describe('a refusal to move forces is a decision not to act', () => {
  const hilltown = [{ text: 'Hilltown', place: { name: 'Hilltown' } }];
  const monday = [{ text: 'Monday', value: '2024-03-11' }];

  it('"will not withdraw", "is not going to send troops": a negated decision', () => {
    const stay = eventsOf({ text: 'Ruritania will not withdraw its troops from Hilltown, the president said on Monday.', places: hilltown, timexes: monday });
    expect(stay.filter((e) => e.type === 'decision').map((e) => e.modality)).toEqual(['negated']);
    expect(stay.some((e) => e.type === 'retreat.withdrawal')).toBe(false);
    const send = eventsOf({ text: 'Borduria is not going to deploy troops to Hilltown, its minister said on Monday.', places: hilltown, timexes: monday });
    expect(send.filter((e) => e.type === 'decision').map((e) => e.modality)).toEqual(['negated']);
    const chosen = eventsOf({ text: 'On Monday the council decided not to withdraw the garrison from Hilltown.', places: hilltown, timexes: monday });
    expect(chosen.some((e) => e.type === 'decision' && e.modality === 'negated')).toBe(true);
    expect(chosen.some((e) => e.type === 'retreat.withdrawal')).toBe(false);
  });

  it('a move that did not happen stays a negated move', () => {
    const none = eventsOf({ text: 'Ruritanian troops did not withdraw from Hilltown on Monday.', places: hilltown, timexes: monday });
    expect(none.filter((e) => e.type === 'retreat.withdrawal').map((e) => e.modality)).toEqual(['negated']);
    expect(none.some((e) => e.type === 'decision')).toBe(false);
  });
});
