import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../src/adapters/discord/logger.ts';
import { watchForShutdown } from '../../src/main/shutdown.ts';

function recordingLogger() {
  const lines: string[] = [];
  const log = (message: string) => {
    lines.push(message);
  };
  const logger: Logger = { debug: log, info: log, warn: log, error: log };
  return { logger, lines };
}

describe('watchForShutdown', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves on the first signal, exits 0 at the deadline if the command is still stopping', async () => {
    vi.useFakeTimers();
    const signals = new EventEmitter();
    const exits: number[] = [];
    const { logger, lines } = recordingLogger();
    const shutdown = watchForShutdown({ signals, exit: (code) => exits.push(code), logger, deadlineMs: 8000 });
    expect(shutdown.isRequested).toBe(false);
    signals.emit('SIGTERM', 'SIGTERM');
    await expect(shutdown.requested).resolves.toBe('SIGTERM');
    vi.advanceTimersByTime(7999);
    expect(exits).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(exits).toEqual([0]);
    expect(lines).toEqual(['stopping', 'stop took too long: exiting without waiting for the rest']);
  });

  it('exits at once on a second signal, with the conventional code', () => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    watchForShutdown({ signals, exit: (code) => exits.push(code), logger: recordingLogger().logger });
    signals.emit('SIGINT', 'SIGINT');
    signals.emit('SIGINT', 'SIGINT');
    expect(exits).toEqual([130]);
  });

  it('gives up waiting for work a signal interrupted, and ignores its later failure', async () => {
    const signals = new EventEmitter();
    const shutdown = watchForShutdown({
      signals,
      exit: () => {},
      logger: recordingLogger().logger,
      deadlineMs: 60_000,
    });
    let fail: (error: Error) => void = () => {};
    const work = new Promise<string>((_resolve, reject) => {
      fail = reject;
    });
    const result = shutdown.unlessRequested(work);
    signals.emit('SIGTERM', 'SIGTERM');
    expect(await result).toBeUndefined();
    fail(new Error('login aborted'));
    await expect(shutdown.unlessRequested(Promise.resolve('done'))).resolves.toBeUndefined();
  });

  it('passes work through when no signal comes, failures included', async () => {
    const shutdown = watchForShutdown({
      signals: new EventEmitter(),
      exit: () => {},
      logger: recordingLogger().logger,
    });
    await expect(shutdown.unlessRequested(Promise.resolve(42))).resolves.toBe(42);
    await expect(shutdown.unlessRequested(Promise.reject(new Error('no token')))).rejects.toThrow('no token');
  });
});
