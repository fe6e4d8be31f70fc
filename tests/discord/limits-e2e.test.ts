import { describe, expect, it } from 'vitest';
import type { BankQuestion } from '../../src/core/bank/schema.ts';
import { makeBank } from '../support/test-bank.ts';
import { answer, click, slash, titleOf } from './support/drive.ts';
import { expectCleanTraffic } from './support/checks.ts';
import { oneBotPerFile, type Harness } from './support/harness.ts';

/** The largest content the bank schema allows: 1000-character prompts, 25 key points of 300 characters, 3000-character model answers. */
function hugeQuestion(i: number): BankQuestion {
  const keyPoints = Array.from({ length: 25 }, (_, k) => ({
    id: `kp-${k}`,
    text: `key point ${k} ${'about *markdown* `code` and | pipes '.repeat(9)}`.slice(0, 300),
    aliases: [],
    weight: 1,
    source: `Section ${k} ${'x'.repeat(200)}`,
  }));
  return {
    id: `huge-${i}`,
    topic: `topic-${String(i).padStart(2, '0')}-${'t'.repeat(60)}`,
    difficulty: 2,
    kind: 'scenario',
    document: `document-${'d'.repeat(150)}.md`,
    hints: [],
    prompt: `Question ${i}: ${'Explain in detail how this works. '.repeat(40)}`.slice(0, 1000),
    modelAnswer: 'A model answer sentence. '.repeat(125).slice(0, 3000),
    rubric: { questionId: `huge-${i}`, keyPoints },
  };
}

const bank = makeBank(Array.from({ length: 30 }, (_, i) => hugeQuestion(i)));
let h: Harness;

oneBotPerFile(
  (harness) => {
    h = harness;
  },
  { bot: { bank } },
);

describe('Discord limits with the largest content the bank allows', () => {
  it('keeps every message, modal and autocomplete answer within Discord limits', async () => {
    const user = h.fake.user('maxine', { globalName: '**Maxine** `the` longest name' });
    const typing = await h.fake.autocomplete({
      user,
      name: 'mock-interview',
      options: { topic: '' },
      focused: 'topic',
    });
    await typing.response();
    expect(typing.choices).toHaveLength(25);
    let message = await slash(h.fake, user, 'mock-interview', { questions: 10 });
    for (let i = 0; i < 10; i++) {
      await (await click(h.fake, user, message, 'Hint')).response();
      const long = `${bank.questions[i]!.rubric.keyPoints.map((k) => k.text).join('. ')} @everyone `
        .repeat(4)
        .slice(0, 4000);
      const { message: feedback } = await answer(h.fake, user, message, long);
      expect(titleOf(feedback)).toMatch(/Score \d+\/100/);
      await (await click(h.fake, user, feedback, 'Model answer')).response();
      message = await (await click(h.fake, user, feedback, i === 9 ? 'See summary' : 'Next question')).original();
    }
    expect(titleOf(message)).toMatch(/^Interview finished/);
    await slash(h.fake, user, 'stats');
    await slash(h.fake, user, 'leaderboard', { period: 'all' });
    expectCleanTraffic(h.fake);
  }, 30_000);
});
