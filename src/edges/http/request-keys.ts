// Cache keys by the request target exactly as it came (path and query, undecoded): clients repeat the same
// URLs, so a repeated one is not parsed into parameters and sorted again on every request. The same target
// always gives the same key, so this only skips work. Bounded against clients sending a new URL each time:
// forgetting costs a parse.
import { LRUCache } from 'lru-cache';
export class RequestKeys {
  private readonly keys: LRUCache<string, string>;

  constructor(maxTargets = 4096) {
    this.keys = new LRUCache({ max: maxTargets });
  }

  keyFor(target: string, make: () => string): string {
    let key = this.keys.get(target);
    if (key === undefined) {
      key = make();
      this.keys.set(target, key);
    }
    return key;
  }
}
