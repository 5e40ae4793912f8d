// Appeals to the reader: donate, follow, subscribe, get the app, more on our site.
import type { LineRule } from './types.js';

export const PROMO_RULES: LineRule[] = [
  { name: 'journalism appeal', kind: 'promo', test: /\bsupport (independent |our |quality )?journalism\b|\bas little as [$€£]/i },
  { name: 'donation appeal', kind: 'promo', maxWords: 25, test: /^(please )?(donate|make a donation)\b|\bdonate (now|today|to us|here)\b|\bbecome a (member|patron|supporter|subscriber)\b/i },
  { name: 'support us', kind: 'promo', maxWords: 8, test: (t) => /^support\b|\bsupport us\b/i.test(t) && !/[.!?]["”’]?$/.test(t) },
  { name: 'partner pitch', kind: 'promo', maxWords: 20, test: /\bpartner with\b|\b(connect|advertise) your brand\b|\badvertise with us\b/i },
  { name: 'follow us', kind: 'promo', maxWords: 25, test: /\b(follow|join|watch|find|like) us on\b|\bjoin us\b.*\b(telegram|facebook|twitter|youtube|instagram|whatsapp)\b|\bsubscribe to (us|our)\b|\bfollow our (coverage|channel|page)\b/i },
  { name: 'get the app', kind: 'promo', maxWords: 16, test: /\b(get|download|install) (the|our) [\w ]{0,20}\bapp\b|\bclick here\b/i },
  { name: 'more on our site', kind: 'promo', maxWords: 22, test: /\b(main|home|front) page\b|\byou can (read|find|see) more\b|\bread more\b.*\b(on|at) [\w.-]+\.[a-z]{2,}\b/i },
  { name: 'full story pointer', kind: 'promo', maxWords: 14, test: /\b(read|see|watch) (our|the) full (story|report|article|interview|video)\b/i },
  // "Story continues below", "the rest of this report is after the clip": the reader is told where the article goes on.
  { name: 'continues-below note', kind: 'promo', maxWords: 14, test: /\b(?:continu\w*|rest) (?:of (?:the|this) (?:text|article|story|material|report) )?(?:is )?(?:below|under|after)\b|\b(?:story|article|text|report) continues (?:below|under|after)\b/i },
  { name: 'live-coverage pointer', kind: 'promo', maxWords: 22, test: /\b(track|follow) [\w ]{0,90}\b(in|on) our live (coverage|blog|feed)\b/i },
];
