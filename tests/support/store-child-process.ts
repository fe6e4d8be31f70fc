import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A TypeScript script run in its own Node process, its stdout collected as complete lines. */
export interface StoreChild {
  process: ChildProcess;
  /** Lines printed so far; a line cut off by a kill is not included. */
  lines: string[];
  /** Resolves once a printed line satisfies `predicate` (checks lines already printed too). */
  waitForLine(predicate: (line: string) => boolean): Promise<void>;
  /** Resolves with the exit code, or the signal name when killed. */
  exited: Promise<number | string>;
}

/** Runs `tests/support/<script>` with `node --import tsx` from the repository root. */
export function spawnStoreChild(script: string, args: string[]): StoreChild {
  const scriptPath = fileURLToPath(new URL(script, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', scriptPath, ...args], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiters: Array<{ predicate: (line: string) => boolean; resolve: () => void }> = [];
  let partial = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.predicate(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  const exited = new Promise<number | string>((resolve) => {
    child.on('close', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  const waitForLine = (predicate: (line: string) => boolean) =>
    lines.some(predicate) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ predicate, resolve }));
  return { process: child, lines, waitForLine, exited };
}
