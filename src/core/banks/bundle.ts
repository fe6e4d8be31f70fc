import { z } from 'zod';
import { idSchema, questionFileSchema, rubricFileSchema, type QuestionFile, type RubricFile } from '../bank/schema.ts';
import type { BankInput } from '../bank/validate.ts';

/**
 * One topic of a server's bank as one JSON file: what `/bank export` hands out and `/bank import` takes back.
 * `questions` and `rubrics` are exactly a question-bank/ file and its rubrics/ file; `document` is the
 * source document the key points cite.
 */
export const bankBundleSchema = z.strictObject({
  topic: idSchema,
  document: z.strictObject({
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/^[\w][\w.-]*$/, 'a plain file name'),
    text: z.string(),
  }),
  questions: questionFileSchema,
  rubrics: rubricFileSchema,
});

export type BankBundle = z.infer<typeof bankBundleSchema>;

/** The bundle as the files of a bank folder, for the bank check (which checks topics and sources too). */
export function bundleInput(bundles: readonly BankBundle[]): BankInput {
  return {
    questionFiles: bundles.map((b) => ({ file: `question-bank/${b.topic}.json`, data: b.questions })),
    rubricFiles: bundles.map((b) => ({ file: `rubrics/${b.topic}.json`, data: b.rubrics })),
    documents: Object.fromEntries(bundles.map((b) => [b.document.name, b.document.text])),
  };
}

export function makeBundle(
  topic: string,
  document: { name: string; text: string },
  questions: QuestionFile,
  rubrics: RubricFile,
): BankBundle {
  return { topic, document, questions, rubrics };
}
