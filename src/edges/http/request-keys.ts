// Cache keys by the request target exactly as it came (path and query, undecoded): clients repeat the same
// URLs, so a repeated one is not parsed into parameters and sorted again on every request. The same target
// always gives the same key, so this only skips work. Bounded against clients sending a new URL each time:
// forgetting costs a parse.
export class RequestKeys {
  private readonly keys = new Map<string, string>();

  constructor(private readonly maxTargets = 4096) {}

  keyFor(target: string, make: () => string): string {
    let key = this.keys.get(target);
    if (key === undefined) {
      key = make();
      if (this.keys.size >= this.maxTargets) this.keys.clear();
      this.keys.set(target, key);
    }
    return key;
  }
}
