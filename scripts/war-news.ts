// The war news the benches warm a process up on, beside the texts they time: the ISW reports and the ACLED
// event notes of ../shared/corpora, each as one text with a file-like id.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords } from '../src/text/csv.js';

export interface WarNewsText {
  id: string;
  text: string;
}

/** The ISW reports (by file name) and the non-empty ACLED notes, in a fixed order. */
export function iswAndAcledNotes(corpora: string): WarNewsText[] {
  const isw = readdirSync(join(corpora, 'isw'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: `isw-${f}`, text: readFileSync(join(corpora, 'isw', f), 'utf8') }));
  const acled = csvRecords(readFileSync(join(corpora, 'acled', 'acled-ukraine.csv'), 'utf8'))
    .map((r, i) => ({ id: `acled-${String(i).padStart(4, '0')}.txt`, text: r.notes ?? '' }))
    .filter((t) => t.text.trim() !== '');
  return [...isw, ...acled];
}
