import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeDiscord } from '../../support/fake-discord/index.ts';

/** Something a harness started (a bot, an HTTP endpoint). */
export interface Started {
  stop(): Promise<void>;
}

/**
 * The life cycle every harness of these tests shares: a fake Discord, and a temp folder with the SQLite
 * file that everything it starts opens (so a restart is a new start on the same file). Each start is a
 * new generation, for ids unique across restarts and a seed of its own. `close` stops what still runs,
 * then the fake, and removes the folder.
 */
export class TestHarness<R extends Started> {
  /** What was started and has not stopped yet. */
  readonly running = new Set<R>();
  private generation = 0;

  protected constructor(readonly fake: FakeDiscord, readonly dir: string) {}

  /** A fresh temp folder named `<prefix>XXXXXX`. */
  protected static tempDir(prefix: string): string {
    return mkdtempSync(join(tmpdir(), prefix));
  }

  get dbPath(): string {
    return join(this.dir, 'bot.db');
  }

  /** 1 for the first start, then 2, 3, … */
  protected nextGeneration(): number {
    return ++this.generation;
  }

  /** Adds `started` to `running`; its `stop` removes it, then runs `cleanUp`. */
  protected track(started: Omit<R, 'stop'>, cleanUp: () => Promise<void>): R {
    const item = {
      ...started,
      stop: async () => {
        this.running.delete(item);
        await cleanUp();
      },
    } as unknown as R;
    this.running.add(item);
    return item;
  }

  async close(): Promise<void> {
    for (const running of [...this.running]) await running.stop();
    this.beforeFakeCloses();
    await this.fake.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Runs once everything started has stopped, while the fake's records are still there. */
  protected beforeFakeCloses(): void {}
}
