import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Reads lines and blank-line-terminated blocks from a stream (a terminal or a pipe). */
export interface LineReader {
  /** The next line, or null at the end of input. */
  line(): Promise<string | null>;
  /**
   * Lines up to the next empty line, joined; null at the end of input with nothing read. A command ("/hint")
   * on the first line is returned at once: nobody expects to press Enter twice for it.
   */
  block(): Promise<string | null>;
  close(): void;
}

const COMMAND = /^\/[a-z]+$/i;

export function createLineReader(input: Readable): LineReader {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  const iterator = rl[Symbol.asyncIterator]();
  const line = async (): Promise<string | null> => {
    const next = await iterator.next();
    return next.done === true ? null : String(next.value);
  };
  return {
    line,
    async block() {
      const lines: string[] = [];
      for (;;) {
        const next = await line();
        if (next === null) return lines.length === 0 ? null : lines.join('\n');
        if (next.trim() === '') {
          if (lines.length > 0) return lines.join('\n');
          continue;
        }
        if (lines.length === 0 && COMMAND.test(next.trim())) return next.trim();
        lines.push(next);
      }
    },
    close: () => rl.close(),
  };
}
