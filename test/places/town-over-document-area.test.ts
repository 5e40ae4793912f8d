// A town's name means the town unless its own sentence says which namesake village is meant: a share of the
// document in another oblast (a report's other paragraphs) no longer outweighs it. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { placesIn } from './helpers.js';

const KHARKIV_PARAGRAPHS =
  'Shelling hit Kupiansk in Kharkiv Oblast on Monday. Fighting went on near Kupiansk, Balakliia and Chuhuiv in Kharkiv Oblast.\n\n';

describe('a town named after paragraphs about another oblast', () => {
  it('is the town, not a namesake village of that oblast', () => {
    const ms = placesIn(`${KHARKIV_PARAGRAPHS}Ukrainian troops pressed on toward Lyman on Tuesday.`);
    const lyman = ms.filter((m) => m.text === 'Lyman');
    expect(lyman.length).toBe(1);
    expect(lyman[0]!.place).toMatchObject({ country: 'UA', admin1: 'Donetsk' });
  });

  it('is the village when its own sentence names the oblast', () => {
    const ms = placesIn(`${KHARKIV_PARAGRAPHS}Shells fell on Lyman, Kharkiv Oblast, on Tuesday.`);
    expect(ms.find((m) => m.text === 'Lyman')?.place.admin1).toBe('Kharkiv');
  });
});
