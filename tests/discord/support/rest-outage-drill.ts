import type { APIMessage } from 'discord-api-types/v10';
import { answeredTwice } from '../../main/support/outage-drills.ts';
import type { InteractionHandle } from '../../support/fake-discord/interaction-record.ts';
import { click, goodAnswer, slash, titleOf } from './drive.ts';
import { openHarness } from './harness.ts';
import { slowStore } from './slow-store.ts';

const EDIT_ORIGINAL = 'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original';
const FOLLOW_UP = 'POST /webhooks/{webhook_id}/{webhook_token}';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RestOutageFigures {
  outageMs: number;
  /** Answers submitted (and acknowledged with a deferral) while edits and follow-ups got 503. */
  acknowledgedDuringOutage: number;
  injected5xx: number;
  /** The last feedback arrived this long after Discord answered again. */
  lastFinishedAfterMs: number;
  answersLost: number;
  duplicates: number;
}

/**
 * REST answering 503 to every edit and follow-up for `outageMs` while users answer: each answer is
 * acknowledged (deferred: the store is slow), and its feedback must arrive once Discord is back, once.
 */
export async function restOutageDrill(outageMs: number, users = 4, answersPerUser = 3): Promise<RestOutageFigures> {
  const h = await openHarness({ adverse: true });
  try {
    const delay = { ms: 0 };
    await h.startBot({ wrapStore: (store) => slowStore(store, delay), deferAfterMs: 300 });
    const handles: InteractionHandle[] = [];
    const questions: APIMessage[] = [];
    for (let u = 0; u < users; u++) {
      for (let a = 0; a < answersPerUser; a++)
        questions.push(await slash(h.fake, h.fake.user(`rest-${u}-${a}`), 'mock-interview', { questions: 1 }));
    }
    delay.ms = 150;
    h.fake.failFor(EDIT_ORIGINAL, { status: 503 }, outageMs);
    h.fake.failFor(FOLLOW_UP, { status: 503 }, outageMs);
    const backAt = performance.now() + outageMs;
    const spacing = outageMs / (answersPerUser + 1);
    await Promise.all(
      questions.map(async (question, i) => {
        await sleep(spacing * (i % answersPerUser));
        const user = h.fake.user(`rest-${Math.floor(i / answersPerUser)}-${i % answersPerUser}`);
        const opened = await click(h.fake, user, question, 'Answer');
        handles.push(opened);
        await opened.response();
        const submitted = await h.fake.submitModal({ from: opened, fields: { answer: goodAnswer(question) } });
        handles.push(submitted);
        await submitted.response();
      }),
    );
    const finishedAt = new Map<string, number>();
    await h.fake
      .waitFor(() => {
        for (const q of questions) {
          if (!finishedAt.has(q.id) && titleOf(h.fake.message(q.id) ?? q).includes('Score'))
            finishedAt.set(q.id, performance.now());
        }
        return finishedAt.size === questions.length ? true : undefined;
      }, outageMs + 60_000)
      .catch(() => undefined);
    const edits = h.fake.requests.filter((r) => r.routeKey === EDIT_ORIGINAL || r.routeKey === FOLLOW_UP);
    const delivered = new Map<string, number>();
    for (const r of edits.filter((e) => !e.injected && e.status < 300))
      delivered.set(r.path, (delivered.get(r.path) ?? 0) + 1);
    const followUps = edits.filter((r) => r.routeKey === FOLLOW_UP && !r.injected && r.status < 300).length;
    return {
      outageMs,
      acknowledgedDuringOutage: questions.length,
      injected5xx: edits.filter((r) => r.injected).length,
      lastFinishedAfterMs: Math.max(0, Math.round(Math.max(...finishedAt.values()) - backAt)),
      answersLost: questions.length - finishedAt.size,
      duplicates: answeredTwice(handles) + [...delivered.values()].filter((n) => n > 1).length + followUps,
    };
  } finally {
    await h.close();
  }
}
