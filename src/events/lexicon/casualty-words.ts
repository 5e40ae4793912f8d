// Lemmas of the words that report deaths and injuries.

export const DEATH: ReadonlySet<string> = new Set(['kill', 'dead', 'die', 'drown', 'perish', 'fatality', 'death', 'slay']);
export const INJURY: ReadonlySet<string> = new Set(['injure', 'wound', 'hurt', 'injury']);
