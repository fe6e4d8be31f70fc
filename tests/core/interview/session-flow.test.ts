import { describe, expect, it } from 'vitest';
import { answerCurrent } from '../../../src/core/interview/answer-current.ts';
import { takeHint } from '../../../src/core/interview/hint.ts';
import { endSession, nextQuestion, skipCurrent } from '../../../src/core/interview/navigate.ts';
import { buildReport } from '../../../src/core/interview/report.ts';
import { currentQuestion } from '../../../src/core/interview/session-state.ts';
import type { Attempt, Session } from '../../../src/core/interview/types.ts';
import { fullAnswer, testBank, verbatimGrade } from '../../support/test-bank.ts';
import { at, newSession } from './session-fixtures.ts';

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('a whole session', () => {
  it('runs answer → next → … → finished and reports on it', () => {
    let session: Session = newSession({ topic: null, count: 3 }, 11);
    const attempts: Attempt[] = [];
    const respond = (text: string, minute: number) => {
      const result = unwrap(
        answerCurrent({
          session,
          bank: testBank,
          grader: verbatimGrade,
          answer: text,
          attemptId: `a${minute}`,
          now: at(minute),
        }),
      );
      attempts.push(result.attempt);
      session = result.session;
      return result.feedback;
    };
    const [first, second] = session.questionIds as [string, string, string];

    expect(respond(fullAnswer(first), 1)).toMatchObject({ score: 100, position: 1, total: 3, isLast: false });
    session = unwrap(nextQuestion(session, at(2)));

    expect(currentQuestion(session, testBank)?.id).toBe(second);
    session = unwrap(takeHint(session, testBank, at(3))).session;
    expect(respond(fullAnswer(second), 4)).toMatchObject({ score: 90, position: 2, isLast: false });
    session = unwrap(nextQuestion(session, at(5)));

    expect(respond('I do not know', 6)).toMatchObject({ score: 0, position: 3, isLast: true });
    session = unwrap(nextQuestion(session, at(7)));

    expect(session.status).toBe('finished');
    expect(attempts.map((a) => a.questionId)).toEqual(session.questionIds);
    expect(nextQuestion(session, at(8))).toEqual({ ok: false, error: 'session_not_active' });
    expect(buildReport(session, testBank)).toMatchInlineSnapshot(`
      {
        "answered": 3,
        "overallScore": 63,
        "questions": [
          {
            "answers": 1,
            "hintsUsed": 0,
            "prompt": "Explain sql joins in an interview.",
            "questionId": "sql-joins",
            "score": 100,
            "status": "answered",
            "topic": "sql",
          },
          {
            "answers": 1,
            "hintsUsed": 1,
            "prompt": "Explain git merge in an interview.",
            "questionId": "git-merge",
            "score": 90,
            "status": "answered",
            "topic": "git",
          },
          {
            "answers": 1,
            "hintsUsed": 0,
            "prompt": "Explain http caching in an interview.",
            "questionId": "http-caching",
            "score": 0,
            "status": "answered",
            "topic": "http",
          },
        ],
        "sectionsToStudy": [
          {
            "document": "web.md",
            "keyPoints": [
              {
                "keyPointId": "cache-control",
                "questionId": "http-caching",
                "text": "Cache-Control header",
              },
              {
                "keyPointId": "etag",
                "questionId": "http-caching",
                "text": "ETag revalidation",
              },
            ],
            "missed": 2,
            "source": "Caching",
          },
        ],
        "sessionId": "session-1",
        "skipped": 0,
        "status": "finished",
        "topicsToStudy": [
          {
            "score": 0,
            "topic": "http",
          },
        ],
      }
    `);
  });
});

describe('buildReport', () => {
  it('counts skipped questions as 0 and sends the user to every section they skipped', () => {
    let session = newSession({ topic: 'sql', count: 3 }, 7);
    session = unwrap(skipCurrent(session, at(1)));
    session = unwrap(
      answerCurrent({
        session,
        bank: testBank,
        grader: verbatimGrade,
        answer: fullAnswer(session.questionIds[1]!),
        attemptId: 'a',
        now: at(2),
      }),
    ).session;
    session = unwrap(endSession(session, at(3)));
    const report = buildReport(session, testBank);
    expect(report).toMatchObject({ status: 'ended', answered: 1, skipped: 2 });
    expect(report.overallScore).toBe(33);
    expect(report.sectionsToStudy.map((s) => [s.source, s.missed])).toHaveLength(2);
    expect(report.sectionsToStudy.every((s) => s.missed === 2)).toBe(true);
    expect(report.topicsToStudy).toEqual([{ topic: 'sql', score: 33 }]);
  });

  it('orders sections most missed first and keeps key points without a heading apart', () => {
    let session = newSession({ topic: 'http', count: 3 }, 3);
    for (let i = 0; i < 3; i++) {
      session = unwrap(
        answerCurrent({
          session,
          bank: testBank,
          grader: verbatimGrade,
          answer: 'I do not know',
          attemptId: `a${i}`,
          now: at(i),
        }),
      ).session;
      session = unwrap(nextQuestion(session, at(i)));
    }
    const sections = buildReport(session, testBank).sectionsToStudy;
    expect(sections.map((s) => s.missed)).toEqual([2, 2, 1, 1]);
    expect(
      sections
        .slice(0, 2)
        .map((s) => s.source)
        .sort(),
    ).toEqual(['Caching', 'Methods']);
    expect(sections.slice(2).map((s) => s.source)).toContain(null);
    expect(sections.find((s) => s.source === null)?.keyPoints).toEqual([
      { questionId: 'http-status', keyPointId: 'server-error', text: '5xx means a server error' },
    ]);
  });

  it('lists no topic to study when every topic scored well', () => {
    let session = newSession({ topic: 'sql', count: 1 }, 1);
    session = unwrap(
      answerCurrent({
        session,
        bank: testBank,
        grader: verbatimGrade,
        answer: fullAnswer(session.questionIds[0]!),
        attemptId: 'a',
        now: at(1),
      }),
    ).session;
    const report = buildReport(unwrap(nextQuestion(session, at(2))), testBank);
    expect(report).toMatchObject({ overallScore: 100, topicsToStudy: [], sectionsToStudy: [] });
  });
});
