import { describe, expect, it } from 'vitest';
import { mondayOf, progressSvg, sessionScores, type Progress } from '../../../src/core/progress/index.ts';
import { rankByStreak } from '../../../src/core/stats/index.ts';
import { escapeMarkdown } from '../../../src/core/study-sheet/index.ts';
import { makeAttempt } from '../stats/attempt-fixtures.ts';

const empty: Progress = {
  topics: [],
  sessionScores: [],
  calendar: { from: '2025-03-03', to: '2025-03-05', days: [] },
  streak: { current: 0, longest: 0, lastPracticeDay: null },
};

describe('sessionScores', () => {
  it('scores each session by the mean of its questions’ best scores, oldest session first', () => {
    const attempts = [
      makeAttempt('2025-03-02T10:00:00.000Z', { sessionId: 'b', score: 40 }),
      makeAttempt('2025-03-01T10:00:00.000Z', { sessionId: 'a', score: 20, questionId: 'sql-index' }),
      makeAttempt('2025-03-01T10:05:00.000Z', { sessionId: 'a', score: 80, questionId: 'sql-index' }),
      makeAttempt('2025-03-01T10:09:00.000Z', { sessionId: 'a', score: 60, questionId: 'git-merge' }),
      makeAttempt('2025-03-03T10:00:00.000Z', { sessionId: null, score: 100 }),
    ];
    expect(sessionScores(attempts).map((s) => [s.sessionId, s.score, s.questions])).toEqual([
      ['a', 70, 2],
      ['b', 40, 1],
    ]);
  });
});

describe('mondayOf', () => {
  it.each([
    ['2025-03-03', '2025-03-03'],
    ['2025-03-09', '2025-03-03'],
    ['2025-03-01', '2025-02-24'],
  ])('puts %s in the week of %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });
});

describe('progressSvg', () => {
  it('writes user text as text, never as markup', () => {
    const { svg } = progressSvg(
      { ...empty, topics: [{ topic: 'a<b>', mastery: 0.5, masteredKeyPoints: 1, keyPoints: 2 }] },
      'Zoë <script>alert(1)</script> & "x"',
    );
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Zoë &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
});

describe('escapeMarkdown', () => {
  it('leaves no heading, emphasis, link, code or HTML in the user’s words', () => {
    expect(escapeMarkdown('# hi *there* [x](y) `c` <b>|</b> ~s~ _u_')).toBe(
      '\\# hi \\*there\\* \\[x\\](y) \\`c\\` \\<b\\>\\|\\</b\\> \\~s\\~ \\_u\\_',
    );
  });
});

describe('rankByStreak', () => {
  it('ranks current streaks in each user’s own zone, then longest, leaving out lapsed ones', () => {
    const now = new Date('2025-03-10T20:00:00.000Z');
    const rows = rankByStreak(
      [
        {
          userId: 'tokyo',
          displayName: 'T',
          timeZone: 'Asia/Tokyo',
          times: ['2025-03-09T16:00:00.000Z', '2025-03-10T16:00:00.000Z'],
        },
        {
          userId: 'utc',
          displayName: 'U',
          timeZone: null,
          times: ['2025-03-08T12:00:00.000Z', '2025-03-09T12:00:00.000Z', '2025-03-10T12:00:00.000Z'],
        },
        { userId: 'lapsed', displayName: 'L', timeZone: null, times: ['2025-03-01T12:00:00.000Z'] },
      ],
      now,
      10,
    );
    expect(rows.map((r) => [r.userId, r.streak.current])).toEqual([
      ['utc', 3],
      ['tokyo', 2],
    ]);
  });
});
