import { describe, expect, it } from 'vitest';
import { eventsOf, keptOf, top } from './fixture.js';
import { findCasualties } from '../../src/events/args/casualties.js';
import { splitSentences } from '../../src/annotate/sentences/index.js';
import { SectionTimexes, dateEvent } from '../../src/events/args/date.js';

const dead = (text: string) => findCasualties(splitSentences(text)[0]!.tokens).filter((c) => c.kind === 'dead').map((c) => c.count);
const hurt = (text: string) => findCasualties(splitSentences(text)[0]!.tokens).filter((c) => c.kind === 'injured').map((c) => c.count);

describe('casualties', () => {
  it('reads numbers, number words and their qualifiers', () => {
    expect(dead('The strike left at least four dead.')[0]).toMatchObject({ best: 4, low: 4 });
    expect(dead('Three people drowned in the flooded streets.')[0]).toMatchObject({ best: 3 });
    expect(dead('The shelling killed 2 civilians.')[0]).toMatchObject({ best: 2 });
    expect(dead('One soldier and three rebels were killed.')[0]).toMatchObject({ best: 4 });
    expect(dead('A civilian was killed.')[0]).toMatchObject({ best: 1 });
  });

  it('codes vague words conservatively', () => {
    expect(dead('Dozens of people were killed.')[0]).toMatchObject({ best: 12 });
    expect(dead('Several soldiers were killed.')[0]).toMatchObject({ best: 3 });
  });

  it('says zero for "no casualties" and keeps deaths apart from injuries', () => {
    expect(dead('There were no casualties.')[0]).toMatchObject({ best: 0 });
    expect(hurt('There were no casualties.')[0]).toMatchObject({ best: 0 });
    expect(dead('2 civilians were killed and 5 were injured.')[0]).toMatchObject({ best: 2 });
    expect(hurt('2 civilians were killed and 5 were injured.')[0]).toMatchObject({ best: 5 });
  });

  it('does not count ages', () => {
    expect(dead('A 53-year-old man was killed.')[0]).toMatchObject({ best: 1 });
  });

  it('a toll sentence belongs to the event before it', () => {
    const events = eventsOf('On 3 May 2024, Russian forces shelled the village. A civilian was killed and two were wounded.');
    expect(events).toHaveLength(1);
    expect(events[0]!.fatalities?.best).toBe(1);
    expect(events[0]!.injuries?.best).toBe(2);
    expect(events[0]!.evidence).toHaveLength(2);
  });
});

describe('modality', () => {
  it('negated, planned, hypothetical, denied', () => {
    const hilltown = [{ text: 'Hilltown', place: { name: 'Hilltown' } }];
    expect(top(eventsOf({ text: 'The army will not withdraw from Hilltown.', places: hilltown })).modality).toBe('negated');
    expect(top(eventsOf('The command decided not to withdraw from the town.')).type).toBe('decision');
    // The choice not to withdraw is a decision (the choosing, and the refusal told as negated), no withdrawal.
    const chosen = eventsOf({ text: 'The command decided not to withdraw from Hilltown.', places: hilltown });
    expect(chosen.filter((e) => e.type === 'decision').map((e) => e.modality).sort()).toEqual(['asserted', 'negated']);
    expect(chosen.some((e) => e.type === 'retreat.withdrawal')).toBe(false);
    expect(top(eventsOf({ text: 'The government plans to withdraw its troops next year.', timexes: [{ text: 'next year', value: '2025' }] })).modality).toBe('planned');
    expect(eventsOf({ text: 'Commanders discussed whether to withdraw from Hilltown by Friday.', places: hilltown, timexes: [{ text: 'Friday', value: '2024-03-15' }] }).find((e) => e.type === 'retreat.withdrawal')?.modality).toBe('hypothetical');
    expect(top(eventsOf('The ministry denied that its troops had withdrawn from the town.')).modality).toBe('denied');
  });

  it('events long before the report time are historical', () => {
    const e = top(eventsOf({ text: 'In March 2022, Russian troops occupied the town.', timexes: [{ text: 'March 2022', value: '2022-03' }], reportTime: '2024-01-10' }));
    expect(e.modality).toBe('historical');
  });
});

