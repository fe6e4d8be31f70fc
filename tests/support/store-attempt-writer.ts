// Child process for tests/store/crash.test.ts and postgres-crash.test.ts: saves attempts in a tight loop
// until killed, printing each attempt id only after its save resolved.
// Usage: store-attempt-writer.ts <db file | postgres URL> <user id>
import type { Attempt } from '../../src/core/interview/types.ts';
import { openStore } from '../../src/store/open-store.ts';

const [path, userId] = process.argv.slice(2);
if (!path || !userId) throw new Error('usage: store-attempt-writer.ts <db file | postgres URL> <user id>');

// A safety net so that an orphaned writer stops on its own.
const MAX_ATTEMPTS = 200_000;
const DEADLINE = Date.now() + 30_000;

const store = await openStore(/^postgres(ql)?:\/\//i.test(path) ? path : `sqlite:${path}`, '.');
for (let i = 1; i <= MAX_ATTEMPTS && Date.now() < DEADLINE; i += 1) {
  const attempt: Attempt = {
    id: `${userId}-${i}`,
    userId,
    sessionId: null,
    questionId: `q-${i % 7}`,
    topic: 'crash',
    guildId: 'guild-crash',
    answer: `answer number ${i} `.repeat(8),
    score: i % 101,
    keyPoints: [{ id: 'kp', status: 'hit', confidence: 0.75, evidence: `${i}`, missing: [], negated: false }],
    hintsUsed: 0,
    source: 'cli',
    createdAt: new Date().toISOString(),
  };
  await store.addAttempt(attempt);
  // stdout to a pipe is synchronous on Linux: once write returns, the id is in the pipe.
  process.stdout.write(`${attempt.id}\n`);
}
await store.close();
