// What one East Slavic language brings to the shared Slavic annotators: its code and name, the time zone its
// reports are written in (relative words, "сегодня", "минулої доби", mean that zone's calendar day), and
// its word lists. Each list is data a pack fills; the readers in this folder are the same for both languages.
export type SlavicCode = 'uk' | 'ru';

export interface SlavicLanguage {
  readonly code: SlavicCode;
  /** English name, for messages. */
  readonly name: string;
  /** IANA zone whose calendar the relative words of its reports count in. */
  readonly timeZone: string;
  /** Abbreviations written with a full stop that do not end a sentence ("м.", "обл.", "г."), lower case, without the stop. */
  readonly abbreviations: ReadonlySet<string>;
}
