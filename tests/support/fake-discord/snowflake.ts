/** Discord's epoch (2015-01-01T00:00:00Z); discord.js derives timestamps from ids relative to it. */
export const DISCORD_EPOCH = 1_420_070_400_000n;

/** Makes numeric snowflakes that are unique and increasing, from the fake's clock. */
export class SnowflakeGenerator {
  private lastMs = 0n;
  private increment = 0n;

  constructor(
    private readonly now: () => number,
    private readonly workerId = 1n,
  ) {}

  next(): string {
    let ms = BigInt(Math.floor(this.now())) - DISCORD_EPOCH;
    if (ms < 1n) ms = 1n;
    // Never go back in time: a clock moved backwards (or many ids in one ms) still yields increasing ids.
    if (ms <= this.lastMs) {
      ms = this.lastMs;
      this.increment += 1n;
      if (this.increment > 0xfffn) {
        ms += 1n;
        this.increment = 0n;
      }
    } else {
      this.increment = 0n;
    }
    this.lastMs = ms;
    return ((ms << 22n) | (this.workerId << 17n) | this.increment).toString();
  }
}

/** The creation time (ms since 1970) encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
