import { describe, expect, it } from 'vitest';
import { repair, repairText } from '../../src/repair/index.js';
import { gluedWords } from '../../src/repair/rules/glued-words.js';
import { foreignResidue } from '../../src/repair/rules/foreign-residue.js';
import { gluedSentences } from '../../src/repair/rules/glued-sentences.js';
import { vocabularyOf } from '../../src/repair/vocabulary.js';
import { cleanText } from '../../src/clean/text/index.js';
import { MappedText } from '../../src/text/mapped-text.js';
import type { RepairNote } from '../../src/repair/types.js';
import type { RepairRule } from '../../src/repair/rules/types.js';

/** Runs one rule on a text whose document is `doc` (the text itself by default). */
function run(rule: RepairRule, text: string, doc = text): { text: string; notes: RepairNote[] } {
  const notes: RepairNote[] = [];
  const out = repairText(MappedText.identity(text), { vocabulary: vocabularyOf(doc), english: true }, notes, [rule]);
  return { text: out.text, notes };
}

describe('glued words', () => {
  const doc = (s: string) => `Odesa was calm. Shmyhal spoke. Kharkiv and Kherson were shelled. Zelensky and Mariupol. ${s}`;

  it.each([
    ['the port of Odesadespite the storm', 'the port of Odesa despite the storm'],
    ['Prime Minister Shmyhalvisited the plant', 'Prime Minister Shmyhal visited the plant'],
    ['the situationin the south', 'the situation in the south'],
    ['among othersabout the talks', 'among others about the talks'],
    ['shelling of KharkivThe mayor said', 'shelling of Kharkiv The mayor said'],
    ['the rise ofcarbon prices', 'the rise of carbon prices'],
  ])('splits %s', (input, expected) => {
    expect(run(gluedWords, input, doc(input)).text).toBe(expected);
  });

  it.each([
    'the Kharkivska oblast administration',
    'the Zaporizhzhia nuclear plant',
    'they understand the risk',
    'he handed over the keys',
    'the siege of Mariupol ended',
    'a screenshot of the post',
    'a counteroffensive in the south',
    'the Khersonska region',
    'posted on YouTube and LinkedIn',
    'visit www.example.com/newsroomupdates today',
    'the onboarding of new staff',
    'a plugin for the editor',
    'the Williamson report, by Williams',
    'the corrector pen',
    'the Velopark in London, near Velo',
  ])('leaves %s whole', (input) => {
    expect(run(gluedWords, input, doc(input)).text).toBe(input);
  });

  it('does not split a token the document writes more than once', () => {
    const text = 'Kyivstar said the network was back. Kyivstar engineers worked overnight. Kyiv was dark.';
    expect(run(gluedWords, text).text).toBe(text);
  });

  it('notes the whole token with its source span, and keeps offsets of both halves', () => {
    const text = 'The port of Odesadespite the storm.';
    const notes: RepairNote[] = [];
    const out = repairText(MappedText.identity(text, 100), { vocabulary: vocabularyOf(doc(text)), english: true }, notes, [gluedWords]);
    expect(notes).toEqual([{ kind: 'glued-words', from: 'Odesadespite', to: 'Odesa despite', start: 112, end: 124 }]);
    const at = out.text.indexOf('despite');
    expect(out.toSource(at, at + 7)).toEqual({ start: 117, end: 124 });
    expect(out.toSource(out.text.indexOf('Odesa'), out.text.indexOf('Odesa') + 5)).toEqual({ start: 112, end: 117 });
  });
});

describe('bracketed foreign residue', () => {
  it('removes non-English bracketed words and notes them', () => {
    const { text, notes } = run(foreignResidue, 'On [lunes] March 6 the troops left.');
    expect(text).toBe('On March 6 the troops left.');
    expect(notes).toEqual([{ kind: 'foreign-residue', from: '[lunes]', to: '', start: 3, end: 10 }]);
  });

  it('removes accented residue', () => {
    expect(run(foreignResidue, 'He [sábado] returned.').text).toBe('He returned.');
  });

  it.each(['He [Putin] said so.', 'They [the troops] left.', 'It was [sic] wrong.', 'See note [12].', 'Open https://[subdomain].example.org now.'])('keeps %s', (input) => {
    expect(run(foreignResidue, input).text).toBe(input);
  });
});

describe('glued sentences', () => {
  it.each([
    ['there will be no war.We do not want it', 'there will be no war. We do not want it'],
    ['it can be abandoned.""There is no trench', 'it can be abandoned." "There is no trench'],
    ['he said."The talks will go on', 'he said." The talks will go on'],
  ])('splits %s', (input, expected) => {
    expect(run(gluedSentences, input).text).toBe(expected);
  });

  it.each([
    'read more on Gazeta.pl today',
    'the U.S. Army said',
    'see https://example.com/News.Today now',
    'at 3.5 percent',
    'using System.Text.Json;',
    'throws DataError.NotANumber here',
    'import pathlib.Path first',
  ])(
    'leaves %s',
    (input) => {
      expect(run(gluedSentences, input).text).toBe(input);
    },
  );
});

describe('repair stage', () => {
  const page = [
    'Troops leave Hostomelafter a long siege',
    '',
    'Local officials said the troops left Hostomel on [martes] Tuesday.',
    '',
    'The mayor of Hostomelsaid the roads were mined.',
    '',
    'A view of the airfield near Hostomel (AGENCY/Photographer)',
    '',
    '10:05 PM',
    'Engineers reached Hostomelafter dark and began clearing the runway, officials said.',
    '9:10 PM',
    'Volunteers in Hostomelopened a kitchen for residents, officials said.',
    '',
  ].join('\n');
  const doc = repair(cleanText({ id: 'r', kind: 'text', content: page }));

  it('mends the title, body paragraphs and feed items, with notes pointing into the source', () => {
    expect(doc.title).toBe('Troops leave Hostomel after a long siege');
    expect(doc.titleText!.text).toBe(doc.title);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'Local officials said the troops left Hostomel on Tuesday.',
      'The mayor of Hostomel said the roads were mined.',
    ]);
    expect(doc.items.map((i) => i.text.text.slice(0, 26))).toEqual(['Engineers reached Hostomel', 'Volunteers in Hostomel ope']);
    for (const note of doc.repairs) expect(page.slice(note.start, note.end)).toBe(note.from);
    expect(doc.repairs.map((n) => n.kind)).toContain('foreign-residue');
  });

  it('offsets of mended body text still point at the same words in the source', () => {
    const p = doc.paragraphs[1]!;
    const at = p.text.indexOf('said');
    const span = p.toSource(at, at + 4);
    expect(page.slice(span.start, span.end)).toBe('said');
  });

  it('leaves the words of a page in another language alone', () => {
    const text = 'El gobierno dijo el [lunes] que las tropas salieron de la ciudad sangat despues del ataque.\n';
    const out = repair(cleanText({ id: 'es', kind: 'text', content: text }));
    expect(out.paragraphs[0]!.text).toBe(text.trim());
    expect(out.repairs).toEqual([]);
  });

  it('leaves a clean document unchanged', () => {
    const clean = cleanText({ id: 'c', kind: 'text', content: 'The council approved the plan on Monday, officials said.\n' });
    const out = repair(clean);
    expect(out.repairs).toEqual([]);
    expect(out.paragraphs[0]!.text).toBe(clean.paragraphs[0]!.text);
  });
});
