// A compact constructor for person facts, so each table row reads as one line of data.
import type { PersonFact } from '../types.js';

export interface PersonRow {
  name: string;
  /** Extra given-name spellings beyond the canonical one. */
  given?: string[];
  /** Extra family-name spellings beyond the canonical one. */
  family?: string[];
  side?: string;
  role: string;
  /** Defaults to true; false when the surname alone is ambiguous. */
  alone?: boolean;
  familyFirst?: boolean;
  /** How many trailing words make the family name when it has several ("von der Leyen": 3). */
  familyWords?: number;
}

export function person(row: PersonRow): PersonFact {
  const parts = row.name.split(' ');
  const familyFirst = row.familyFirst ?? false;
  const k = row.familyWords ?? 1;
  const familyName = familyFirst ? parts[0]! : parts.slice(-k).join(' ');
  const givenName = familyFirst ? parts.slice(1).join(' ') : parts.slice(0, -k).join(' ');
  return {
    id: 'person:' + row.name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-'),
    canonical: row.name,
    given: [givenName, ...(row.given ?? [])].filter((g) => g.length > 0),
    family: [familyName, ...(row.family ?? [])],
    ...(row.side ? { side: row.side } : {}),
    role: row.role,
    surnameAlone: row.alone ?? true,
    ...(familyFirst ? { familyFirst } : {}),
  };
}
