// Child process for tests/store/crash.test.ts: after "go" on stdin, appends its own tags to one shared
// session's questionIds with read-modify-save, retrying on version_conflict, and prints every outcome.
// Usage: store-session-writer.ts <db file | postgres URL> <session id> <writer name> <saves>
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Attempt, Session } from '../../src/core/interview/types.ts';
import { openStore } from '../../src/store/open-store.ts';

const [path, sessionId, writer, savesText] = process.argv.slice(2);
if (!path || !sessionId || !writer || !savesText) {
  throw new Error('usage: <db file | postgres URL> <session id> <writer> <saves>');
}

const store = await openStore(/^postgres(ql)?:\/\//i.test(path) ? path : `sqlite:${path}`, '.');
process.stdout.write('ready\n');
await once(process.stdin, 'data');

for (let saved = 0, tries = 0; saved < Number(savesText); tries += 1) {
  const id = `${writer}-${saved}-try${tries}`;
  const current = await store.getSession(sessionId);
  if (!current) throw new Error(`session ${sessionId} is missing`);
  // Widen the window between read and write so that the two writers really race.
  await sleep(1);
  const next: Session = { ...current, questionIds: [...current.questionIds], updatedAt: new Date().toISOString() };
  next.questionIds.push(id);
  const result = await store.saveSession(next, current.version, makeAttempt(id, current));
  process.stdout.write(result.ok ? `ok ${id} ${result.value.version}\n` : `conflict ${id}\n`);
  if (result.ok) saved += 1;
}
process.stdout.write('done\n');
await store.close();
process.stdin.destroy();

function makeAttempt(id: string, session: Session): Attempt {
  return {
    id,
    userId: session.userId,
    sessionId: session.id,
    questionId: 'q',
    topic: 'race',
    guildId: null,
    answer: id,
    score: 50,
    keyPoints: [],
    hintsUsed: 0,
    source: 'cli',
    createdAt: new Date().toISOString(),
  };
}
