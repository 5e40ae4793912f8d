// The CIR rows whose text names their place: the row's own "town/city" (filled in by CIR's geolocators, not by
// sitrep) is written in its title or description, in any transliteration ("Kharkov" for Kharkiv, "Schastya" for
// Shchastia). The selection reads only the gold table, never sitrep's output, so a figure on these rows says how
// well a place the text gives is found, whatever sitrep predicts. Many CIR captions name no place at all
// ("Footage of shelling"): on those the place can only come from elsewhere, and they are left out here.
import { csvRecords } from '../src/text/csv.js';
import { foldName, soundKeys } from '../src/annotate/places/translit.js';

/** The columns score-events.mjs --format cir reads, in its order. */
const COLUMNS = ['entry', 'date', 'title', 'brief description', 'lat', 'lon', 'province', 'town/city'] as const;

/** A town's name, without what CIR adds to it: "Kharkiv (Saltivka)", "Irpin, Kyiv Oblast". */
function townName(cell: string): string {
  return cell.split(/[,(/]/)[0]!.trim();
}

/** Whether `text` writes `town` as a run of words that sound the same (one key in common). */
export function textNamesTown(text: string, town: string): boolean {
  const name = foldName(townName(town));
  if (name.length < 3) return false;
  const want = new Set(soundKeys(name));
  const size = name.split(' ').length;
  const words = foldName(text).split(/[^\p{L}]+/u).filter(Boolean);
  for (let i = 0; i + size <= words.length; i++) {
    if (soundKeys(words.slice(i, i + size).join(' ')).some((k) => want.has(k))) return true;
  }
  return false;
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The CIR table cut to the rows whose text names their own town, as CSV in the columns the scorer reads. Ids
 * are written as score-events.mjs gives them to the whole table (entry, else "row-N"; repeats "#2"), so that
 * the batch output of the whole table is scored on these rows unchanged.
 */
export function cirRowsNamingTheirPlace(table: string): { csv: string; rows: number } {
  const seen = new Map<string, number>();
  const lines = [COLUMNS.join(',')];
  csvRecords(table).forEach((r, index) => {
    let id = (r.entry ?? '').trim() || `row-${index + 1}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id = `${id}#${n}`;
    const title = (r.title ?? '').trim();
    const description = (r['brief description'] ?? '').trim();
    const town = (r['town/city'] ?? '').trim();
    if (!town || !textNamesTown(`${title} ${description}`, town)) return;
    lines.push(COLUMNS.map((c) => csvCell(c === 'entry' ? id : r[c] ?? '')).join(','));
  });
  return { csv: lines.join('\n') + '\n', rows: lines.length - 1 };
}
