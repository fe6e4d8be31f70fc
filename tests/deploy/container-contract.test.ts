import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { spawnCli } from '../discord/support/spawn-cli.ts';
import { startFakeDiscord } from '../support/fake-discord/index.ts';

vi.setConfig({ testTimeout: 60_000 });

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const run = promisify(execFile);

/** The Dockerfile's run stage (from the second FROM): instruction → arguments, in order. */
function runStage(): Array<[string, string]> {
  const joined = read('Dockerfile').replace(/\\\n/g, ' ');
  const lines = joined
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const stages = lines.map(
    (l) => [l.split(/\s+/)[0]!.toUpperCase(), l.slice(l.indexOf(' ') + 1).trim()] as [string, string],
  );
  const second = stages.findIndex((s, i) => s[0] === 'FROM' && stages.slice(0, i).some((t) => t[0] === 'FROM'));
  return stages.slice(second);
}
const valueOf = (stage: Array<[string, string]>, instruction: string) =>
  stage.filter((s) => s[0] === instruction).map((s) => s[1]);

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  profiles?: string[];
  env_file?: unknown;
}
const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, ComposeService> };

describe('the image, as docs/deployment.md describes it', () => {
  const stage = runStage();
  const readme = read('docs/deployment.md');

  it('runs as the non-root node user, from /app, with the SQLite file on the /data volume', () => {
    expect(valueOf(stage, 'USER')).toEqual(['node']);
    expect(valueOf(stage, 'WORKDIR')).toEqual(['/app']);
    expect(valueOf(stage, 'VOLUME')).toEqual(['["/data"]']);
    expect(valueOf(stage, 'ENV').join(' ')).toMatch(/\bDATA_DIR=\/data\b/);
    expect(valueOf(stage, 'RUN').join(' ')).toMatch(/chown node:node \/data/);
    expect(readme).toMatch(/non-root `node` user/);
    expect(readme).toMatch(/SQLite file on the `\/data` volume/);
  });

  it('copies only paths that exist, and everything the CLI needs at run time', () => {
    const copied = valueOf(stage, 'COPY')
      .filter((c) => !c.startsWith('--from'))
      .flatMap((c) => c.split(/\s+/).slice(0, -1));
    for (const path of copied) expect(existsSync(join(ROOT, path)), path).toBe(true);
    expect(copied).toEqual(
      expect.arrayContaining(['bin', 'src', 'question-bank', 'rubrics', 'package.json', 'tsconfig.json']),
    );
  });

  it('starts the gateway bot by default, with Node as PID 1 so SIGTERM reaches its clean stop', () => {
    expect(JSON.parse(valueOf(stage, 'CMD')[0]!)).toEqual(['node', 'bin/mock-interviewer.js', 'bot']);
    expect(valueOf(stage, 'EXPOSE')).toEqual(['8080']);
  });

  it('puts `mock-interviewer` on the PATH for the commands given to docker run, pointing at the package bin', () => {
    const bin = (JSON.parse(read('package.json')) as { bin: Record<string, string> }).bin;
    expect(bin).toEqual({ 'mock-interviewer': 'bin/mock-interviewer.js' });
    expect(valueOf(stage, 'RUN').join(' ')).toMatch(
      /ln -s \.\.\/\.\.\/bin\/mock-interviewer\.js node_modules\/\.bin\/mock-interviewer/,
    );
    expect(valueOf(stage, 'ENV').join(' ')).toMatch(/PATH=\/app\/node_modules\/\.bin:/);
  });

  it('documents only commands the CLI has', async () => {
    const documented = [
      ...readme.matchAll(/^docker run .*? mock-interviewer (?:npx )?mock-interviewer ([\w-]+)/gm),
    ].map((m) => m[1]!);
    expect(documented.length).toBeGreaterThan(0);
    const usage = await run('node', [join(ROOT, 'bin/mock-interviewer.js'), '--help'], { cwd: ROOT }).catch(
      (e: { stdout: string; stderr: string }) => e,
    );
    for (const command of documented)
      expect(usage.stdout + usage.stderr).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('`mock-interviewer …` runs through the same link the image makes in node_modules/.bin', async () => {
    const binDir = mkdtempSync(join(tmpdir(), 'mi-bin-'));
    try {
      symlinkSync(join(ROOT, 'bin/mock-interviewer.js'), join(binDir, 'mock-interviewer'));
      const { stdout } = await run('mock-interviewer', ['bank', 'check'], {
        cwd: ROOT,
        env: { ...process.env, PATH: `${binDir}:${process.env.PATH ?? ''}` },
      });
      expect(stdout).toMatch(/question/i);
    } finally {
      rmSync(binDir, { recursive: true, force: true });
    }
  });
});

describe('compose.yaml, its commands and health checks run outside a container', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs a service's command (ports moved to free ones) and then its own health check against it. */
  async function runService(name: string, command: string[], extraEnv: Record<string, string>, fixedPort: string) {
    const service = compose.services[name]!;
    const fake = await startFakeDiscord();
    const dir = mkdtempSync(join(tmpdir(), 'mi-compose-'));
    dirs.push(dir);
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const env = {
      ...Object.fromEntries(Object.entries(service.environment ?? {}).filter(([key]) => key !== 'DATABASE_URL')),
      DATA_DIR: dir,
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_BASE: fake.apiBase,
      DISCORD_PUBLIC_KEY: fake.publicKey,
      HTTP_HOST: '127.0.0.1',
      ...extraEnv,
    };
    for (const key of Object.keys(env))
      if (env[key as keyof typeof env] === fixedPort) (env as Record<string, string>)[key] = port;
    // spawnCli runs `node bin/mock-interviewer.js` itself: pass what follows.
    const args = command.slice(2).map((arg) => (arg === fixedPort ? port : arg));
    const cli = spawnCli(args, env as Record<string, string>, ROOT);
    try {
      await cli.waitFor(/"message":"(serving HTTP interactions|bot ready)"/, 30_000);
      const [kind, program, flag, script] = service.healthcheck!.test;
      expect([kind, program, flag]).toEqual(['CMD', 'node', '-e']);
      await run('node', ['-e', script!.replace(`:${fixedPort}/`, `:${port}/`)]);
    } finally {
      expect(await cli.stop()).toBe(0);
      await fake.close();
    }
  }

  it('http replicas: `serve-http --port 8080` answers their health check', async () => {
    const command = compose.services['http-1']!.command!;
    expect(command.slice(0, 3)).toEqual(['node', 'bin/mock-interviewer.js', 'serve-http']);
    expect(compose.services['http-1']!.profiles).toEqual(['http']);
    await runService('http-1', command, {}, '8080');
  });

  it('gateway shards: the default command with METRICS_PORT answers their health check', async () => {
    expect(compose.services['shard-0']!.command).toBeUndefined();
    await runService('shard-0', ['node', 'bin/mock-interviewer.js', 'bot'], {}, '9100');
  });

  it('the balancer forwards to the http replicas on the port they listen on', () => {
    const nginx = read('deploy/nginx.conf');
    const upstreams = [...nginx.matchAll(/server (\S+):(\d+)/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(upstreams).toEqual(['http-1:8080', 'http-2:8080']);
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['http-1', 'http-2', 'balancer', 'postgres']));
  });
});

describe('the container files pass their linters', () => {
  it('Dockerfile (dockerfile-utils) and compose.yaml (dclint, .dclintrc.yaml)', async () => {
    await run('npx', ['dockerfile-utils', 'lint', 'Dockerfile'], { cwd: ROOT });
    const { stdout } = await run('npx', ['dclint', 'compose.yaml'], { cwd: ROOT });
    expect(stdout).not.toMatch(/error|warning/);
  });
});
