/** Source of the current time; injected so tests can pin it. */
export type Clock = { now(): Date };

/** The real wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still at `at` until moved; for tests and benchmarks. */
export function fixedClock(at: Date): Clock & { set(next: Date): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next);
    },
  };
}
