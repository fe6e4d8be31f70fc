import { afterEach, describe, expect, it } from 'vitest';
import { buildOppositeIndex, type OppositeIndex } from '../../src/core/grading/opposites.ts';
import { parseAntonyms } from '../../src/core/grading/word-vectors.ts';
import { seededRandom } from '../../src/core/random.ts';
import { createInterviewer, type Interviewer } from '../../src/interviewer/interviewer.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { makeBank, testQuestions } from '../support/test-bank.ts';

const builtIn = makeBank(testQuestions.filter((q) => q.id === 'sql-index'));
/** A server's own bank: the interviewer plays it through `withBank`. */
const serverBank = makeBank(testQuestions.filter((q) => q.id === 'git-rebase'));
const opposites = buildOppositeIndex(parseAntonyms('linear nonlinear\n'));
const ada = { userId: 'ada', displayName: 'Ada', guildId: 'guild-1', source: 'terminal' as const };
const flipped = 'Rebasing rewrites commit history, and what you get is a nonlinear history.';

let store: Store;
afterEach(() => store.close());

function interviewer(withOpposites: OppositeIndex | undefined): Interviewer {
  store = openSqliteStore(':memory:');
  let n = 0;
  const deps = { bank: builtIn, store, clock: () => new Date('2026-03-02T09:30:00Z'), random: seededRandom(1) };
  return createInterviewer({
    ...deps,
    newId: () => `id-${++n}`,
    ...(withOpposites ? { opposites: withOpposites } : {}),
  });
}

async function linearPointOf(played: Interviewer): Promise<string | undefined> {
  const started = await played.start(ada, { topic: null, difficulty: null, count: 1 });
  if (!started.ok) throw new Error(started.error);
  const answered = await played.answer(ada, started.value.session.id, flipped);
  if (!answered.ok) throw new Error(answered.error);
  return answered.value.extra.checklist.find((c) => c.text === 'linear history')?.status;
}

describe("a server's own bank is graded with the product's opposite words", () => {
  it('does not credit a point said with a word flipped, where it would without the opposites', async () => {
    expect(await linearPointOf(interviewer(undefined).withBank(serverBank))).not.toBe('miss');
    await store.close();
    const played = interviewer(opposites);
    expect(played.opposites).toBe(opposites);
    expect(await linearPointOf(played.withBank(serverBank))).toBe('miss');
  });
});
