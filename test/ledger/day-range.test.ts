import { describe, expect, it } from 'vitest';
import { dayRangeOf, eventDays } from '../../src/ledger/day-range.js';

describe('dayRangeOf', () => {
  it.each([
    ['2023-03-22', '2023-03-22', '2023-03-22'],
    ['2023-03-22T14:05', '2023-03-22', '2023-03-22'],
    ['2024-02-29', '2024-02-29', '2024-02-29'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2023', '2023-01-01', '2023-12-31'],
    ['2023-W01', '2023-01-02', '2023-01-08'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2023-Q4', '2023-10-01', '2023-12-31'],
  ])('%s covers %s to %s', (value, start, end) => {
    expect(dayRangeOf(value)).toEqual({ start, end });
  });

  it('gives null for values that name no stretch of days', () => {
    for (const v of ['PRESENT_REF', 'P13M', 'XXXX-XX-XX', '2023-13', '2023-W60', '2022-13-01', '2023-02-29', '2023-04-31', '2023-03-00', '', null]) expect(dayRangeOf(v)).toBeNull();
  });

  it('prefers an event date\'s explicit start and end', () => {
    expect(eventDays({ value: '2023-11', start: '2023-11-07', end: '2023-11-10' })).toEqual({ start: '2023-11-07', end: '2023-11-10' });
    expect(eventDays({ value: 'PRESENT_REF', start: '2023-11-07' })).toEqual({ start: '2023-11-07', end: '2023-11-07' });
    expect(eventDays(null)).toBeNull();
  });
});
