// Page furniture: buttons, menus, ad slots, section labels. Whole-line matches only, so prose that
// merely mentions "share" or "menu" is never touched.
import type { LineRule } from './types.js';

const LABELS = [
  'advertisement', 'ad', 'sponsored( content)?', 'expand', 'collapse', 'close', 'menu', 'search', 'home',
  'share( (this|on) \\w+)?( share)?', 'tweet', 'print', 'email', 'copy link', 'comments?', 'reply', 'edit( post)?',
  'skip to (main )?content', 'skip navigation', 'more news', 'news feed', 'latest( news)?', 'top stories',
  'most (read|popular|viewed)', 'trending( now)?', "editors?['’]? picks?", 'load more', 'show more', 'next( article)?',
  'previous( article)?', 'back to top', 'listen( to (this )?article)?', '\\d+ min(ute)?s? read', '[*•·\\-–—=_~]{2,}',
  'loading\\.*', 'photo', 'video', 'gallery', 'audio', 'live',
];

export const CHROME_RULES: LineRule[] = [
  { name: 'furniture label', kind: 'chrome', maxWords: 6, test: new RegExp(`^(${LABELS.join('|')})[.:!]?$`, 'i') },
  { name: 'menu or breadcrumb', kind: 'chrome', maxWords: 16, test: /^([^|•·»›>]{1,30}\s[|•·»›>]\s){2,}[^|•·»›>]{1,30}$/u },
  { name: 'relative timestamp', kind: 'chrome', maxWords: 6, test: /^(updated|published|posted)?\s*:?\s*\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$/i },
  { name: 'social handles', kind: 'chrome', maxWords: 8, test: /^((facebook|twitter|x|telegram|instagram|youtube|linkedin|whatsapp|tiktok|reddit|email|rss)[\s,|·•/]*){2,}$/i },
];
