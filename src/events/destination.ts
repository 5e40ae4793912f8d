// Where forces go: "the paratroopers will go to Poland", "a brigade was sent to Romania". A place named right
// after the trigger of a deployment is where that one move takes place, though it be a whole country. Only
// deployments: "attacked Ukraine" is the war at large, and measured on the news-events dev gold, visits to a
// country ("advised not to travel to Ukraine", "several visits to Russia") were mostly no one happening.
import type { PlaceMention } from '../annotate/types.js';
import type { EventTypeId } from './taxonomy.js';

/** What may stand between the trigger and its destination: a preposition of direction or place, and an article. */
const LINK = /^\s*(?:(?:to|in|into|at|towards?|through)\s+)?(?:the\s+)?$/i;

/** Whether a place is named right after the trigger (ending at `triggerEnd`) of a deployment: its destination. */
export function namesDestination(type: EventTypeId, text: string, triggerEnd: number, places: readonly PlaceMention[]): boolean {
  if (type !== 'military.deployment') return false;
  return places.some((p) => p.start >= triggerEnd && p.start - triggerEnd <= 16 && LINK.test(text.slice(triggerEnd, p.start)));
}
