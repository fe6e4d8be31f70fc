import { createConsoleLogger, type Logger } from '../adapters/discord/logger.ts';

/** Docker and systemd kill 10 s after SIGTERM: whatever is still running by then is given up before that. */
export const STOP_DEADLINE_MS = 8000;

export interface ShutdownOptions {
  /** From the first signal to the forced exit. */
  deadlineMs?: number;
  /** Where the process ends; tests pass their own. */
  exit?: (code: number) => void;
  /** The emitter of the signals (default `process`). */
  signals?: NodeJS.EventEmitter;
  logger?: Logger;
}

export interface Shutdown {
  /** Resolves with the signal's name on the first SIGINT or SIGTERM. */
  readonly requested: Promise<NodeJS.Signals>;
  readonly isRequested: boolean;
  /** Lines from here on go to this logger (the entry point makes its own once the configuration is read). */
  useLogger(logger: Logger): void;
  /** `work` unless a signal comes first (then undefined, and a later failure of `work` is ignored). */
  unlessRequested<T>(work: Promise<T>): Promise<T | undefined>;
  /**
   * The command has closed what it owns: whatever still holds the process shortly after (a connection
   * attempt to a server that never answers) is abandoned, and the process exits with its exit code.
   */
  closed(): void;
}

/** Time for the exit code to be set and the last lines written once the command has returned. */
const LINGER_MS = 300;

const EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * A long-running command's stop: the first SIGINT or SIGTERM asks it to finish (the command then stops
 * taking work, lets what is in progress end and closes the store); if that has not ended the process within
 * the deadline, it exits 0 anyway, leaving the rest (every store write is one transaction, so nothing is
 * left half-written). A second signal exits at once.
 */
export function watchForShutdown(options: ShutdownOptions = {}): Shutdown {
  const deadlineMs = options.deadlineMs ?? STOP_DEADLINE_MS;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const emitter = options.signals ?? process;
  let logger = options.logger ?? createConsoleLogger('info');
  let signalled: NodeJS.Signals | undefined;
  let resolveRequested: (signal: NodeJS.Signals) => void = () => {};
  const requested = new Promise<NodeJS.Signals>((resolve) => {
    resolveRequested = resolve;
  });

  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled !== undefined) {
      logger.warn('second signal: exiting now', { signal });
      exit(EXIT_CODES[signal] ?? 1);
      return;
    }
    signalled = signal;
    logger.info('stopping', { signal, deadlineMs });
    // Unref'd: a process that has finished on its own is not held back by it.
    setTimeout(() => {
      logger.warn('stop took too long: exiting without waiting for the rest', { deadlineMs });
      exit(0);
    }, deadlineMs).unref();
    resolveRequested(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) emitter.on(signal, onSignal);

  return {
    requested,
    get isRequested() {
      return signalled !== undefined;
    },
    useLogger(next) {
      logger = next;
    },
    closed() {
      setTimeout(() => exit(typeof process.exitCode === 'number' ? process.exitCode : 0), LINGER_MS).unref();
    },
    async unlessRequested(work) {
      work.catch(() => {});
      if (signalled !== undefined) return undefined;
      return Promise.race([work, requested.then(() => undefined)]);
    },
  };
}
