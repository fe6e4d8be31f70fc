import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/core/interview/types.ts';
import { countedAnswers, isFirstAnswer, isRoundOpen, roundAnswer } from '../../../src/core/rounds/answer-round.ts';
import { canEndRound, closedRound, isRoundDue, roundsDue } from '../../../src/core/rounds/close-round.ts';
import { parsePracticeChannel } from '../../../src/core/rounds/practice-channel.ts';
import { dailyRoundId, startDailyRound, startRound } from '../../../src/core/rounds/start-round.ts';
import type { ChannelDailyConfig } from '../../../src/core/schedule/types.ts';
import { testBank } from '../../support/test-bank.ts';
import { answer, channel, makeRound } from './round-fixtures.ts';

const at = (iso: string) => new Date(iso);

describe('parsePracticeChannel', () => {
  it('defaults to 10-minute rounds on any topic', () => {
    expect(parsePracticeChannel({ channelId: 'c1', guildId: 'g1' }, testBank.topics)).toEqual({
      ok: true,
      value: channel,
    });
  });

  it.each([0, 121, 2.5, -1])('refuses %d minutes', (roundMinutes) => {
    expect(parsePracticeChannel({ channelId: 'c1', guildId: 'g1', roundMinutes }, testBank.topics)).toMatchObject({
      ok: false,
      error: 'invalid_round_minutes',
    });
  });

  it('checks the topic against the bank', () => {
    expect(
      parsePracticeChannel({ channelId: 'c1', guildId: 'g1', topic: 'Git', roundMinutes: 120 }, testBank.topics),
    ).toEqual({ ok: true, value: { ...channel, topic: 'git', roundMinutes: 120 } });
    expect(parsePracticeChannel({ channelId: 'c1', guildId: 'g1', topic: 'art' }, testBank.topics)).toMatchObject({
      error: 'unknown_topic',
    });
  });
});

describe('startRound', () => {
  const input = { id: 'r1', channel, questionId: 'git-rebase', startedBy: 'host', now: at('2025-06-01T10:00:00Z') };

  it("opens a round for the channel's minutes", () => {
    expect(startRound(input, [])).toEqual({ ok: true, value: makeRound() });
    expect(startRound({ ...input, channel: { ...channel, roundMinutes: 25 } }, [])).toMatchObject({
      value: { closesAt: '2025-06-01T10:25:00.000Z' },
    });
  });

  it("refuses a second open practice round in the channel, not a daily one or another channel's", () => {
    expect(startRound(input, [makeRound({ id: 'busy' })])).toEqual({
      ok: false,
      error: 'round_already_open',
      detail: 'busy',
    });
    expect(startRound(input, [makeRound({ kind: 'daily', startedBy: null }), makeRound({ channelId: 'c2' })]).ok).toBe(
      true,
    );
  });
});

describe('startDailyRound', () => {
  const config: ChannelDailyConfig = {
    channelId: 'c1',
    guildId: 'g1',
    time: '18:00',
    timeZone: 'America/New_York',
    topic: null,
    roleId: null,
    deliveryFailure: null,
  };

  it('closes at the end of the local day, on a 25-hour day too', () => {
    const round = startDailyRound(config, 'sql-joins', '2025-11-02', at('2025-11-02T23:00:00Z'));
    expect(round).toEqual({
      id: 'daily:c1:2025-11-02',
      kind: 'daily',
      guildId: 'g1',
      channelId: 'c1',
      questionId: 'sql-joins',
      startedBy: null,
      startedAt: '2025-11-02T23:00:00.000Z',
      closesAt: '2025-11-03T05:00:00.000Z',
      status: 'open',
      closedAt: null,
      messageId: null,
      threadId: null,
    });
    expect(dailyRoundId('c1', '2025-11-02')).toBe(round.id);
  });
});

describe('roundAnswer', () => {
  const attempt = { id: 'a1', userId: 'ada', score: 80, keyPoints: [] } as unknown as Attempt;

  it('takes an answer while the round is open', () => {
    expect(roundAnswer(makeRound(), attempt, at('2025-06-01T10:09:59Z'))).toEqual({
      ok: true,
      value: {
        roundId: 'r1',
        userId: 'ada',
        attemptId: 'a1',
        score: 80,
        keyPoints: [],
        answeredAt: '2025-06-01T10:09:59.000Z',
      },
    });
  });

  it('refuses an answer at or after the closing time, or to a closed round', () => {
    expect(roundAnswer(makeRound(), attempt, at('2025-06-01T10:10:00Z'))).toEqual({
      ok: false,
      error: 'round_closed',
      detail: 'r1',
    });
    expect(roundAnswer(makeRound({ status: 'closed' }), attempt, at('2025-06-01T10:01:00Z'))).toMatchObject({
      error: 'round_closed',
    });
    expect(isRoundOpen(makeRound(), at('2025-06-01T10:05:00Z'))).toBe(true);
  });
});

describe('first answer counts', () => {
  it("knows whether a member's next answer is their first", () => {
    const answers = [answer('ada', 50, [])];
    expect(isFirstAnswer(answers, 'ada')).toBe(false);
    expect(isFirstAnswer(answers, 'bob')).toBe(true);
  });

  it("counts each member's first answer, never the better retry", () => {
    const first = answer('ada', 40, ['hit']);
    const retry = answer('ada', 100, ['hit', 'hit', 'hit'], { isFirst: false, answeredAt: '2025-06-01T10:06:00.000Z' });
    expect(countedAnswers([retry, first, answer('bob', 70, [])])).toEqual([first, answer('bob', 70, [])]);
  });
});

describe('canEndRound', () => {
  it.each([
    { who: 'host', isModerator: false, result: { ok: true, value: true }, why: 'the member who started it' },
    { who: 'mod', isModerator: true, result: { ok: true, value: true }, why: 'a moderator' },
    { who: 'ada', isModerator: false, result: { ok: false, error: 'not_allowed', detail: 'r1' }, why: 'anyone else' },
  ])('$why may end it: $result.ok', ({ who, isModerator, result }) => {
    expect(canEndRound(makeRound(), who, isModerator)).toEqual(result);
  });

  it('lets only a moderator end a daily round, and nobody a closed one', () => {
    const daily = makeRound({ kind: 'daily', startedBy: null });
    expect(canEndRound(daily, 'host', false)).toMatchObject({ error: 'not_allowed' });
    expect(canEndRound(daily, 'mod', true).ok).toBe(true);
    expect(canEndRound(makeRound({ status: 'closed' }), 'host', true)).toMatchObject({ error: 'round_closed' });
  });
});

describe("closing after the round's minutes", () => {
  it('is due once its time is up, soonest first', () => {
    const rounds = [
      makeRound({ id: 'late', closesAt: '2025-06-01T10:20:00.000Z' }),
      makeRound(),
      makeRound({ id: 'x', status: 'closed' }),
    ];
    expect(isRoundDue(makeRound(), at('2025-06-01T10:09:59Z'))).toBe(false);
    expect(isRoundDue(makeRound(), at('2025-06-01T10:10:00Z'))).toBe(true);
    expect(roundsDue(rounds, at('2025-06-01T10:30:00Z')).map((r) => r.id)).toEqual(['r1', 'late']);
    expect(closedRound(makeRound(), at('2025-06-01T10:10:05Z'))).toEqual(
      makeRound({ status: 'closed', closedAt: '2025-06-01T10:10:05.000Z' }),
    );
  });
});
