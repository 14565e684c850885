// A value that screens follow while work runs in the background (a sync run, a
// backup): set by the work, read with useSyncExternalStore; null when idle.
export class ProgressStore<T> {
  private value: T | null = null;
  private readonly listeners = new Set<() => void>();

  readonly get = (): T | null => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(value: T | null): void {
    this.value = value;
    for (const l of this.listeners) l();
  }
}

export interface Counted {
  done: number;
  /** Unknown while the far side has not said (a pull receives until the server has no more). */
  total?: number;
}
