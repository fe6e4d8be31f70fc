import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Root writes any file whatever its mode, so the read-only case needs the CLI to run as another user.
const asNobody = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');
const cli = resolve('bin/mock-interviewer.js');
const dir = mkdtempSync(join(tmpdir(), 'mi-read-only-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!asNobody)("a read-only SQLite file (the CLI run as nobody, the file root's with mode 0444)", () => {
  it('is refused with one line naming DATABASE_URL, exit code 2, and the file is left as it was', () => {
    const dbPath = join(dir, 'bot.db');
    execFileSync(process.execPath, [cli, 'stats', '--user', 'ada'], {
      env: { ...process.env, DATABASE_URL: dbPath },
      stdio: 'ignore',
    });
    chmodSync(dbPath, 0o444);
    chmodSync(dir, 0o755);
    const before = readFileSync(dbPath);
    const run = spawnSync(
      'setpriv',
      ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, cli, 'stats', '--user', 'ada'],
      {
        cwd: tmpdir(),
        env: { ...process.env, DATABASE_URL: dbPath },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'Cannot open the store DATABASE_URL names: the SQLite file or its folder is read-only ' +
        '(the bot must write the file and its -wal and -shm files beside it).',
    );
    expect(run.stderr).not.toContain(dbPath);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
  });
});
