// The pattern scan: gates may only skip chunks a rule could not match, and a chunk scanned once (by the dating
// stage) is not scanned again (by the annotate stage) while giving the same timexes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anyWord, ChunkGates } from '../../src/annotate/time/rules/gates.js';
import { TIMEX_RULES } from '../../src/annotate/time/rules/index.js';
import { scanChunk } from '../../src/annotate/time/scan.js';
import { describeShared, SHARED } from '../helpers/shared.js';
import { timexesOf } from './helpers.js';

/** Every (rule, text) where the rule's pattern matches the text but its gate turns the text away. */
function gateMisses(texts: readonly string[]): string[] {
  const misses: string[] = [];
  for (const rule of TIMEX_RULES) {
    if (!rule.gate) continue;
    const re = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (const text of texts) {
      re.lastIndex = 0;
      if (re.test(text) && !new ChunkGates(text).passes(rule.gate)) misses.push(`${rule.name} on "${text.slice(0, 80)}"`);
    }
  }
  return misses;
}

/** Sentences written for this test, one or more per rule family, English and foreign. */
const SAMPLES = [
  'The convoy left on March 22, 2023, and returned on 24 March 2023 at 10:35 a.m.',
  'Shelling resumed last Saturday; the weekend before, on Friday night, drones struck.',
  'Thirteen months after the full-scale invasion, about two years since the annexation of Crimea.',
  'Profit in the third quarter rose from the year-ago quarter; the latest period was weak.',
  'Three days ago, and a year earlier, in the late 1990s and the early 2000s, prices rose.',
  'He has lived there for years; the talks lasted several days and the past few months were calm.',
  'Inspections take place every Monday, twice a week, each July, and weekly reports follow.',
  'It happened this morning, mid-afternoon yesterday, at noon, and at 4 in the morning.',
  'Later that year, the following month and that same day, the next morning.',
  'At the end of the year and by year-end, in the spring of 2022 and last fall.',
  'El sábado pasado, el 22 de marzo de 2023, hoy y ayer; la semana pasada.',
  'Минулої суботи, 22 березня 2023 року, сьогодні, вчора; минулого року.',
  'В прошлую субботу, 22 марта 2023 года, сегодня; на прошлой неделе; в этом году.',
  'Nothing in this sentence names a time at all, only players and layers and mayors.',
  'The current chairman, recent talks, in the past, the near term and the nineties.',
];

describe('scanChunk', () => {
  it('a gate never rejects a chunk its rule matches', () => {
    expect(TIMEX_RULES.filter((r) => r.gate).length).toBeGreaterThan(60);
    expect(gateMisses(SAMPLES)).toEqual([]);
  });

  it('word gates see whole words only, in any case, with digits and hyphens as edges', () => {
    const held = ['mid', 'march', 'yesterday', 'year', 'end', 'tomorrow', 'night'].map((w) => anyWord([w]));
    const notHeld = ['mar', 'ear', 'nightly'].map((w) => anyWord([w]));
    const either = anyWord(['ear', 'end']);
    const gates = new ChunkGates('Mid-MARCH, 2023Yesterday: the year\'s end; Tomorrow_night');
    for (const g of held) expect(gates.passes(g), g.words[0]).toBe(true);
    for (const g of notHeld) expect(gates.passes(g), g.words[0]).toBe(false);
    expect(gates.passes(either)).toBe(true);
  });

  it('finds what the ungated patterns find', () => {
    for (const text of SAMPLES) {
      const ungated: string[] = [];
      TIMEX_RULES.forEach((rule, rank) => {
        for (const m of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))) if (m[0]) ungated.push(`${rank}:${m.index}:${m[0]}`);
      });
      const scanned = scanChunk(text).map(({ rank, match }) => `${rank}:${match.index}:${match[0]}`);
      expect(scanned, text).toEqual(ungated);
    }
  });

  it('scans a chunk once and gives the same timexes the second time', () => {
    const text = 'A unique sentence for the cache test: the depot burned on 3 May 2022, two days ago.';
    const first = scanChunk(text);
    expect(scanChunk(text)).toBe(first);
    const report = '2022-05-05';
    expect(timexesOf(text, report)).toEqual(timexesOf(text, report));
    expect(timexesOf(text, report).map((t) => t.value)).toEqual(['2022-05-03', '2022-05-03']);
  });
});

describeShared('scanChunk on real text', () => {
  it('no gate turns away a paragraph of the news corpus or of TempEval-3 that its rule matches', () => {
    const news = join(SHARED, 'corpora', 'news');
    const paragraphs = readdirSync(news)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(news, f), 'utf8').split(/\n/));
    const timebank = join(SHARED, 'corpora', 'tempeval3', 'train', 'TimeBank');
    const timeml = readdirSync(timebank)
      .filter((f) => f.endsWith('.tml'))
      .flatMap((f) => readFileSync(join(timebank, f), 'utf8').replace(/<[^>]+>/g, '').split(/\n/));
    const texts = [...paragraphs, ...timeml].filter((t) => t.trim());
    expect(texts.length).toBeGreaterThan(2000);
    expect(gateMisses(texts)).toEqual([]);
  });
});
