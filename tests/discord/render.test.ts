import { describe, expect, it } from 'vitest';
import type { Feedback, SessionReport } from '../../src/core/interview/index.ts';
import { checklistLine, renderFeedback } from '../../src/adapters/discord/interview/render-feedback.ts';
import { progressBar, renderQuestion } from '../../src/adapters/discord/interview/render-question.ts';
import { renderReport } from '../../src/adapters/discord/interview/render-report.ts';
import { topicChoices } from '../../src/adapters/discord/interactions/topic-autocomplete.ts';
import { makeBank, bankQuestion, testQuestions } from '../support/test-bank.ts';

const keyPoint = { confidence: 1, missing: [] as string[], negated: false, source: 'Joins', weight: 1 };

function feedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    attemptId: 'attempt-7',
    question: { id: 'sql-joins', topic: 'sql', difficulty: 1, prompt: 'Explain an inner join.' },
    position: 2,
    total: 5,
    score: 72,
    gradeScore: 72,
    hintsUsed: 0,
    hintPenalty: 0,
    bestScore: 72,
    isRetry: false,
    canRetry: true,
    added: [],
    modelAnswer: 'An inner join…',
    note: null,
    isLast: false,
    followUp: null,
    followUpResult: null,
    checklist: [
      { ...keyPoint, id: 'a', status: 'hit', text: 'rows with matching keys', evidence: 'rows whose keys match' },
      {
        ...keyPoint,
        id: 'b',
        status: 'partial',
        text: 'structured query language',
        evidence: 'SQL',
        missing: ['structured'],
      },
      { ...keyPoint, id: 'c', status: 'miss', text: 'unmatched rows are dropped', evidence: null },
    ],
    ...overrides,
  };
}

describe('checklistLine', () => {
  it('marks covered, nearly and missed points in the document wording, quoting the evidence', () => {
    expect(feedback().checklist.map(checklistLine)).toMatchInlineSnapshot(`
      [
        "✅ **rows with matching keys** — “rows whose keys match”",
        "🟡 **structured query language** — you said “SQL” but not “structured”",
        "❌ **unmatched rows are dropped**",
      ]
    `);
  });

  it('escapes markdown and mentions in quoted evidence', () => {
    const line = checklistLine({
      ...keyPoint,
      id: 'x',
      status: 'hit',
      text: 'k',
      evidence: '**bold** `code` @everyone <@&123>',
    });
    expect(line).toBe('✅ **k** — “\\*\\*bold\\*\\* \\`code\\` @\u200beveryone <@\u200b&123\\>”');
  });
});

describe('renderFeedback', () => {
  it('shows the score and the buttons Model answer, Next question, Retry, End', () => {
    const message = renderFeedback('s1', feedback());
    expect(message.embeds[0]?.title).toBe('Question 2/5 · Score 72/100');
    expect(message.components[0]?.components.map((b) => ('label' in b ? b.label : ''))).toEqual([
      'Model answer',
      'Next question',
      'Retry',
      'End',
    ]);
  });

  it('on a retry, says what the retry added and which score is kept', () => {
    const message = renderFeedback(
      's1',
      feedback({
        isRetry: true,
        canRetry: false,
        bestScore: 90,
        score: 90,
        isLast: true,
        added: [{ id: 'c', text: 'unmatched rows are dropped', before: 'miss', after: 'hit' }],
      }),
    );
    expect(message.embeds[0]?.fields).toMatchInlineSnapshot(`
      [
        {
          "name": "Your retry added",
          "value": "❌ → ✅ unmatched rows are dropped",
        },
        {
          "name": "Kept score",
          "value": "90/100 (the better of your two answers)",
        },
      ]
    `);
    expect(message.components[0]?.components.map((b) => ('label' in b ? b.label : ''))).toEqual([
      'Model answer',
      'See summary',
    ]);
  });
});

describe('renderQuestion', () => {
  it('shows progress, the prompt and the buttons Answer, Hint, Skip, End', () => {
    const message = renderQuestion({
      sessionId: 's1',
      question: bankQuestion('sql-index'),
      index: 1,
      total: 5,
      hints: ['speeds up reads'],
    });
    expect(message.embeds[0]?.title).toBe('Question 2/5  ▰▰▱▱▱');
    expect(message.embeds[0]?.fields?.at(-1)).toEqual({ name: 'Hints (−10 points)', value: '1. speeds up reads' });
    expect(message.components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'mi:answer:s1:1',
      'mi:hint:s1:1',
      'mi:skip:s1:1',
      'mi:end:s1:1',
    ]);
    expect(progressBar(5, 5)).toBe('▰▰▰▰▰');
  });
});

describe('renderReport', () => {
  it('lists the score per question, topics to study and sections to read again', () => {
    const report: SessionReport = {
      sessionId: 's1',
      status: 'finished',
      overallScore: 36,
      answered: 1,
      skipped: 1,
      questions: [
        {
          questionId: 'sql-joins',
          topic: 'sql',
          prompt: 'Explain joins.',
          status: 'answered',
          score: 72,
          hintsUsed: 0,
          answers: 1,
        },
        {
          questionId: 'git-merge',
          topic: 'git',
          prompt: 'Explain merging.',
          status: 'skipped',
          score: 0,
          hintsUsed: 0,
          answers: 0,
        },
      ],
      topicsToStudy: [{ topic: 'git', score: 0 }],
      sectionsToStudy: [
        {
          document: 'git.md',
          source: 'Merging',
          missed: 2,
          keyPoints: [
            { questionId: 'git-merge', keyPointId: 'merge-commit', text: 'creates a merge commit' },
            { questionId: 'git-merge', keyPointId: 'keeps-history', text: 'keeps both histories' },
          ],
        },
      ],
    };
    expect(renderReport(report).embeds[0]).toMatchInlineSnapshot(`
      {
        "color": 15548997,
        "description": "1 answered · 1 skipped

      1. **72/100** — Explain joins.
      2. ⏭️ skipped — Explain merging.",
        "fields": [
          {
            "name": "Topics to study",
            "value": "git (0/100)",
          },
          {
            "name": "Read again in the document",
            "value": "• git.md › **Merging** — 2 missed: creates a merge commit; keeps both histories",
          },
        ],
        "footer": {
          "text": "Start another with /mock-interview · see your progress with /stats",
        },
        "title": "Interview finished · 36/100 overall",
      }
    `);
  });
});

describe('topicChoices', () => {
  it('offers at most 25 topics, prefix matches first', () => {
    const many = makeBank(
      Array.from({ length: 40 }, (_, i) => ({ ...testQuestions[0]!, id: `q-${i}`, topic: `topic-${i}` })),
    );
    expect(topicChoices(many, '').length).toBe(25);
    expect(topicChoices(makeBank(), 'it').map((c) => c.value)).toEqual(['git']);
    expect(topicChoices(makeBank(), 'h')[0]).toEqual({ name: 'http (3 questions)', value: 'http' });
  });
});
