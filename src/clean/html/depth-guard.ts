// Flattens pathologically deep pages before parsing (see walk.ts for why): one scan over the tags
// (indexOf jumps, no regex) that drops the tags nested beyond MAX_DEPTH and keeps all text. Used only
// after a parse has been stopped for going too deep.

export const MAX_DEPTH = 2000;

/** Elements that never hold children, or that the parser closes by itself when the next one opens. */
const NOT_NESTING: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'option', 'dt', 'dd', 'tr', 'td', 'th', '!doctype',
]);
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

/** Calls `visit` for each tag in document order; comments and raw-text element bodies are skipped. */
function scanTags(html: string, visit: (tag: Tag) => void): void {
  let at = 0;
  const n = html.length;
  while (at < n) {
    const lt = html.indexOf('<', at);
    if (lt < 0 || lt + 1 >= n) return;
    if (html.startsWith('!--', lt + 1)) {
      const close = html.indexOf('-->', lt + 4);
      if (close < 0) return;
      at = close + 3;
      continue;
    }
    const closing = html.charCodeAt(lt + 1) === 47; // '/'
    let i = closing ? lt + 2 : lt + 1;
    const nameStart = i;
    while (i < n) {
      const c = html.charCodeAt(i) | 0x20;
      if ((c >= 97 && c <= 122) || (i > nameStart && ((c >= 48 && c <= 57) || c === 45 || c === 58))) i++;
      else break;
    }
    if (i === nameStart) {
      at = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', i);
    if (gt < 0) return;
    const name = html.slice(nameStart, i).toLowerCase();
    visit({ start: lt, end: gt + 1, name, closing, selfClosing: html.charCodeAt(gt - 1) === 47 });
    at = gt + 1;
    if (!closing && RAW_TEXT.has(name)) {
      at = findClose(html, name, at);
    }
  }
}

/** Where the end tag of a raw-text element starts (any letter case), or the end of the page. */
function findClose(html: string, name: string, from: number): number {
  let at = from;
  for (;;) {
    const lt = html.indexOf('</', at);
    if (lt < 0) return html.length;
    if (html.slice(lt + 2, lt + 2 + name.length).toLowerCase() === name) return lt;
    at = lt + 2;
  }
}

/** The page unchanged, or, when it nests deeper than MAX_DEPTH, the page with the deeper tags removed. */
export function limitNesting(html: string): string {
  let depth = 0;
  let max = 0;
  scanTags(html, (t) => {
    if (NOT_NESTING.has(t.name) || t.selfClosing) return;
    if (t.closing) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  });
  if (max <= MAX_DEPTH) return html;
  const parts: string[] = [];
  let copied = 0;
  depth = 0;
  scanTags(html, (t) => {
    if (NOT_NESTING.has(t.name) || t.selfClosing) return;
    const tooDeep = t.closing ? depth > MAX_DEPTH : depth + 1 > MAX_DEPTH;
    depth = t.closing ? Math.max(0, depth - 1) : depth + 1;
    if (!tooDeep) return;
    parts.push(html.slice(copied, t.start));
    copied = t.end;
  });
  parts.push(html.slice(copied));
  return parts.join('');
}
