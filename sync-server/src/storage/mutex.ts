// A promise queue: one holder at a time. better-sqlite3 has one connection, so
// an open transaction must not interleave with another request's statements.
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
