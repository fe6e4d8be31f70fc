import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, writeSync, closeSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { messageFor } from '../../src/interviewer/messages.ts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answeredTwice, interviewOnce } from './support/outage-drills.ts';
import { startBot, startProxiedDiscord, stopAndTime, type ProxiedDiscord } from './support/stop-timing.ts';
import type { InteractionHandle } from '../support/fake-discord/interaction-record.ts';

vi.setConfig({ testTimeout: 90_000 });

/** A 4 MiB file system of its own (tmpfs; needs root), so the disk can really fill up. */
function mountSmallDisk(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'mi-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

/** Writes until the file system refuses (ENOSPC). */
function fillDisk(path: string): void {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

const disk = mountSmallDisk();
let discord: ProxiedDiscord;
beforeAll(async () => {
  discord = await startProxiedDiscord();
});
afterAll(async () => {
  await discord?.close();
  if (disk) {
    execFileSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  }
});

describe.skipIf(disk === null)('SQLite on a full disk (a real 4 MiB tmpfs)', () => {
  it('refuses answers with an apology and a logged SQLITE_FULL, corrupts nothing, and recovers when space returns', async () => {
    const dbPath = join(disk!, 'bot.db');
    const cli = startBot(discord.env({ DATABASE_URL: dbPath, DATA_DIR: disk! }), discord.dir);
    await cli.waitFor(/"message":"bot ready"/, 30_000);
    const { fake } = discord;
    const handles: InteractionHandle[] = [];
    expect(await interviewOnce(fake, fake.user('before-full'), handles)).toBe('scored');

    const filler = join(disk!, 'filler');
    fillDisk(filler);
    const whileFull = await Promise.all(
      [0, 1, 2].map((i) => interviewOnce(fake, fake.user(`while-full-${i}`), handles)),
    );
    expect(whileFull).not.toContain('scored');
    expect(cli.output()).toMatch(
      /"message":"interaction failed".*SQLITE_FULL|SQLITE_FULL.*"message":"interaction failed"/,
    );
    const notices = fake
      .messages(undefined, true)
      .map((m) => m.content)
      .filter((c) => c === messageFor('store_unavailable'));
    expect(notices.length).toBeGreaterThan(0);

    unlinkSync(filler);
    expect(await interviewOnce(fake, fake.user('after-space-returns'), handles)).toBe('scored');
    expect(answeredTwice(handles)).toBe(0);
    expect((await stopAndTime(cli)).code).toBe(0);

    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('SELECT user_id, count(*) AS n FROM attempts GROUP BY user_id').all() as Array<{
        user_id: string;
        n: number;
      }>;
      const ids = new Map(rows.map((r) => [r.user_id, r.n]));
      expect(ids.get(fake.user('before-full').id)).toBe(1);
      expect(ids.get(fake.user('after-space-returns').id)).toBe(1);
      for (const i of [0, 1, 2]) expect(ids.get(fake.user(`while-full-${i}`).id)).toBeUndefined();
    } finally {
      db.close();
    }
  });
});
