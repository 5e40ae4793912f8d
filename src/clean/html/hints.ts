// Why an element is page chrome rather than article: its tag, its ARIA role, its class or id. Each rule is
// one table entry; the first that matches names the kind, which decides where its text goes (captions,
// related, removed). Class rules are not applied to html/body/article/main, and an element whose class also
// says it is the content (article-body, entry-content…) is kept.

export type ChromeKind =
  | 'nav' | 'footer' | 'aside' | 'form' | 'hidden' | 'caption' | 'byline' | 'comments' | 'share' | 'related'
  | 'newsletter' | 'ad' | 'meta' | 'title';

export const TAG_CHROME: Readonly<Record<string, ChromeKind>> = {
  nav: 'nav', footer: 'footer', aside: 'aside', figcaption: 'caption', menu: 'nav', header: 'title', head: 'meta', dialog: 'newsletter',
};

export const ROLE_CHROME: Readonly<Record<string, ChromeKind>> = {
  navigation: 'nav', contentinfo: 'footer', complementary: 'aside', banner: 'nav', menu: 'nav', menubar: 'nav',
  dialog: 'newsletter', alertdialog: 'newsletter', search: 'nav', alert: 'newsletter', toolbar: 'share',
};

/** Class/id rules, first match wins. Patterns are tested on the lower-cased "class id" string. */
export const CLASS_CHROME: ReadonlyArray<{ kind: ChromeKind; pattern: RegExp }> = [
  { kind: 'hidden', pattern: /(?:^|[\s_-])(?:hidden|visually-?hidden|sr-only|screen-?reader|offscreen|d-none|is-hidden|invisible)(?:$|[\s_-])/ },
  { kind: 'caption', pattern: /caption|(?:^|[\s_-])credits?(?:$|[\s_-])|photo-?credit|image-?credit|wp-caption|media-?credit|copyright/ },
  { kind: 'byline', pattern: /byline|(?:^|[\s_-])author|contributor|dateline|(?:^|[\s_-])(?:post|entry|article|story)[_-]?(?:meta|info|date|time)|(?:^|[\s_-])timestamp|publish(?:ed)?[_-]?(?:date|time|on)|(?:^|[\s_-])(?:date|time)(?:$|[\s_-])/ },
  { kind: 'comments', pattern: /comment|disqus|discussion|respond|replies|(?:^|[\s_-])reply/ },
  { kind: 'share', pattern: /share|sharing|social|(?:^|[\s_-])sns|follow-?us|print-?button|toolbar|tools(?:$|[\s_-])|bookmark|reactions?(?:$|[\s_-])|(?:^|[\s_-])like/ },
  { kind: 'related', pattern: /related|recommend|more-?(?:stories|news|articles|from|on)|read-?(?:more|next|also)|also-?read|keep-?reading|outbrain|taboola|trending|popular|most-?read|(?:^|[\s_-])teaser|next-?(?:article|post|story)|prev-?(?:article|post)|pagination|(?:^|[\s_-])pager|breadcrumb|(?:^|[\s_-])tags?(?:$|[\s_-])|tag-?list|(?:^|[\s_-])topics?(?:$|[\s_-])|categor|see-?also|(?:^|[\s_-])links?(?:$|[\s_-])|(?:^|[\s_-])card/ },
  { kind: 'newsletter', pattern: /newsletter|subscri|sign-?up|signup|cookie|consent|gdpr|donat|paywall|(?:^|[\s_-])modal|popup|overlay|banner|(?:^|[\s_-])promo|membership|register|login|(?:^|[\s_-])cta(?:$|[\s_-])|call-?to-?action|(?:^|[\s_-])alert|notice/ },
  { kind: 'ad', pattern: /(?:^|[\s_-])ads?(?:$|[\s_-])|advert|sponsor|dfp|gpt-?ad|(?:^|[\s_-])ad[_-]?(?:slot|unit|wrapper|container|block)|commercial|affiliate/ },
  { kind: 'nav', pattern: /(?:^|[\s_-])nav|menu|masthead|(?:^|[\s_-])header(?:$|[\s_-])|site-?head|skip-?link|(?:^|[\s_-])search/ },
  { kind: 'footer', pattern: /footer|(?:^|[\s_-])foot(?:$|[\s_-])|colophon/ },
  { kind: 'aside', pattern: /sidebar|side-?bar|(?:^|[\s_-])aside|(?:^|[\s_-])rail(?:$|[\s_-])|right-?col|widget|(?:^|[\s_-])extra(?:$|[\s_-])/ },
];

/** A class/id that says "this is the article" overrides the chrome rules above. */
export const CONTENT_CLASS = /article-?body|articlebody|article-?content|article-?text|story-?body|story-?content|entry-?content|post-?content|post-?body|(?:^|[\s_-])body-?text|main-?content|(?:^|[\s_-])content(?:$|[\s_])|(?:^|[\s_-])article(?:$|[\s_])|(?:^|[\s_-])prose(?:$|[\s_-])|rich-?text|page-?content|text-?content|field-?body|(?:^|[\s_-])story(?:$|[\s_])/;

/** Score bonus for the class/id of a candidate container (readability's class weight, our patterns). */
export const POSITIVE_CLASS = /article|body|content|entry|main|page|post|text|blog|story|prose/;
export const NEGATIVE_CLASS = /hidden|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|banner|teaser|card/;

export const NEVER_CLASS_CHROME: ReadonlySet<string> = new Set(['html', 'body', 'article', 'main', 'p', 'h1', 'h2', 'h3', 'td', 'tr', 'tbody', 'table']);
