import { afterEach, beforeEach } from 'vitest';
import { createPngRenderer } from '../../src/adapters/image/render-png.ts';
import type { Bank } from '../../src/core/bank/schema.ts';
import { seededRandom } from '../../src/core/random.ts';
import { createInterviewer, type Actor, type Interviewer } from '../../src/interviewer/interviewer.ts';
import { createLearning, type Learning } from '../../src/interviewer/review/index.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { testBank, verbatimGrade } from '../support/test-bank.ts';

export const T0 = new Date('2025-03-03T09:00:00.000Z');
export const DAY = 86_400_000;

export const DOCUMENTS: Record<string, string> = {
  'databases.md':
    '# Databases\n\n## Joins\n\nA join returns rows with matching keys in both tables; unmatched rows are dropped.\n\n## Indexes\n\nAn index speeds up reads and slows down writes.\n',
  'web.md': '# Web\n\n## Methods\n\nRepeating an idempotent request has the same effect.\n',
  'git.md': '# Git\n\n## Rebasing\n\nRebase rewrites commit history into a linear history.\n',
};

export interface LearningWorld {
  store: Store;
  interviewer: Interviewer;
  learning: Learning;
  /** Moves the fixed clock on. */
  advance(days: number): void;
  now(): Date;
  actor(name: string): Actor;
}

/** A fresh store (from `makeStore`) with the interview and learning use cases on a fixed clock, per test. */
export function useLearningWorld(makeStore: () => Promise<Store>, bank: Bank = testBank): () => LearningWorld {
  let world: LearningWorld | undefined;
  beforeEach(async () => {
    const store = await makeStore();
    let now = T0.getTime();
    let ids = 0;
    const base = { bank, store, clock: () => new Date(now), random: seededRandom(7), newId: () => `id-${++ids}` };
    world = {
      store,
      interviewer: createInterviewer({ ...base, grader: verbatimGrade }),
      learning: createLearning({ ...base, renderPng: createPngRenderer(), readDocuments: async () => DOCUMENTS }),
      advance: (days) => {
        now += days * DAY;
      },
      now: () => new Date(now),
      actor: (name) => ({ userId: `local:${name}`, displayName: name, guildId: 'g1', source: 'terminal' }),
    };
  });
  afterEach(async () => {
    await world?.store.close();
    world = undefined;
  });
  return () => {
    if (world === undefined) throw new Error('world used outside a test');
    return world;
  };
}

/** Starts an interview on exactly `questionIds` and answers each with the matching text; returns the session id. */
export async function answerQuestions(
  w: LearningWorld,
  actor: Actor,
  answers: Record<string, string>,
): Promise<string> {
  const ids = Object.keys(answers);
  const started = await w.interviewer.start(actor, { topic: null, difficulty: null, count: 20 });
  if (!started.ok) throw new Error(started.error);
  // The engine picks questions itself; rewrite the new session to the ones this test wants.
  const session = {
    ...started.value.session,
    questionIds: ids,
    outcomes: ids.map((questionId) => ({
      questionId,
      status: 'pending' as const,
      score: null,
      hintsUsed: 0,
      answers: 0,
      keyPoints: [],
    })),
  };
  const saved = await w.store.saveSession(session, started.value.session.version);
  if (!saved.ok) throw new Error(saved.error);
  for (const [index, id] of ids.entries()) {
    const answered = await w.interviewer.answer(actor, session.id, answers[id] as string);
    if (!answered.ok) throw new Error(answered.error);
    if (index < ids.length - 1) await w.interviewer.next(actor, session.id);
  }
  await w.interviewer.end(actor, session.id);
  return session.id;
}

/** The stores the learning tests run on: SQLite in memory, always. */
export const sqliteStore = (): Promise<Store> => openStore(':memory:', '.');
