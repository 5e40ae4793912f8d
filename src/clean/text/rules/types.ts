// A line rule: one signal that puts a line of a flattened page in a class. Rules are tried in order and
// the first that matches wins; a line no rule claims is 'text' and is judged by its shape later.

export type LineKind =
  | 'clock' // a time of day standing alone: the head of a live-feed item
  | 'form' // newsletter and sign-up forms
  | 'promo' // appeals: donate, follow us, get the app, read more on our site
  | 'chrome' // menus, buttons, ad slots, section labels
  | 'related-marker' // "Keep reading:", "Related": the teaser list that follows is other stories
  | 'teaser' // a link to another story with its own prefix ("See also: …", "WATCH VIDEO …")
  | 'caption' // a photo caption, told by its credit
  | 'credit' // a credit line alone: "(Photo via X)", "Source: X", "Reporting by X"
  | 'byline' // "By X …", often with the dateline
  | 'dateline' // a line that is only a date and time
  | 'text';

export interface LineRule {
  name: string;
  kind: Exclude<LineKind, 'text'>;
  /** The rule holds only for lines of at most this many words (long lines are article prose). */
  maxWords?: number;
  test: RegExp | ((text: string) => boolean);
}
