// `npm run bench:stats-image`: size and render time of the progress picture for a heavy user (a year of daily
// practice on the real bank), cold (first render, fonts loaded) and warm, alone and through the use case.
import { defaultBankRoot, loadBank } from '../src/adapters/fs/load-bank.ts';
import { createPngRenderer } from '../src/adapters/image/render-png.ts';
import type { Bank } from '../src/core/bank/schema.ts';
import type { Attempt } from '../src/core/interview/types.ts';
import { progressSvg } from '../src/core/progress/index.ts';
import { seededRandom, type Random } from '../src/core/random.ts';
import { cardsAfterAttempt, type ReviewCard } from '../src/core/review/index.ts';
import { createLearning } from '../src/interviewer/review/index.ts';
import { openStore } from '../src/store/open-store.ts';
import { cpus, loadavg } from 'node:os';
import { formatMs, nowMs, percentile } from './timing.ts';

const DAYS = 365;
const PER_DAY = 5;
const RUNS = 30;
const NOW = new Date('2026-01-01T12:00:00.000Z');

async function main(): Promise<void> {
  const { bank } = await loadBank(defaultBankRoot());
  if (bank === null) throw new Error('bank has problems; run: mock-interviewer bank check');
  const store = await openStore(':memory:', '.');
  const { attempts, cards } = heavyUser(bank, seededRandom(1));
  await store.upsertUser({
    id: 'heavy',
    displayName: 'Heavy user',
    timeZone: 'Europe/Paris',
    leaderboardOptOut: false,
  });
  for (const attempt of attempts) await store.addAttempt(attempt);
  await store.saveReviewCards(cards);
  const renderPng = createPngRenderer();
  const learning = createLearning({
    bank,
    store,
    clock: () => NOW,
    random: seededRandom(2),
    newId: () => 'x',
    renderPng,
    readDocuments: async () => ({}),
  });
  const { progress } = await learning.progress('heavy');

  const coldStart = nowMs();
  const first = await renderPng(progressSvg(progress, 'Progress of Heavy user').svg);
  const coldMs = nowMs() - coldStart;
  const render = await timed(() => renderPng(progressSvg(progress, 'Progress of Heavy user').svg));
  const useCase: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = nowMs();
    await learning.progressImage('heavy', 'Progress of Heavy user');
    useCase.push(nowMs() - start);
  }
  useCase.sort((a, b) => a - b);
  const { width, height } = progressSvg(progress, '');
  console.log(
    `heavy user: ${attempts.length} attempts over ${DAYS} days, ${cards.length} review cards, ${bank.topics.length} topics`,
  );
  console.log(`image: ${width}x${height} PNG, ${(first.byteLength / 1024).toFixed(1)} KB (target < 200 KB)`);
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} (wall times include waiting for a core)`,
  );
  console.log(
    `render (SVG + PNG): cold ${formatMs(coldMs)} wall; warm median ${formatMs(percentile(render.wall, 50))} wall / ${formatMs(percentile(render.cpu, 50))} CPU, p95 ${formatMs(percentile(render.wall, 95))} wall / ${formatMs(percentile(render.cpu, 95))} CPU (target < 150 ms)`,
  );
  console.log(
    `use case progressImage (SQLite reads + stats + render): median ${formatMs(percentile(useCase, 50))}, p95 ${formatMs(percentile(useCase, 95))}`,
  );
  await store.close();
}

/** Wall time and CPU time (user + system) of each run, each sorted: on a busy machine wall time counts the wait for a core. */
async function timed(work: () => Promise<unknown>): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = nowMs();
    const cpuStart = process.cpuUsage();
    await work();
    const used = process.cpuUsage(cpuStart);
    wall.push(nowMs() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

/** A year of practice: most days, a few questions a day, scores that drift upward. */
function heavyUser(bank: Bank, random: Random): { attempts: Attempt[]; cards: ReviewCard[] } {
  const attempts: Attempt[] = [];
  let cards: ReviewCard[] = [];
  for (let day = DAYS; day > 0; day--) {
    if (random() < 0.2) continue;
    for (let i = 0; i < PER_DAY; i++) {
      const question = bank.questions[Math.floor(random() * bank.questions.length)]!;
      const createdAt = new Date(NOW.getTime() - day * 86_400_000 + i * 60_000).toISOString();
      const skill = 0.4 + 0.5 * (1 - day / DAYS);
      const keyPoints = question.rubric.keyPoints.map((k) => ({
        id: k.id,
        status: random() < skill ? ('hit' as const) : ('miss' as const),
        confidence: 1,
        evidence: null,
        missing: [],
        negated: false,
      }));
      const score = Math.round((100 * keyPoints.filter((k) => k.status === 'hit').length) / keyPoints.length);
      const attempt: Attempt = {
        id: `a${attempts.length}`,
        userId: 'heavy',
        sessionId: `s${day}`,
        questionId: question.id,
        topic: question.topic,
        guildId: null,
        answer: 'words',
        score,
        keyPoints,
        hintsUsed: 0,
        source: 'terminal',
        createdAt,
      };
      attempts.push(attempt);
      const changed = cardsAfterAttempt(cards, attempt, question);
      const keys = new Set(changed.map((c) => `${c.questionId}/${c.keyPointId}`));
      cards = [...cards.filter((c) => !keys.has(`${c.questionId}/${c.keyPointId}`)), ...changed];
    }
  }
  return { attempts, cards };
}

await main();
