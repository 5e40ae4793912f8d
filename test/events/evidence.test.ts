import { describe, expect, it } from 'vitest';
import { eventsOf } from './fixture.js';

describe('evidence spans', () => {
  it('name each sentence once, in text order, when the reports of one happening fold together', () => {
    const events = eventsOf(
      'The mayor of Hilltown reported on Monday that the river flood after the dam breach destroyed forty homes. According to rescuers, two people drowned in the flood.',
    );
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const keys = e.evidence.map((s) => `${s.start}:${s.end}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(e.evidence.map((s) => s.start)).toEqual([...e.evidence.map((s) => s.start)].sort((a, b) => a - b));
    }
  });
});