describe('attribution and verification', () => {
  it('takes the source from "according to" and marks the event claimed', () => {
    const e = top(eventsOf('According to the regional governor, Russian forces shelled the town.'));
    expect(e.source?.name).toMatch(/governor/);
    expect(e.modality).toBe('claimed');
  });

  it('reads a side from the source phrase', () => {
    const e = top(eventsOf('According to Russian sources, the army repelled an attack near the river.'));
    expect(e.source?.side).toBe('RU');
  });

  it('carries an unconfirmed cue to every claim of the same source, through "the statement"', () => {
    const events = eventsOf(
      'The Defence Ministry said that enemy troops left the town. The statement, which could not be independently verified, said that the troops looted shops before leaving.',
    );
    const looting = events.find((e) => e.type === 'looting')!;
    expect(looting.source?.name).toMatch(/Defence Ministry/);
    expect(looting.verification).toBe('unconfirmed');
    const withdrawal = events.find((e) => e.type === 'retreat.withdrawal')!;
    expect(withdrawal.verification).toBe('unconfirmed');
  });

  it('keeps a quote with its speaker', () => {
    const e = top(eventsOf('\u201cOur units repelled the assault,\u201d the commander said.'));
    expect(e.quotes?.[0]?.speaker).toMatch(/commander/);
    expect(e.source?.name).toMatch(/commander/);
  });
});

