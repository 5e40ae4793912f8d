// Lemmas of the words that report deaths and injuries.

export const DEATH: ReadonlySet<string> = new Set(['kill', 'dead', 'die', 'drown', 'perish', 'fatality', 'death', 'slay', 'murder']);
export const INJURY: ReadonlySet<string> = new Set(['injure', 'wound', 'hurt', 'injury']);
/**
 * Words that claim killing only when people are their object, as army statements use them: "eliminated 40
 * servicemembers" is a toll, "eliminated the threat" or "neutralised two tanks" is not.
 */
export const KILL_CLAIM: ReadonlySet<string> = new Set(['eliminate', 'neutralize', 'neutralise', 'liquidate']);
