import { afterEach, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { click, goodAnswer, slash } from './support/drive.ts';
import { oneBotPerFile, type Harness } from './support/harness.ts';

let h: Harness;
let reads = 0;

/** The store, counting `getSession` calls. */
function countingReads(store: Store): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key !== 'getSession' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        reads += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

oneBotPerFile(
  (harness) => {
    h = harness;
  },
  { bot: { wrapStore: countingReads } },
);
afterEach(() => expectCleanTraffic(h.fake));

/** How many times the session was read while `act` ran. */
async function readsOf<T>(act: () => Promise<T>): Promise<{ value: T; reads: number }> {
  const before = reads;
  const value = await act();
  return { value, reads: reads - before };
}

it('each button press and each answer reads the session once (the checked session is passed on)', async () => {
  const ada = h.fake.user('ada');
  const question = await slash(h.fake, ada, 'mock-interview', { questions: 3 });
  const hinted = await readsOf(async () => (await click(h.fake, ada, question, 'Hint')).original());
  const opened = await readsOf(async () => {
    const handle = await click(h.fake, ada, hinted.value, 'Answer');
    await handle.response();
    return handle;
  });
  const graded = await readsOf(async () => {
    const submit = await h.fake.submitModal({ from: opened.value, fields: { answer: goodAnswer(hinted.value) } });
    await submit.response();
    return submit.original();
  });
  const model = await readsOf(async () => (await click(h.fake, ada, graded.value, 'Model answer')).response());
  const next = await readsOf(async () => (await click(h.fake, ada, graded.value, 'Next question')).original());
  const skipped = await readsOf(async () => (await click(h.fake, ada, next.value, 'Skip')).original());
  const ended = await readsOf(async () => (await click(h.fake, ada, skipped.value, 'End')).original());
  expect({
    hint: hinted.reads,
    answer: opened.reads,
    submit: graded.reads,
    model: model.reads,
    next: next.reads,
    skip: skipped.reads,
    end: ended.reads,
  }).toEqual({ hint: 1, answer: 1, submit: 1, model: 1, next: 1, skip: 1, end: 1 });
});
