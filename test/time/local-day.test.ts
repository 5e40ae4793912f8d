// A story stamped in UTC just after midnight was written on the day before: its "today" and a weekday naming
// that day count from the writer's day (src/annotate/time/local-day.ts). All texts are written for these tests.
import { describe, expect, it } from 'vitest';
import { find } from './helpers.js';
import { writerDay } from '../../src/annotate/time/local-day.js';
import { isoDay } from '../../src/text/calendar.js';

const value = (text: string, span: string, reportTime: string): string | undefined => find(text, reportTime, span)?.value;

describe("the writer's day", () => {
  it('is the day before for a UTC stamp in the small hours, else the report day', () => {
    expect(isoDay(writerDay('2023-03-22T00:30:00Z')!)).toBe('2023-03-21');
    expect(isoDay(writerDay('2023-03-22T02:45Z')!)).toBe('2023-03-21');
    expect(isoDay(writerDay('2023-03-22T03:15:00Z')!)).toBe('2023-03-22');
    expect(isoDay(writerDay('2023-03-22T18:00:00Z')!)).toBe('2023-03-22');
    // A stamp with its own offset already gives the local day; a bare day has no clock to read.
    expect(isoDay(writerDay('2023-03-22T00:30:00+02:00')!)).toBe('2023-03-22');
    expect(isoDay(writerDay('2023-03-22')!)).toBe('2023-03-22');
    expect(writerDay(null)).toBeNull();
  });

  it('"today", "yesterday" and "tonight" count from it', () => {
    expect(value('Ministers gathered in Lakeside today for the summit.', 'today', '2023-03-22T00:30:00Z')).toBe('2023-03-21');
    expect(value('The ferry sank yesterday off the coast.', 'yesterday', '2023-03-22T01:00:00Z')).toBe('2023-03-20');
    expect(value('Ministers gathered in Lakeside today for the summit.', 'today', '2023-03-22T09:00:00Z')).toBe('2023-03-22');
  });

  it('a weekday naming it is that day even when the sentence looks ahead; other weekdays count from the report day', () => {
    // Stamped early on a Wednesday (UTC): "Tuesday" is the writer's own day, not next week's.
    expect(value('More meetings are scheduled on Tuesday.', 'Tuesday', '2023-03-22T02:45:00Z')).toBe('2023-03-21');
    expect(value('Drones struck the depot early on Wednesday.', 'Wednesday', '2023-03-22T00:45:00Z')).toBe('2023-03-22');
    expect(value('More meetings are scheduled on Tuesday.', 'Tuesday', '2023-03-22T12:00:00Z')).toBe('2023-03-28');
  });
});
