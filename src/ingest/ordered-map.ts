// Runs an async function over a list with a few calls in flight at once and yields the results in list
// order, so fetching the next pages overlaps with annotating the current one while output stays ordered.

type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export async function* mapOrdered<T, R>(inputs: Iterable<T>, concurrency: number, fn: (input: T) => Promise<R>): AsyncGenerator<R> {
  const source = inputs[Symbol.iterator]();
  // Settled promises only: a call that fails while an earlier one is awaited must not be an unhandled rejection.
  const inFlight: Array<Promise<Settled<R>>> = [];
  const fill = () => {
    while (inFlight.length < Math.max(1, concurrency)) {
      const next = source.next();
      if (next.done) return;
      inFlight.push(fn(next.value).then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error })));
    }
  };
  fill();
  while (inFlight.length > 0) {
    const settled = await inFlight.shift()!;
    // Refilled before yielding, so the next calls run while the consumer works on this result.
    fill();
    if (!settled.ok) throw settled.error;
    yield settled.value;
  }
}
