// `npm run bench:learning`: simulated learners answer the real bank's questions for 60 days, the same number a
// day under three policies (FSRS due-first then weakest topic, as shipped; weakest topic only, as before; random).
// Prints the key points each policy leaves retained at day 60 (recall probability summed over every key point).
import { defaultBankRoot, loadBank } from '../src/adapters/fs/load-bank.ts';
import type { Bank } from '../src/core/bank/schema.ts';
import { pickQuestionForWeakness } from '../src/core/interview/index.ts';
import type { Attempt } from '../src/core/interview/types.ts';
import { randomIndex, seededRandom, type Random } from '../src/core/random.ts';
import { cardsAfterAttempt, dueQuestions, type ReviewCard } from '../src/core/review/index.ts';
import { pickDailyQuestion } from '../src/core/schedule/index.ts';
import { computeStats } from '../src/core/stats/index.ts';
import { createLearner } from './learning-model.ts';

const DAYS = 60;
const LEARNERS = 40;
/** Questions a day, and whether the learners' memory has the spacing effect (see createLearner). */
const RUNS: [perDay: number, spacing: boolean][] = [
  [3, true],
  [5, true],
  [5, false],
];
const START = Date.parse('2025-01-06T08:00:00.000Z');
const DAY_MS = 86_400_000;

type Policy = (day: Day) => string;
interface Day {
  bank: Bank;
  attempts: Attempt[];
  cards: ReviewCard[];
  now: Date;
  today: Set<string>;
  random: Random;
}

/** Today's daily rule: the weakest topic, a question with a weak key point, not one answered lately. */
const weakestTopic: Policy = ({ bank, attempts, now, today, random }) => {
  const recent = [...today, ...attempts.map((a) => a.questionId).reverse()];
  const weak = pickQuestionForWeakness(bank, computeStats(attempts, bank, now, null), random);
  if (weak.ok && !recent.slice(0, 10).includes(weak.value)) return weak.value;
  const topic = weak.ok ? (bank.byId.get(weak.value)?.topic ?? null) : null;
  const picked = pickDailyQuestion(bank, topic, recent, random);
  return picked.ok ? picked.value : (bank.questions[0]?.id as string);
};

/** As shipped: the most overdue due question first, else the weakest-topic rule. */
const fsrsDueFirst: Policy = (day) =>
  dueQuestions(day.cards, day.bank, day.now)
    .map((d) => d.questionId)
    .find((id) => !day.today.has(id)) ?? weakestTopic(day);

const randomQuestion: Policy = ({ bank, today, random }) => {
  const fresh = bank.questions.filter((q) => !today.has(q.id));
  return (fresh[randomIndex(random, fresh.length)] ?? bank.questions[0])!.id;
};

function simulate(bank: Bank, policy: Policy, seed: number, perDay: number, spacing: boolean): number {
  const random = seededRandom(seed);
  const learner = createLearner(bank, seededRandom(seed * 7919), spacing);
  const attempts: Attempt[] = [];
  let cards: ReviewCard[] = [];
  for (let d = 0; d < DAYS; d++) {
    const today = new Set<string>();
    for (let i = 0; i < perDay; i++) {
      const now = new Date(START + d * DAY_MS + i * 60_000);
      const question = bank.byId.get(policy({ bank, attempts, cards, now, today, random }))!;
      today.add(question.id);
      const keyPoints = learner.answer(question, d);
      const total = question.rubric.keyPoints.reduce((s, k) => s + k.weight, 0);
      const earned = question.rubric.keyPoints.reduce(
        (s, k, j) =>
          s + (keyPoints[j]!.status === 'hit' ? k.weight : keyPoints[j]!.status === 'partial' ? k.weight / 2 : 0),
        0,
      );
      const attempt: Attempt = {
        id: `a${attempts.length}`,
        userId: 'sim',
        sessionId: `d${d}-${i}`,
        questionId: question.id,
        topic: question.topic,
        guildId: null,
        answer: '',
        score: Math.round((100 * earned) / total),
        keyPoints,
        hintsUsed: 0,
        source: 'daily',
        createdAt: now.toISOString(),
      };
      attempts.push(attempt);
      const changed = cardsAfterAttempt(cards, attempt, question);
      const keys = new Set(changed.map((c) => `${c.questionId}/${c.keyPointId}`));
      cards = [...cards.filter((c) => !keys.has(`${c.questionId}/${c.keyPointId}`)), ...changed];
    }
  }
  return bank.questions.reduce(
    (sum, q) => sum + q.rubric.keyPoints.reduce((s, k) => s + learner.recall(q.id, k.id, DAYS), 0),
    0,
  );
}

async function main(): Promise<void> {
  const { bank } = await loadBank(defaultBankRoot());
  if (bank === null) throw new Error('bank has problems; run: mock-interviewer bank check');
  const keyPoints = bank.questions.reduce((s, q) => s + q.rubric.keyPoints.length, 0);
  console.log(
    `${LEARNERS} simulated learners × ${DAYS} days on the real bank (${bank.questions.length} questions, ${keyPoints} key points)`,
  );
  for (const [perDay, spacing] of RUNS) {
    console.log(
      `\n${perDay} questions a day, ${spacing ? 'with' : 'WITHOUT'} the spacing effect: key points retained at day ${DAYS} (expected recall summed; mean over learners, min-max)`,
    );
    for (const [name, policy] of [
      ['FSRS due-first', fsrsDueFirst],
      ['weakest topic', weakestTopic],
      ['random', randomQuestion],
    ] as const) {
      const retained = Array.from({ length: LEARNERS }, (_, i) => simulate(bank, policy, i + 1, perDay, spacing));
      const mean = retained.reduce((s, r) => s + r, 0) / retained.length;
      console.log(
        `  ${name.padEnd(15)} ${mean.toFixed(1).padStart(6)} of ${keyPoints} (${((100 * mean) / keyPoints).toFixed(1)} %), ${Math.min(...retained).toFixed(0)}-${Math.max(...retained).toFixed(0)}`,
      );
    }
  }
}

await main();
