import { setTimeout as sleep } from 'node:timers/promises';
import type { APIMessage } from 'discord-api-types/v10';
import { messageFor } from '../../src/interviewer/messages.ts';
import type { Bank } from '../../src/core/bank/schema.ts';
import { seededRandom, type Random } from '../../src/core/random.ts';
import type { FakeDiscord } from '../../tests/support/fake-discord/index.ts';
import { buttonId, buttons } from '../../tests/discord/support/drive.ts';
import type { Acted, LoadDriver } from './driver.ts';

export interface UserPlan {
  index: number;
  seed: number;
  questions: number;
  thinkMs: readonly [number, number];
  rampMs: number;
  /** Tries of one step after a failed interaction (a user pressing again). */
  retries: number;
}

export interface UserResult {
  userId: string;
  finished: boolean;
  /** Interviews started again because the one in progress could not be continued. */
  restarts: number;
  /** Answers the user saw graded: each must be in the store afterwards. */
  acknowledged: string[];
  /** Answers that were wrong in content (an apology, a stale-button notice where none was due). */
  problems: string[];
}

type Step =
  | { kind: 'question'; message: APIMessage }
  | { kind: 'feedback'; message: APIMessage; isLast: boolean }
  | { kind: 'done' }
  | { kind: 'restart' };

/**
 * One simulated user: /mock-interview, then for every question Answer → modal → Next, thinking between
 * steps (seeded), pressing again when an interaction fails, as a person would after "interaction failed".
 */
export async function playInterview(
  fake: FakeDiscord,
  driver: LoadDriver,
  bank: Bank,
  plan: UserPlan,
): Promise<UserResult> {
  const random = seededRandom(plan.seed * 1_000_003 + plan.index);
  const think = () => sleep(plan.thinkMs[0] + random() * (plan.thinkMs[1] - plan.thinkMs[0]));
  const user = fake.user(`load-${plan.index}`);
  const result: UserResult = { userId: user.id, finished: false, restarts: 0, acknowledged: [], problems: [] };
  const retry = async (kind: string, deliver: Parameters<LoadDriver['act']>[1]): Promise<Acted | undefined> => {
    for (let attempt = 0; attempt <= plan.retries; attempt++) {
      if (attempt > 0) await think();
      const acted = await driver.act(kind, deliver);
      if (acted.error === undefined) return acted;
    }
    return undefined;
  };
  const press = (message: APIMessage, label: string) =>
    retry('button', () => fake.clickButton({ user, message: message.id, customId: buttonId(message, label) }));
  const start = async (): Promise<Step> => {
    const acted = await retry('slash', () =>
      fake.slash({ user, name: 'mock-interview', options: { questions: plan.questions } }),
    );
    return acted?.message ? { kind: 'question', message: acted.message } : { kind: 'done' };
  };

  await sleep(random() * plan.rampMs);
  let step = await start();
  for (let moves = 0; moves < 6 * (plan.questions + 2) && step.kind !== 'done'; moves++) {
    await think();
    if (step.kind === 'restart') {
      result.restarts += 1;
      step = await start();
    } else if (step.kind === 'question') {
      step = await answerQuestion(step.message);
    } else {
      const next = await press(step.message, step.isLast ? 'See summary' : 'Next question');
      step = afterMove(next, result);
    }
  }
  return result;

  async function answerQuestion(question: APIMessage): Promise<Step> {
    const opened = await press(question, 'Answer');
    if (opened?.type !== 9) return noticeStep(opened, question);
    await think();
    const text = answerFor(
      bank,
      question,
      random,
      `${plan.index}-${result.acknowledged.length + 1}-${result.restarts}`,
    );
    const submitted = await retry('modal', () => fake.submitModal({ from: opened.handle, fields: { answer: text } }));
    const feedback = submitted?.message;
    if (feedback && /Score \d+\/100$/.test(feedback.embeds[0]?.title ?? '')) {
      result.acknowledged.push(text);
      return { kind: 'feedback', message: feedback, isLast: buttons(feedback).some((b) => b.label === 'See summary') };
    }
    return noticeStep(submitted, question);
  }

  /** After a failed or refused step: an answer saved whose reply was lost is skipped past (its score stands). */
  async function noticeStep(acted: Acted | undefined, question: APIMessage): Promise<Step> {
    const content = acted?.message?.content ?? '';
    if (content === messageFor('answered_already')) return afterMove(await press(question, 'Skip'), result);
    result.problems.push(content || `no answer: ${acted?.error ?? 'gave up after retries'}`);
    return { kind: 'restart' };
  }
}

function afterMove(acted: Acted | undefined, result: UserResult): Step {
  const message = acted?.message;
  const title = message?.embeds[0]?.title ?? '';
  if (message && /^Interview (finished|ended early)/.test(title)) {
    result.finished = true;
    return { kind: 'done' };
  }
  if (message && buttons(message).some((b) => b.label === 'Answer')) return { kind: 'question', message };
  // The step went through but its reply was lost (the replica died): the latest question is out of reach.
  if (message?.content !== messageFor('question_moved_on'))
    result.problems.push(message?.content || `no answer: ${acted?.error ?? 'gave up'}`);
  return { kind: 'restart' };
}

/** A seeded answer to the question shown: some of its key points in prose, with a marker making it unique. */
function answerFor(bank: Bank, question: APIMessage, random: Random, marker: string): string {
  const prompt = question.embeds[0]?.description ?? '';
  const asked = bank.questions.find((q) => prompt.startsWith(q.prompt.slice(0, 200)));
  const points = (asked?.rubric.keyPoints ?? []).filter(() => random() < 0.65).map((k) => k.text);
  const body =
    points.length === 0 ? 'I would look at the data, the tools and the constraints first' : points.join('. ');
  return `In an interview I would say this (${marker}). ${body}. That is how I have used it in practice.`;
}
