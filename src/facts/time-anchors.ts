// Known dates that news text counts from ("13 months after the full-scale invasion"). Each entry names the
// phrases that refer to it and where the date comes from.

export interface TimeAnchor {
  /** ISO day. */
  date: string;
  /** Lower-case phrase patterns (regex source) that refer to the anchor, after an optional "the". */
  phrases: string;
  what: string;
}

export const TIME_ANCHORS: readonly TimeAnchor[] = [
  {
    // Russia's full-scale invasion of Ukraine began on 24 February 2022 (UN General Assembly resolution ES-11/1;
    // Wikipedia "Russian invasion of Ukraine").
    date: '2022-02-24',
    phrases: "(?:start of (?:the |russia's )?)?(?:full[- ]scale|large[- ]scale|russian|russia's) (?:invasion|war)(?: of (?:russia|ukraine))?|(?:start|beginning) of the (?:full[- ]scale )?(?:war|invasion)",
    what: 'full-scale invasion of Ukraine',
  },
  {
    // Russia annexed Crimea on 18 March 2014 (treaty signed in Moscow; Wikipedia "Annexation of Crimea by the Russian Federation").
    date: '2014-03-18',
    phrases: 'annexation of crimea|crimea(?:n)? annexation',
    what: 'annexation of Crimea',
  },
  {
    // The Kakhovka dam was destroyed on 6 June 2023 (UN OCHA flash update No. 1, 6 June 2023).
    date: '2023-06-06',
    phrases: '(?:destruction|collapse|breach|bombing) of the kakhovka dam|kakhovka dam (?:destruction|collapse|breach|disaster)',
    what: 'Kakhovka dam destruction',
  },
  {
    // Ukraine's Kharkiv counteroffensive began on 6 September 2022 (ISW campaign assessment, 6 September 2022).
    date: '2022-09-06',
    phrases: 'kharkiv counteroffensive',
    what: 'Kharkiv counteroffensive',
  },
];
