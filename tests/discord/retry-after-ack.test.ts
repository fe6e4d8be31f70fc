import { describe, expect, it } from 'vitest';
import { retryAfterAcknowledgement } from '../../src/adapters/discord/interactions/retry-after-ack.ts';
import type { Acknowledger } from '../../src/adapters/discord/interactions/respond.ts';

const message = { content: 'score', embeds: [], components: [] };
const http = (status: number) => Object.assign(new Error(`status ${status}`), { status });

/** An acknowledger whose edits and follow-ups throw the queued errors first, on a clock the waits move. */
function flaky(errors: unknown[]) {
  const clock = { ms: 0 };
  const sent: string[] = [];
  const fail = async (what: string) => {
    const error = errors.shift();
    if (error !== undefined) throw error;
    sent.push(what);
  };
  const ack = {
    hasMessage: false,
    editOriginal: () => fail('edit'),
    followUp: () => fail('follow-up'),
  } as unknown as Acknowledger;
  const waits: number[] = [];
  const wrapped = retryAfterAcknowledgement(ack, {
    budgetMs: 60_000,
    now: () => clock.ms,
    wait: async (ms) => {
      waits.push(ms);
      clock.ms += ms;
    },
  });
  return { wrapped, sent, waits };
}

describe('edits and follow-ups after the acknowledgement', () => {
  it('tries an edit again with growing, capped waits until Discord stops answering 5xx', async () => {
    const { wrapped, sent, waits } = flaky(Array.from({ length: 7 }, () => http(503)));
    await wrapped.editOriginal(message);
    expect(sent).toEqual(['edit']);
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 15_000, 15_000]);
  });

  it('gives up before the interaction token expires', async () => {
    const { wrapped, sent, waits } = flaky(Array.from({ length: 100 }, () => http(500)));
    await expect(wrapped.editOriginal(message)).rejects.toMatchObject({ status: 500 });
    expect(sent).toEqual([]);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000);
  });

  it('does not try a follow-up again after a lost connection (it may have been posted)', async () => {
    const { wrapped, sent } = flaky([new TypeError('fetch failed')]);
    await expect(wrapped.followUp(message, true)).rejects.toThrow('fetch failed');
    expect(sent).toEqual([]);
  });

  it('tries a follow-up again after a 5xx, and an edit after a lost connection', async () => {
    const refused = flaky([http(502)]);
    await refused.wrapped.followUp(message, true);
    expect(refused.sent).toEqual(['follow-up']);
    const dropped = flaky([new TypeError('fetch failed')]);
    await dropped.wrapped.editOriginal(message);
    expect(dropped.sent).toEqual(['edit']);
  });

  it('never tries again after a 4xx or our own abort', async () => {
    for (const error of [http(404), Object.assign(new Error('aborted'), { name: 'AbortError' })]) {
      const { wrapped, sent } = flaky([error]);
      await expect(wrapped.editOriginal(message)).rejects.toBe(error);
      expect(sent).toEqual([]);
    }
  });
});
