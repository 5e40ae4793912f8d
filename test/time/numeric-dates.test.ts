import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../src/annotate/time/index.js';
import { splitSentences } from '../../src/annotate/sentences/index.js';
import { MappedText } from '../../src/text/mapped-text.js';

function values(text: string, reportTime: string): string[] {
  const section = { kind: 'body' as const, text: MappedText.identity(text), reportTime };
  return findTimexes(section, splitSentences(text)).map((t) => t.value);
}

describe('numeric dates with slashes', () => {
  it('reads day-first when the month-first reading would lie after the report', () => {
    expect(values('Shelling was filmed on 07/03/2022 near the station.', '2022-03-10')).toContain('2022-03-07');
  });
  it('keeps month-first when only that reading fits before the report', () => {
    expect(values('The convoy was seen on 03/07/2022 at dawn.', '2022-03-10')).toContain('2022-03-07');
  });
  it('keeps month-first when the first number cannot be a day-first month', () => {
    expect(values('Filed on 12/25/2021.', '2022-01-10')).toContain('2021-12-25');
  });
  it('prefers the nearer past reading when both precede the report', () => {
    expect(values('Footage dated 02/05/2022 showed the bridge.', '2022-05-06')).toContain('2022-05-02');
  });
});
