// What each HTML tag is to the extractor, as lookup tables.

/** Elements whose content is never page text. */
export const NO_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'picture', 'img', 'input', 'select', 'textarea', 'button', 'option', 'map', 'source', 'title',
]);

/** Elements that start a new block of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'head', 'dialog', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'ul', 'html', 'caption', 'legend', 'time', 'br',
]);

/** Block kinds that end up as one paragraph each. */
export type BlockKind = 'p' | 'heading' | 'li' | 'quote' | 'pre' | 'cell' | 'text';

export const BLOCK_KIND: Readonly<Record<string, BlockKind>> = {
  p: 'p', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'li', dd: 'li', dt: 'li', blockquote: 'quote', pre: 'pre', td: 'cell', th: 'cell',
};

/** Where text of this kind counts as article prose when scoring containers. */
export const SCORED_KINDS: ReadonlySet<BlockKind> = new Set(['p', 'pre', 'cell', 'text', 'quote']);
