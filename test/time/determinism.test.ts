// The same text gives the same values in every time zone: run the annotator in child processes under
// two far-apart zones and compare.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = `
import { MappedText } from './src/text/mapped-text.ts';
import { findTimexes } from './src/annotate/time/index.ts';
const text = 'On Thursday, a day after March 22, 2023, shelling went on overnight; last Saturday and this week too, at 23:30. The depot burned in June 2021 and again later that year; the next morning, over the past year, on Friday, Oct. 23.';
process.stdout.write(JSON.stringify(findTimexes({ kind: 'body', text: MappedText.identity(text), reportTime: '2023-03-24T23:59' }, [])));
`;

function runIn(zone: string): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], {
    cwd: root,
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
}

describe('time zones', () => {
  it('values do not depend on TZ', () => {
    const kiritimati = runIn('Pacific/Kiritimati');
    const honolulu = runIn('Pacific/Honolulu');
    const utc = runIn('UTC');
    expect(JSON.parse(kiritimati).length).toBeGreaterThan(3);
    expect(kiritimati).toBe(honolulu);
    expect(kiritimati).toBe(utc);
    expect(kiritimati).toContain('"value":"2021"');
    expect(kiritimati).toContain('"value":"2023-03-23"');
  });
});
