// When a feed entry that failed is tried again: after a delay that doubles with each failure (a page that
// 404s now may be up in a minute, or an hour), up to a cap, and given up after a number of tries, when
// the entry is remembered as dealt with. Kept in memory: a restarted watcher tries its failures afresh.

export interface RetryPolicy {
  /** The delay after the first failure. */
  firstDelayMs: number;
  /** The longest delay between tries. */
  maxDelayMs: number;
  /** Tries (the first included) after which a failing entry is given up. */
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { firstDelayMs: 60_000, maxDelayMs: 6 * 3600_000, maxAttempts: 8 };

export class RetrySchedule {
  private readonly failures = new Map<string, { attempts: number; nextAt: number }>();

  constructor(
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
    private readonly now: () => number = Date.now,
  ) {}

  private entryOf(keys: readonly string[]) {
    for (const k of keys) {
      const f = this.failures.get(k);
      if (f) return f;
    }
    return undefined;
  }

  /** Whether an entry may be tried now: never failed, or its delay has passed. */
  due(keys: readonly string[]): boolean {
    const f = this.entryOf(keys);
    return !f || f.nextAt <= this.now();
  }

  /** Whether an entry waits for a retry (failed, not given up, not yet succeeded). */
  waiting(keys: readonly string[]): boolean {
    return this.entryOf(keys) !== undefined;
  }

  /** Records a failure: 'retry' (its next try is scheduled) or 'give-up' (it failed maxAttempts times). */
  failed(keys: readonly string[]): 'retry' | 'give-up' {
    const attempts = (this.entryOf(keys)?.attempts ?? 0) + 1;
    if (attempts >= this.policy.maxAttempts) {
      this.forget(keys);
      return 'give-up';
    }
    const delay = Math.min(this.policy.maxDelayMs, this.policy.firstDelayMs * 2 ** (attempts - 1));
    const f = { attempts, nextAt: this.now() + delay };
    for (const k of keys) this.failures.set(k, f);
    return 'retry';
  }

  forget(keys: readonly string[]): void {
    for (const k of keys) this.failures.delete(k);
  }
}
