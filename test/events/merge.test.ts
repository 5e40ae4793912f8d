// One event per happening inside a document: mentions that fold, and mentions that must stay apart. The
// sentences and places are written for these tests.
import { describe, expect, it } from 'vitest';
import { eventsOf } from './fixture.js';

const marsh = { name: 'Marshville', admin1: 'Kherson', lat: 46.75, lon: 33.4, geonameId: 1 };
const port = { name: 'Portbridge', admin1: 'Kherson', lat: 46.63, lon: 32.6, geonameId: 2 };
const far = { name: 'Hillford', admin1: 'Sumy', lat: 50.9, lon: 34.8, geonameId: 3 };

describe('folding mentions of one happening', () => {
  it('a flood named in two towns of one oblast is one flood; in another oblast it is another', () => {
    const one = eventsOf({
      text: 'Floods hit Marshville on Tuesday after the dam broke. Later, water flooded streets of Portbridge.',
      timexes: [{ text: 'Tuesday', value: '2024-03-12' }],
      places: [{ text: 'Marshville', place: marsh }, { text: 'Portbridge', place: port }],
    });
    expect(one.filter((e) => e.type === 'disaster.flood')).toHaveLength(1);
    const two = eventsOf({
      text: 'Floods hit Marshville on Tuesday after the dam broke. On Wednesday, water flooded streets of Hillford.',
      timexes: [{ text: 'Tuesday', value: '2024-03-12' }, { text: 'Wednesday', value: '2024-03-13' }],
      places: [{ text: 'Marshville', place: marsh }, { text: 'Hillford', place: far }],
    });
    expect(two.filter((e) => e.type === 'disaster.flood')).toHaveLength(2);
  });

  it('a headline folds into the body event whatever name it gives the actor', () => {
    const events = eventsOf(
      { kind: 'title', text: 'Foreign minister visits Portbridge', places: [{ text: 'Portbridge', place: port }] },
      {
        text: 'The foreign minister of Ruritania visited Portbridge on Thursday, the regional administration said.',
        timexes: [{ text: 'Thursday', value: '2024-03-14' }],
        places: [{ text: 'Portbridge', place: port }],
        entities: [{ text: 'Ruritania', canonical: 'Ruritania', type: 'ORG' }],
      },
    );
    expect(events.filter((e) => e.type === 'visit')).toHaveLength(1);
  });

  it('the protesters of a blockade are the blockade; what it left behind is no retreat', () => {
    const events = eventsOf({
      text: 'Farmers blocked the road to Portbridge on Friday, leaving 300 trucks waiting in the region. The protesters let one truck pass an hour.',
      timexes: [{ text: 'Friday', value: '2024-03-15' }],
      places: [{ text: 'Portbridge', place: port }],
    });
    expect(events.map((e) => e.type)).toEqual(['protest.blockade']);
  });

  it('what damaged a school toured today is no strike of today', () => {
    const events = eventsOf({
      text: 'The envoy toured a school damaged by a missile strike in Portbridge on Thursday.',
      timexes: [{ text: 'Thursday', value: '2024-03-14' }],
      places: [{ text: 'Portbridge', place: port }],
    });
    const strike = events.find((e) => e.type === 'strike.missile');
    expect(strike?.date ?? null).toBeNull();
    expect(events.find((e) => e.type === 'visit')?.date?.value).toBe('2024-03-14');
  });
});

describe('claims judged in the next sentences', () => {
  it('"could not be independently confirmed" and a denial by the other side set the claim disputed', () => {
    const events = eventsOf({
      text: "Ruritania's defence ministry claimed on Monday that enemy units had withdrawn from positions near Portbridge. " +
        'The claim could not be independently confirmed. A spokesman for the other side described the statement as false.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }],
      places: [{ text: 'Portbridge', place: port }],
      entities: [{ text: "Ruritania's defence ministry", canonical: 'Ministry of Defence of Ruritania', type: 'ORG' }],
    });
    const claim = events.find((e) => e.type === 'retreat.withdrawal')!;
    expect(claim.source?.name).toBe("Ruritania's defence ministry");
    expect(claim.verification).toBe('disputed');
  });

  it('a country speaks for its government, and a taken town is the place of its taking', () => {
    const events = eventsOf({
      text: 'Ukraine said on Sunday that its forces had retaken Portbridge, in the Kherson region.',
      timexes: [{ text: 'Sunday', value: '2024-03-10' }],
      places: [
        { text: 'Ukraine', place: { name: 'Ukraine', kind: 'country', geonameId: 690791 } },
        { text: 'Portbridge', place: port },
        { text: 'Kherson region', place: { name: 'Kherson', kind: 'admin1', admin1: 'Kherson', precision: 3, geonameId: 4 } },
      ],
    });
    const taken = events.find((e) => e.type.startsWith('territory'))!;
    expect(taken.location?.name).toBe('Portbridge');
    expect(taken.source?.name).toBe('Ukraine');
  });
});

describe('the folded event cites its clearest telling', () => {
  it('"continued operations near the town", then "repelled an attack on the town": the repelled attack is the evidence', () => {
    const text = 'Bordurian forces likely continued limited offensive operations near Marshville on Tuesday. The general staff reported that Ruritanian troops repelled a Bordurian attack on Marshville.';
    const events = eventsOf({
      text,
      timexes: [{ text: 'Tuesday', value: '2024-03-12' }],
      places: [{ text: 'Marshville', place: marsh }, { text: 'Marshville', place: marsh, nth: 1 }],
    });
    const clash = events.find((e) => e.type.startsWith('battle'));
    expect(clash?.trigger?.text).toBe('repelled');
    // Who says so is who says the cited telling.
    expect(clash?.source?.name.toLowerCase()).toContain('general staff');
    expect(events.filter((e) => e.type.startsWith('battle'))).toHaveLength(1);
  });
});
