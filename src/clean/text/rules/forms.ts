// Newsletter and sign-up forms: their labels, buttons and thank-you notes.
import type { LineRule } from './types.js';

export const FORM_RULES: LineRule[] = [
  { name: 'required-field note', kind: 'form', maxWords: 8, test: /\bindicates? (a )?required\b/i },
  { name: 'email field label', kind: 'form', maxWords: 14, test: /\b(enter|type|your|valid|correct) e-?mail\b|\be-?mail address\b/i },
  { name: 'subscribe button', kind: 'form', maxWords: 4, test: /^(subscribe|sign ?up|submit|register|unsubscribe|log ?in|sign ?in)\b/i },
  { name: 'subscription done', kind: 'form', maxWords: 25, test: /\bsuccess\w* subscribed\b|\bthank(s| you) for (signing up|subscribing|registering)\b|\bconfirmation e-?mail\b/i },
  { name: 'newsletter pitch', kind: 'form', maxWords: 30, test: /\bnewsletters?\b.*\b(sign ?up|subscribe|inbox|e-?mail|receive|daily|weekly|free)\b|\b(sign ?up|subscribe)\b.*\bnewsletters?\b|^newsletters?\b/i },
  { name: 'inbox pitch', kind: 'form', maxWords: 12, test: /\b(in|to) your inbox\b|^inbox$/i },
  { name: 'email consent', kind: 'form', maxWords: 60, test: /\bby (submitting|entering|providing) your e-?mail\b|\bopt out at any time\b/i },
  { name: 'legal links', kind: 'form', maxWords: 14, test: /\b(terms of (service|use)|privacy (policy|notice)|cookie (policy|settings))\b/i },
];
