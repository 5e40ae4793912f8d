// Shapes of the actor facts tables. Every table is plain data: one entry per real entity or rule.

/** A known person. Names are written once; transliteration variants are generated (see variants.ts). */
export interface PersonFact {
  /** Stable id, also used as the entity id ("person:volodymyr-zelensky"). */
  id: string;
  canonical: string;
  /** Given names as the press spells them (first is the canonical one). */
  given: string[];
  /** Family names as the press spells them; Slavic endings get their variants added automatically. */
  family: string[];
  /** Which side of the war: UA, RU, or an ISO country code. Absent for international officials. */
  side?: string;
  role: string;
  /**
   * May the family name alone name this person before the full name appeared in the document?
   * False for surnames that are also common words, places or other people's names (Austin, Kim, Price).
   */
  surnameAlone: boolean;
  /** Set when the family name comes first (Xi Jinping, Kim Jong Un). */
  familyFirst?: boolean;
}

/** A named organisation that is one real body whatever the context (SBU, NATO, the World Bank). */
export interface OrganisationFact {
  id: string;
  canonical: string;
  /** Exact surface forms, case-sensitive for acronyms (all-caps aliases match only in capitals). */
  aliases: string[];
  side?: string;
  role?: string;
  type?: 'ORG' | 'GROUP';
}

/**
 * A kind of state body every country has ("the Defense Ministry", "the General Staff"); which country's
 * is meant comes from a qualifier in the text ("Ukraine's", "Russian", "of Ukraine") or the document.
 */
export interface InstitutionFact {
  kind: string;
  /** Surface forms of the bare institution, without any country qualifier. */
  aliases: string[];
  /** Canonical name per side; `*` is the template for other countries ({country} is filled in). */
  canonical: Record<string, string>;
  type?: 'ORG' | 'GROUP';
  /** Only with a country qualifier in the text, never from the document's context ("Russian army", not "the Army"). */
  needsQualifier?: boolean;
}

export interface CountryFact {
  /** ISO 3166-1 alpha-2 code, used as the side. */
  code: string;
  /** English short name as ACLED writes it in actor names ("Ukraine", "Russia"). */
  name: string;
  /** Adjectives and possessive nouns that qualify a body or a force with this country. */
  qualifiers: string[];
  /** ACLED's actor name for the country's armed forces, when the country fights or borders the war. */
  military?: string;
  police?: string;
}

/** A social group noun ("protesters", "farmers") and its ACLED-style actor name with a {country} slot. */
export interface GroupFact {
  nouns: string[];
  /** e.g. "Protesters ({country})". */
  template: string;
  /** Counts only with a country qualifier ("Ukrainian people", not "people"). */
  qualified?: boolean;
}
