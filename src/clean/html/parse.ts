// Parsing with htmlparser2, guarded against pathological nesting. htmlparser2 keeps its open-element stack
// with Array#unshift, so parse time grows with the square of the depth (a page nested 100k deep takes
// minutes). The handler watches the depth it is told about, which costs nothing on ordinary pages; past
// MAX_DEPTH it stops the parse, and the page is parsed again with the deeper tags removed (depth-guard.ts).
import { Parser } from 'htmlparser2';
import { DomHandler, type Document } from 'domhandler';
import { limitNesting, MAX_DEPTH } from './depth-guard.js';

class TooDeep extends Error {}

class DepthLimitedHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (this.tagStack.length > MAX_DEPTH) throw new TooDeep();
  }
}

export function parsePage(html: string): Document {
  const handler = new DepthLimitedHandler();
  try {
    new Parser(handler).end(html);
    return handler.root;
  } catch (err) {
    if (!(err instanceof TooDeep)) throw err;
  }
  const flat = new DomHandler();
  new Parser(flat).end(limitNesting(html));
  return flat.root;
}
