// Number words are listed as whole forms (every case of "пять": пять, пяти, пятью, пятеро, пятерых): as stems
// they would match other words ("сем-ья", "пят-ница").
import type { NumberWord } from './types.js';

export function numberForms(rows: ReadonlyArray<readonly [number, string]>): NumberWord[] {
  return rows.flatMap(([value, forms]) => forms.split(' ').map((f) => ({ stem: `${f}=`, value })));
}