describe('dates', () => {
  it('prefers the event\'s own date to the day it was announced, and merges the two mentions', () => {
    const events = eventsOf({
      text: 'The ministry said on Friday that troops withdrew from Hilltown. On Wednesday, all units left Hilltown, the statement said.',
      timexes: [{ text: 'Friday', value: '2024-03-15' }, { text: 'Wednesday', value: '2024-03-13' }],
      places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }],
    });
    const withdrawals = events.filter((e) => e.type === 'retreat.withdrawal');
    expect(withdrawals).toHaveLength(1);
    expect(withdrawals[0]!.date?.value).toBe('2024-03-13');
    expect(withdrawals[0]!.evidence.length).toBe(2);
  });

  it('falls back to the report time at week precision', () => {
    const e = top(eventsOf({ text: 'Russian forces shelled the village.', reportTime: '2024-03-15' }));
    expect(e.date).toMatchObject({ basis: 'report-time', precision: 'week', value: '2024-W11' });
  });

  it('the timex of the trigger\'s own clause dates it, even when a finer one stands in the next clause', () => {
    const e = eventsOf({
      text: 'The lesson of 2014 when Russian troops seized the peninsula is clear: any deal with the Kremlin today is a trap.',
      timexes: [{ text: '2014', value: '2014' }, { text: 'today', value: '2024-03-15' }],
    }).find((x) => x.trigger?.text === 'seized');
    expect(e?.date?.value).toBe('2014');
  });

  it('of two dates in the trigger\'s clause, the finer one dates it', () => {
    const call = eventsOf({
      text: 'The president, during a call with the Ukrainian leader last week, warned of an offensive in February.',
      timexes: [{ text: 'last week', value: '2024-W10' }, { text: 'February', value: '2024-02' }],
    }).find((x) => x.trigger?.text === 'call');
    expect(call?.date?.value).toBe('2024-W10');
  });

  it('a time counted from dates what follows it, not what comes before it', () => {
    const visit = eventsOf({
      text: 'The foreign minister visited Eastbrook on Sunday. It was the first visit of a minister since February 2022, officials said.',
      timexes: [{ text: 'Sunday', value: '2024-03-10' }, { text: 'February 2022', value: '2022-02' }],
    }).filter((x) => x.type.startsWith('visit'));
    expect(visit.map((x) => x.date?.value)).not.toContain('2022-02');
    const massing = eventsOf({
      text: 'Tensions have risen since November, when troops started massing near the border.',
      timexes: [{ text: 'November', value: '2023-11' }],
    });
    expect(massing.map((x) => x.date?.value)).toContain('2023-11');
  });

  it('a time counted from through a noun phrase ("since the regime\'s collapse in 2019") does not date what comes before it', () => {
    const visit = eventsOf({
      text: 'The foreign minister became the first envoy to visit Eastbrook since the regime\'s collapse in 2019, the ministry announced on Monday.',
      timexes: [{ text: '2019', value: '2019' }, { text: 'Monday', value: '2024-03-11' }],
      reportTime: '2024-03-12',
    }).find((x) => x.type.startsWith('visit'));
    expect(visit?.date?.value).not.toBe('2019');
    // A verb between "since" and the time ends the phrase: the time is then the clause's own.
    const held = eventsOf({
      text: 'Talks resumed in Eastbrook, since the envoys met again on Monday.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }],
      reportTime: '2024-03-12',
    }).find((x) => x.type.startsWith('visit'));
    // The talks and the meeting are one happening, cited by its deed ("met").
    expect(held?.date?.value).toBe('2024-03-11');
  });

  it('a weekend dates its event to the week', () => {
    const e = eventsOf({
      text: 'The army sent two brigades to the border this weekend.',
      timexes: [{ text: 'this weekend', value: '2024-W11-WE' }],
      reportTime: '2024-03-15',
    }).find((x) => x.trigger?.text === 'sent');
    expect(e?.date).toMatchObject({ value: '2024-W11', precision: 'week', basis: 'timex' });
  });

  it('a day after the report carried from the sentence before does not date a deed told in the past', () => {
    const text = 'The summit in Lakeside will last until Sunday. The chancellor met the prime minister of Norland there. The chancellor will meet the king there.';
    const sentences = splitSentences(text);
    const at = text.indexOf('Sunday');
    const timexes = new SectionTimexes([{ start: at, end: at + 6, text: 'Sunday', type: 'DATE', value: '2024-03-17' }]);
    const date = (i: number, trigger: string) => dateEvent({
      text, timexes, sentence: sentences[i]!, paragraphStart: 0, reportTime: '2024-03-15', dayPreciseReport: false, communicative: false,
    }, text.indexOf(trigger)).date;
    expect(date(1, 'met')).toMatchObject({ basis: 'report-time', value: '2024-W11' });
    // A sentence that itself looks ahead continues the plan.
    expect(date(2, 'will meet')).toMatchObject({ basis: 'timex', value: '2024-03-17' });
  });

  it('the end of a stretch still ahead ("until Sunday") does not date the event in its sentence; a deadline does', () => {
    const text = 'The trade fair in Lakeside opened to visitors and will run until Sunday. The army was ordered to take the ridge by Sunday.';
    const sentences = splitSentences(text);
    const first = text.indexOf('Sunday');
    const second = text.indexOf('Sunday', first + 1);
    const timexes = new SectionTimexes([
      { start: first, end: first + 6, text: 'Sunday', type: 'DATE', value: '2024-03-17' },
      { start: second, end: second + 6, text: 'Sunday', type: 'DATE', value: '2024-03-17' },
    ]);
    const date = (i: number, trigger: string) => dateEvent({
      text, timexes, sentence: sentences[i]!, paragraphStart: 0, reportTime: '2024-03-15', dayPreciseReport: false, communicative: false,
    }, text.indexOf(trigger)).date;
    expect(date(0, 'opened')).toMatchObject({ basis: 'report-time', value: '2024-W11' });
    // "by Sunday": the day the planned capture is due, which dates it.
    expect(date(1, 'take')).toMatchObject({ basis: 'timex', value: '2024-03-17' });
  });

  it('a retrospective story carries its last date past a paragraph break; a story counted from its report day does not', () => {
    const dated = (first: string, value: string) => {
      const text = `${first}\n\nAs the army pushed the rebels back from the capital, negotiations continued.`;
      const sentences = splitSentences(text);
      const span = first.match(/March 29|Tuesday|2009/)![0];
      const at = text.indexOf(span);
      const timexes = new SectionTimexes([{ start: at, end: at + span.length, text: span, type: 'DATE', value }]);
      const sentence = sentences.find((x) => x.start <= text.indexOf('continued') && text.indexOf('continued') < x.end)!;
      return dateEvent({
        text, timexes, sentence, paragraphStart: sentence.start, reportTime: '2024-04-19', dayPreciseReport: false, communicative: false,
      }, text.indexOf('continued')).date;
    };
    expect(dated('The delegations signed a draft treaty on March 29.', '2021-03-29')).toMatchObject({ basis: 'timex', value: '2021-03-29' });
    // A date of the report's own time, or a story that has counted a day from its report day, keeps the report week.
    expect(dated('The delegations signed a draft treaty on March 29.', '2024-03-29')).toMatchObject({ basis: 'report-time', value: '2024-W16' });
    expect(dated('The delegations signed a draft treaty on Tuesday.', '2021-03-29')).toMatchObject({ basis: 'report-time', value: '2024-W16' });
    // A bare year is named in passing more often than it sets the story's time.
    expect(dated('The rebels have held the valley since 2009.', '2009')).toMatchObject({ basis: 'report-time', value: '2024-W16' });
  });

  it('an article whose lead tells what happened on its day dates its undated happenings at that day', () => {
    const lead = (first: string, value = '2024-03-15') => eventsOf({
      text: `${first}\n\nIn the night, drones hit a fuel depot near Lakeside and a fire broke out.`,
      timexes: [{ text: first.match(/Friday|today/)![0], value }],
      reportTime: '2024-03-15T19:00',
    }).find((x) => x.trigger?.text === 'hit')?.date;
    expect(lead('Missiles struck the railway station on Friday, killing two people.')).toMatchObject({ value: '2024-03-15', precision: 'day', basis: 'document' });
    // A day in the clause a speech verb reports, after its "that", is the reported happening's own.
    expect(lead('It was also reported that on Friday a drone was shot down over the bay.')).toMatchObject({ value: '2024-03-15', precision: 'day', basis: 'document' });
    // The eve of a page written overnight counts too.
    expect(lead('Missiles struck the railway station on Friday, killing two people.', '2024-03-14')).toMatchObject({ value: '2024-03-14', precision: 'day' });
    // A day the lead only says something on, quotes, or looks ahead to does not make it that day's news.
    expect(lead('The governor said on Friday that the region was calm.')).toMatchObject({ value: '2024-W11', precision: 'week' });
    expect(lead('"We are not afraid today," the mayor told the crowd.')).toMatchObject({ value: '2024-W11', precision: 'week' });
    expect(lead('The president praised the rescuers, saying in his Friday night video address that the town would be rebuilt.')).toMatchObject({ value: '2024-W11', precision: 'week' });
    expect(lead('The minister will travel to the front on Friday.')).toMatchObject({ value: '2024-W11', precision: 'week' });
    // Nor does a day days before the report.
    expect(lead('Missiles struck the railway station on Friday, killing two people.', '2024-03-08')).toMatchObject({ value: '2024-W11', precision: 'week' });
  });

  it('a feed item dates what it reports to its day', () => {
    const e = top(eventsOf({ text: 'Russian forces shelled the village.', kind: 'item', reportTime: '2024-03-15T21:40' }));
    expect(e.date).toMatchObject({ basis: 'report-time', precision: 'day', value: '2024-03-15' });
  });
});

