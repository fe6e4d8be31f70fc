import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/core/random.ts';
import { runPractice, type PracticeIo } from '../../../src/adapters/terminal/practice-loop.ts';
import type { LineReader } from '../../../src/adapters/terminal/line-reader.ts';
import { createStyle } from '../../../src/adapters/terminal/style.ts';
import { createInterviewer, type Actor } from '../../../src/interviewer/interviewer.ts';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../../src/store/store.ts';
import { bankQuestion, makeBank, verbatimGrade } from '../../support/test-bank.ts';

/** Typed lines, as a person at a terminal would enter them. */
function scriptedReader(lines: string[]): LineReader {
  const queue = [...lines];
  const line = async () => queue.shift() ?? null;
  return {
    line,
    async block() {
      const block: string[] = [];
      for (let next = await line(); next !== null; next = await line()) {
        if (next.trim() === '') {
          if (block.length > 0) break;
          continue;
        }
        if (block.length === 0 && next.startsWith('/')) return next;
        block.push(next);
      }
      return block.length === 0 ? null : block.join('\n');
    },
    close() {},
  };
}

const bob: Actor = { userId: 'bob', displayName: 'bob', guildId: null, source: 'terminal' };
const joinsOnly = makeBank([bankQuestion('sql-joins')]);
let store: Store;
let n = 0;

beforeEach(() => {
  store = openSqliteStore(':memory:');
});
afterEach(async () => {
  await store.close();
});

async function practise(lines: string[], isInteractive = true): Promise<{ output: string; store: Store }> {
  const interviewer = createInterviewer({
    bank: joinsOnly,
    store,
    clock: () => new Date('2026-12-04T10:00:00Z'),
    random: seededRandom(1),
    newId: () => `id-${++n}`,
    grader: verbatimGrade,
  });
  let output = '';
  const io: PracticeIo = {
    reader: scriptedReader(lines),
    write: (t) => {
      output += t;
    },
    style: createStyle(false),
    isInteractive,
  };
  await runPractice(interviewer, bob, { topic: null, difficulty: null, count: 1 }, io);
  return { output, store };
}

describe('runPractice follow-ups', () => {
  it('asks one follow-up about a nearly made point, grades it with the answer and shows it in the report', async () => {
    const { output } = await practise([
      'It keeps rows.',
      '',
      'I mean the rows with matching keys in both tables.',
      '',
      '',
    ]);
    expect(output).toContain('Follow-up: You mentioned “rows”.');
    expect(output.match(/Score: \d+\/100/g)).toEqual(['Score: 33/100', 'Score: 67/100']);
    expect(output).toContain('Your follow-up completed: rows with matching keys in both tables');
    expect(output).toMatch(/follow-up answered, point completed: You mentioned “rows”/);
    const attempts = await store.listAttempts('bob');
    expect(attempts.map((a) => a.score)).toEqual([33, 67]);
  });

  it('goes on when the follow-up is skipped with an empty line, and the report says it was skipped', async () => {
    const { output } = await practise(['It keeps rows.', '', '', '']);
    expect(output.match(/Score: \d+\/100/g)).toEqual(['Score: 33/100']);
    expect(output).toMatch(/follow-up skipped: You mentioned “rows”/);
  });

  it('ends the interview at once when /end is typed at the follow-up, without grading it as an answer', async () => {
    const { output } = await practise(['It keeps rows.', '', '/end']);
    expect(output.match(/Score: \d+\/100/g)).toEqual(['Score: 33/100']);
    expect(output).toMatch(/follow-up skipped: You mentioned “rows”/);
    const attempts = await store.listAttempts('bob');
    expect(attempts.map((a) => a.score)).toEqual([33]);
  });

  it('never asks when the input is piped, so scripts of answers keep working', async () => {
    const { output } = await practise(['It keeps rows.', '', 'unrelated second block', ''], false);
    expect(output).not.toContain('Follow-up:');
    expect(output.match(/Score: \d+\/100/g)).toEqual(['Score: 33/100']);
  });
});
