import { spawn } from 'node:child_process';

export interface RunOptions {
  input?: Buffer;
  signal?: AbortSignal;
  /** Stop the program (and report `overLimit`) once it has written this many bytes to stdout. */
  maxStdoutBytes?: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface RunResult {
  code: number | null;
  stdout: Buffer;
  /** The last few kilobytes only: enough to explain a failure in a log line. */
  stderr: string;
  overLimit: boolean;
  aborted: boolean;
  /** Set when the program could not be started at all (not installed). */
  spawnError: string | null;
}

const STDERR_TAIL = 4096;

/**
 * Runs a program without a shell and collects its output. Never rejects: every way it can go wrong is a
 * field of the result, so callers turn it into an error code. The event loop stays free while it runs.
 */
export function runProcess(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const result: RunResult = {
      code: null,
      stdout: Buffer.alloc(0),
      stderr: '',
      overLimit: false,
      aborted: false,
      spawnError: null,
    };
    if (options.signal?.aborted) return resolve({ ...result, aborted: true });
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stdoutBytes = 0;
    const stop = () => child.kill('SIGKILL');
    const onAbort = () => {
      result.aborted = true;
      stop();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      if (result.overLimit) return;
      stdoutBytes += chunk.length;
      chunks.push(chunk);
      if (options.maxStdoutBytes !== undefined && stdoutBytes > options.maxStdoutBytes) {
        result.overLimit = true;
        stop();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      result.stderr = (result.stderr + chunk.toString()).slice(-STDERR_TAIL);
    });
    child.on('error', (error) => {
      result.spawnError = error.message;
    });
    child.on('close', (code) => {
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ ...result, code, stdout: Buffer.concat(chunks) });
    });
    // A program that exits before reading all its input is not an error of ours (EPIPE).
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? Buffer.alloc(0));
  });
}

/** One line for a log: what went wrong with a program run, never its input. */
export function describeFailure(name: string, run: RunResult): string {
  if (run.spawnError !== null) return `${name} could not start: ${run.spawnError}`;
  if (run.aborted) return `${name} was stopped (timeout)`;
  const tail = run.stderr.trim().split('\n').slice(-2).join(' | ');
  return `${name} exited with ${run.code ?? 'a signal'}${tail === '' ? '' : `: ${tail}`}`;
}
