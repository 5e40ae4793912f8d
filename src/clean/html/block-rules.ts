// Text rules for single blocks inside the article region: what a block's own words say it is. Ordered
// data; the first rule that matches decides. Only short blocks are judged, so prose that happens to say
// "subscribe" stays.

import { countStep } from '../../text/step-counts.js';

export type BlockVerdict = 'removed' | 'related' | 'byline' | 'caption';

export interface BlockRule {
  name: string;
  verdict: BlockVerdict;
  /** Longest block (characters) the rule may judge. */
  maxChars: number;
  pattern: RegExp;
}

export const BLOCK_RULES: readonly BlockRule[] = [
  { name: 'advertisement', verdict: 'removed', maxChars: 40, pattern: /^(?:advertisement|advertising|ad|sponsored( content)?|story continues( below)?( advertisement)?|continue reading( below)?|scroll to continue.*|article continues below.*)$/i },
  { name: 'read-more', verdict: 'related', maxChars: 200, pattern: /^(?:read more|read also|also read|see also|related|more|keep reading|recommended|watch|listen|more on this( story)?|most read|related (?:stories|articles|content|coverage|topics|news)|more from [^.]{0,60}|further reading)(?:\s*[:»›>|—–-]|$)/i },
  { name: 'share', verdict: 'removed', maxChars: 80, pattern: /^(?:share|share this( article| story)?|share on \w+|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit)\b.{0,40}$/i },
  { name: 'newsletter', verdict: 'removed', maxChars: 220, pattern: /\b(?:sign up|subscribe|newsletter|inbox|get our|join our|support (?:our|independent) journalism|donate|make a (?:contribution|donation)|become a (?:member|subscriber|supporter))\b/i },
  { name: 'follow', verdict: 'removed', maxChars: 140, pattern: /^(?:follow (?:us|@|[A-Z][\w ]{0,40} on)|like us on facebook|click here|tap here|download (?:the|our) app)/i },
  { name: 'copyright', verdict: 'removed', maxChars: 200, pattern: /^(?:©|\(c\)|copyright\b)|all rights reserved|^this (?:material|article) may not be (?:published|reproduced)/i },
  { name: 'byline', verdict: 'byline', maxChars: 100, pattern: /^(?:by|written by|reporting by|words by|von|par|por)\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|and|&|de|van|von|da|,))*\s*(?:[|,•·-].*)?$/u },
  { name: 'dateline-stamp', verdict: 'byline', maxChars: 80, pattern: /^(?:published|updated|posted|last (?:updated|modified)|first published)\b.{0,70}$/i },
  { name: 'image-credit', verdict: 'caption', maxChars: 160, pattern: /^(?:photo|image|picture|video|credit|source|illustration|graphic|file photo)\s*(?::|by\b|credit\b|courtesy\b)|\((?:photo|image|credit)[^)]*\)$|\b(?:getty images|afp|reuters|ap photo|shutterstock|epa)(?:\s+via\s+[\w ]+)?\s*\)?$/i },
  { name: 'comments-count', verdict: 'removed', maxChars: 60, pattern: /^\d*\s*comments?\b|^(?:view|show|load|leave a|add a|post a) comments?\b|^\d+\s+(?:shares?|views?|likes?)$/i },
  { name: 'reading-time', verdict: 'removed', maxChars: 40, pattern: /^\d+\s*(?:min(?:ute)?s?|m)\s*read$/i },
];

export function judgeBlock(text: string): BlockRule | null {
  for (const rule of BLOCK_RULES) {
    if (text.length <= rule.maxChars && rule.pattern.test(text)) {
      countStep('clean-blocks', rule.name);
      return rule;
    }
  }
  return null;
}