describe('places', () => {
  it('takes the place the preposition points at, not the one naming a thing', () => {
    const e = top(eventsOf({
      text: 'After the Riverport dam burst, three people drowned in Lowville.',
      places: [{ text: 'Riverport', place: { name: 'Riverport', lat: 46.8 } }, { text: 'Lowville', place: { name: 'Lowville', lat: 46.6 } }],
    }));
    expect(e.type).toBe('disaster.flood');
    expect(e.location?.name).toBe('Lowville');
    expect(e.fatalities?.best).toBe(3);
  });

  it('ignores the country in a title and falls back to a town named just before', () => {
    const events = eventsOf({
      text: 'Troops left Eastbrook on Monday. The President of Ukraine visited the region on Tuesday.',
      places: [{ text: 'Eastbrook', place: { name: 'Eastbrook', admin1: 'Kherson' } }, { text: 'Ukraine', place: { name: 'Ukraine', kind: 'country' } }],
    });
    const visit = events.find((e) => e.type === 'visit')!;
    expect(visit.location?.admin1).toBe('Kherson');
    expect(visit.location?.precision).toBe(3);
  });

  it('"near" lowers the place precision to 2', () => {
    const e = top(eventsOf({ text: 'Russian forces shelled near Smallvale.', places: [{ text: 'Smallvale', place: { name: 'Smallvale' } }] }));
    expect(e.location?.precision).toBe(2);
  });
});

describe('ranking and titles', () => {
  it('two strikes of one day in two sentences are two events, both kept by the learned decision', () => {
    const events = keptOf('On 1 May 2024, a Russian drone struck a hospital in the city. The same day, artillery shelled the port.');
    expect(events.map((e) => e.acled?.sub_event_type).sort()).toEqual(['Air/drone strike', 'Shelling/artillery/missile attack']);
  });

  it('a title repeating the body adds no event', () => {
    const events = eventsOf({ text: 'Russian troops withdraw from Hilltown', kind: 'title' }, 'Russian troops withdrew from Hilltown, officials said.');
    expect(events.filter((e) => e.type === 'retreat.withdrawal')).toHaveLength(1);
  });

  it('evidence covers the sentence and the trigger span points at the trigger word', () => {
    const text = 'Yesterday Russian forces shelled the village.';
    const e = top(eventsOf(text));
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe('shelled');
    expect(e.evidence[0]).toEqual({ start: 0, end: text.length });
  });
});

describe('places inside names', () => {
  it('a place name inside a person\'s name is not the event\'s place', () => {
    const e = top(eventsOf({
      text: 'President Volodymyr Zelensky visited Riverford on Monday.',
      places: [{ text: 'Volodymyr', place: { name: 'Volodymyr', lat: 50.8 } }, { text: 'Riverford', place: { name: 'Riverford', lat: 46.6 } }],
      entities: [{ text: 'Volodymyr Zelensky', canonical: 'Volodymyr Zelensky', type: 'PERSON', side: 'UA' }],
    }));
    expect(e.type).toBe('visit');
    expect(e.location?.name).toBe('Riverford');
    expect(e.actors[0]?.name).toBe('Volodymyr Zelensky');
  });

  it('people named one by one are counted: a named soldier killed is one death, "a judge and his clerk died" two', () => {
    const best = (text: string) => eventsOf(text).map((e) => e.fatalities?.best ?? null);
    expect(best('Sergeant Taras Melnyk was killed in a skirmish near the river on Monday.')).toContain(1);
    expect(best('A district judge and his clerk died when the courthouse was blown up on Monday.')).toContain(2);
    expect(best('She died in the shelling of the market on Monday.')).toContain(1);
  });
});
