// What one East Slavic language brings to the shared Slavic annotators: its code and name, the time zone its
// reports are written in (relative words, "сегодня", "минулої доби", mean that zone's calendar day), and
// its word lists. Each list is data a pack fills; the readers in this folder are the same for both languages.
import type { Chrono } from 'chrono-node';
import type { SlavicOrganisation } from './entities.js';

export type SlavicCode = 'uk' | 'ru';

export interface SlavicLanguage {
  readonly code: SlavicCode;
  /** English name, for messages. */
  readonly name: string;
  /** IANA zone whose calendar the relative words of its reports count in. */
  readonly timeZone: string;
  /** Abbreviations written with a full stop that do not end a sentence ("м.", "обл.", "г."), lower case, without the stop. */
  readonly abbreviations: ReadonlySet<string>;
  /** chrono's parser for the language (chrono.uk, chrono.ru): dates, clocks and relative day words. */
  readonly chrono: Pick<Chrono, 'parse'>;
  /** Time phrases chrono does not read, for the refiners of time.ts. */
  readonly timeWords: {
    /** "the past day" of a daily summary ("минулої доби", "за сутки"): the report's day. Global flag. */
    readonly lastDay: RegExp;
    /** The words before a date that make it the night leading up to it ("в ночь на"), anchored at the end. */
    readonly nightBefore: RegExp;
    /** Words for parts of the day ("утром", "ввечері"): the TIMEX3 part a date with one gets (…TMO, …TNI). */
    readonly dayParts: ReadonlyArray<readonly ['MO' | 'AF' | 'EV' | 'NI', RegExp]>;
    /** Spellings of the language chrono does not know, each with one of the same length it does (global, case-insensitive). */
    readonly respell: ReadonlyArray<readonly [RegExp, string]>;
  };
  /** Place cues, lower case (see places/index.ts). */
  readonly places: {
    /** Prepositions of place: a town after one is a place ("у", "під", "біля"). */
    readonly prepositions: ReadonlySet<string>;
    /** Words for a settlement, abbreviations without their stop ("м", "село", "смт"): any village after one is a place. */
    readonly settlementWords: ReadonlySet<string>;
    /** The word for an oblast in any case ("області", "обл"), anchored. */
    readonly regionWords: RegExp;
    /** The word for a district in any case ("району", "р-н"), anchored. */
    readonly raionWords: RegExp;
    /** The word for a front's direction ("напрямку"): the adjective before it names a direction, not a place. Anchored. */
    readonly directionWords: RegExp;
    /** Capitalised words that are never names of places though a village is called so (sentence openers, titles). */
    readonly notNames: ReadonlySet<string>;
  };
  /** Organisations (see entities.ts). */
  readonly entities: {
    /** An oblast's administration after its adjective, the adjective captured first ("Сумська ОВА"). Global. */
    readonly regionalAdministration: RegExp;
    readonly organisations: readonly SlavicOrganisation[];
  };
}
