import { describe, expect, it } from 'vitest';
import { MAX_ALIASES_PER_KEY_POINT, MAX_RUBRIC_CHARACTERS, rubricSchema } from '../../src/core/bank/schema.ts';
import { validateBank } from '../../src/core/bank/validate.ts';

const document = '# Doc\n\n## Alpha\nText about alpha.\n';
const question = {
  id: 'q-one',
  topic: 'a',
  difficulty: 1,
  kind: 'recall',
  prompt: 'Tell me about alpha.',
  modelAnswer: 'Alpha has text.',
};

function keyPoints(
  count: number,
  aliases: number,
  aliasLength = 20,
): { id: string; text: string; aliases: string[]; source: string }[] {
  return Array.from({ length: count }, (_, k) => ({
    id: `kp-${k}`,
    text: `point ${k}`,
    source: 'Alpha',
    aliases: Array.from({ length: aliases }, (_, i) => `alias ${k} ${i} `.padEnd(aliasLength, 'x')),
  }));
}

function bankWith(points: ReturnType<typeof keyPoints>) {
  return validateBank({
    questionFiles: [{ file: 'question-bank/a.json', data: { document: 'doc.md', questions: [question] } }],
    rubricFiles: [{ file: 'rubrics/a.json', data: { rubrics: [{ questionId: 'q-one', keyPoints: points }] } }],
    documents: { 'doc.md': document },
  });
}

describe('rubric size limits', () => {
  it(`takes ${MAX_ALIASES_PER_KEY_POINT} aliases per key point and refuses one more`, () => {
    expect(rubricSchema.safeParse({ keyPoints: keyPoints(1, MAX_ALIASES_PER_KEY_POINT) }).success).toBe(true);
    const over = rubricSchema.safeParse({ keyPoints: keyPoints(1, MAX_ALIASES_PER_KEY_POINT + 1) });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]?.message).toMatch(/at most 50 aliases per key point/);
  });

  it(`refuses a rubric whose texts and aliases pass ${MAX_RUBRIC_CHARACTERS} characters`, () => {
    const over = rubricSchema.safeParse({ keyPoints: keyPoints(25, 5, 200) });
    expect(over.success).toBe(false);
    expect(over.error?.issues.map((i) => i.message)).toContain(
      `the key points' texts and aliases together must stay within ${MAX_RUBRIC_CHARACTERS} characters`,
    );
  });

  it('lists 25 key points × 4,000 aliases as one problem per key point, and builds no bank', () => {
    const { bank, problems } = bankWith(keyPoints(25, 4_000));
    expect(bank).toBeNull();
    expect(problems).toHaveLength(25);
    expect(problems[0]).toMatchObject({
      file: 'rubrics/a.json',
      path: 'rubrics.0.keyPoints.0.aliases',
      code: 'invalid_shape',
    });
  });
});
