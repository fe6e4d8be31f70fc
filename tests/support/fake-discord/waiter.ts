/** Lets tests await "something the bot did": every state change re-checks the pending predicates. */
export class ChangeNotifier {
  private readonly waiters = new Set<Waiter>();
  private closed = false;

  notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  /**
   * Resolves with the first non-undefined value of `probe`, or rejects with `onTimeout()` after
   * `timeoutMs`. `pollMs` also re-checks on a timer, for conditions outside the fake (the client's state).
   */
  waitFor<T>(probe: () => T | undefined, timeoutMs: number, onTimeout: () => string, pollMs?: number): Promise<T> {
    const now = probe();
    if (now !== undefined) return Promise.resolve(now);
    if (this.closed) return Promise.reject(new Error('fake-discord is closed'));
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          let value: T | undefined;
          try {
            value = probe();
          } catch (error) {
            finish();
            reject(error);
            return;
          }
          if (value === undefined) return;
          finish();
          resolve(value);
        },
        fail: (error) => {
          finish();
          reject(error);
        },
      };
      const timer = setTimeout(() => waiter.fail(new Error(onTimeout())), timeoutMs);
      const poll = pollMs === undefined ? undefined : setInterval(() => waiter.check(), pollMs);
      const finish = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.waiters.delete(waiter);
      };
      this.waiters.add(waiter);
    });
  }

  /** Rejects everything still waiting (so a failing test does not hang on close). */
  close(): void {
    this.closed = true;
    for (const waiter of [...this.waiters]) waiter.fail(new Error('fake-discord closed while a test was waiting'));
  }
}

interface Waiter {
  check(): void;
  fail(error: Error): void;
}
