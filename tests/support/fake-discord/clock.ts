/** The fake's notion of "now": a base clock plus an offset tests can move forward. */
export class FakeClock {
  private offsetMs = 0;

  constructor(private readonly base: () => number = Date.now) {}

  now(): number {
    return this.base() + this.offsetMs;
  }

  /** Moves the fake's time forward (e.g. past an interaction token's lifetime) without waiting. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  isoNow(): string {
    return new Date(this.now()).toISOString();
  }
}
