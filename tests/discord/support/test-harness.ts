import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeDiscord } from '../../support/fake-discord/index.ts';

/** Something a test started (a bot, an HTTP endpoint). */
export interface Started {
  stop(): Promise<void>;
}

/**
 * What every harness of these tests shares: a fake Discord, and a temp folder with the SQLite file that
 * everything started opens (so a restart is a new start on the same file). Each start is a new
 * generation, for ids unique across restarts and a seed of its own.
 */
export interface TestWorld {
  readonly fake: FakeDiscord;
  readonly dir: string;
  readonly dbPath: string;
  /** What was started and has not stopped yet. */
  readonly running: Set<Started>;
  /** 1 for the first start, then 2, 3, … */
  nextGeneration(): number;
}

/** A world around `fake` with a fresh temp folder named `<prefix>XXXXXX`. */
export function openTestWorld(fake: FakeDiscord, prefix: string): TestWorld {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let generation = 0;
  return { fake, dir, dbPath: join(dir, 'bot.db'), running: new Set(), nextGeneration: () => ++generation };
}

/** Adds `started` to the world's running set; its `stop` removes it, then runs `cleanUp`. */
export function track<R extends object>(world: TestWorld, started: R, cleanUp: () => Promise<void>): R & Started {
  const item: R & Started = {
    ...started,
    stop: async () => {
      world.running.delete(item);
      await cleanUp();
    },
  };
  world.running.add(item);
  return item;
}

/**
 * Stops what still runs, runs `beforeFakeCloses` (the fake's records are still there), then closes the
 * fake and removes the folder.
 */
export async function closeTestWorld(world: TestWorld, beforeFakeCloses: () => void = () => {}): Promise<void> {
  for (const running of [...world.running]) await running.stop();
  beforeFakeCloses();
  await world.fake.close();
  rmSync(world.dir, { recursive: true, force: true });
}
