import { z } from 'zod';

/** The only definition of the bank's shape: question-bank/*.json and rubrics/*.json are checked against it. */

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens (kebab-case)');

export const questionKinds = ['recall', 'when-to-use', 'comparison', 'scenario'] as const;

export const questionSchema = z.strictObject({
  id: idSchema,
  topic: idSchema,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  kind: z.enum(questionKinds),
  prompt: z.string().trim().min(10).max(1000),
  modelAnswer: z.string().trim().min(10).max(3000),
  hints: z.array(z.string().trim().min(3).max(300)).max(5).default([]),
});

/** A question-bank file: questions drawn from one source document (a file under question-bank/documents/). */
export const questionFileSchema = z.strictObject({
  document: z.string().min(1),
  questions: z.array(questionSchema).min(1),
});

/** More ways to say one point than anyone writes by hand; they bound the time to compile a rubric. */
export const MAX_ALIASES_PER_KEY_POINT = 50;
/** All key point texts and aliases of one rubric, in characters. */
export const MAX_RUBRIC_CHARACTERS = 20_000;

const formsSchema = z.array(z.string().trim().min(1).max(80)).min(1).max(30);

/**
 * What a key point claims, as structure: which thing (`subject`) it says what of (`object`). Without a
 * `relation` it pairs them ("cd to change directory", "Seaborn for quick plots"); with one it relates them in
 * one direction ("Seaborn is built on Matplotlib"); `inverse` lists wordings that state the same relation the
 * other way round ("Matplotlib is underneath Seaborn"). `contrary` lists what the subject is not or does not
 * do ("ETL is a database", "pwd deletes files"): said of the subject, it contradicts the claim. Each field
 * lists the surface forms that name it.
 */
export const claimSchema = z.strictObject({
  subject: formsSchema,
  object: formsSchema,
  relation: formsSchema.optional(),
  inverse: formsSchema.optional(),
  contrary: formsSchema.optional(),
});

export const keyPointSchema = z.strictObject({
  id: idSchema,
  text: z.string().trim().min(2).max(300),
  aliases: z
    .array(z.string().trim().min(1).max(200))
    .max(
      MAX_ALIASES_PER_KEY_POINT,
      `at most ${MAX_ALIASES_PER_KEY_POINT} aliases per key point: keep the ways people really say it`,
    )
    .default([]),
  weight: z.number().positive().max(10).default(1),
  source: z.string().trim().min(1).optional(),
  /** A follow-up question an interviewer asks when the point is nearly made, without giving it away. */
  probe: z.string().trim().min(10).max(300).optional(),
  /** Claims the point makes; an answer that states one of them the wrong way round is not credited. */
  claims: z.array(claimSchema).min(1).max(10).optional(),
  /**
   * Words of the point's text that other sections of its source document say too ("interactive" in a notebook
   * point when the workflow section also says it): said alone they tell which section an answer came from, not
   * that it makes this point, so without one of the point's other words they earn no partial credit.
   */
  sharedWords: z.array(z.string().trim().min(1).max(60)).max(30).optional(),
});

export const rubricSchema = z.strictObject({
  id: z.string().min(1).optional(),
  questionId: idSchema.optional(),
  question: z.string().optional(),
  keyPoints: z
    .array(keyPointSchema)
    .min(1)
    .max(25)
    .refine(
      (points) => rubricCharacters(points) <= MAX_RUBRIC_CHARACTERS,
      `the key points' texts and aliases together must stay within ${MAX_RUBRIC_CHARACTERS} characters`,
    ),
});

function rubricCharacters(points: readonly { text: string; aliases: readonly string[] }[]): number {
  return points.reduce((sum, p) => p.aliases.reduce((n, alias) => n + alias.length, sum + p.text.length), 0);
}

/** A rubrics/ file: one rubric per question of the bank file with the same name. */
export const rubricFileSchema = z.strictObject({
  rubrics: z.array(rubricSchema.extend({ questionId: idSchema })).min(1),
});

/**
 * One idea and the many ways people say it ("data lake", "one big shared pool", "central store"), from the
 * source document's meaning and general English. Any key point that says one form is also stated by the others.
 */
export const conceptSchema = z.strictObject({
  id: idSchema,
  forms: z.array(z.string().trim().min(2).max(80)).min(2).max(40),
});

/** rubrics/concepts.json: the bank's concept lexicon (optional). */
export const conceptFileSchema = z.strictObject({
  concepts: z.array(conceptSchema).max(500),
});

export type Concept = z.infer<typeof conceptSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionFile = z.infer<typeof questionFileSchema>;
export type KeyPoint = z.infer<typeof keyPointSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Rubric = z.infer<typeof rubricSchema>;
export type RubricFile = z.infer<typeof rubricFileSchema>;

/** A question with its rubric and the heading-resolved document it came from: what the engine works on. */
export interface BankQuestion extends Question {
  rubric: Rubric;
  document: string;
}

export interface Bank {
  questions: BankQuestion[];
  /** The concept lexicon (rubrics/concepts.json), when the bank has one. */
  concepts?: Concept[];
  byId: Map<string, BankQuestion>;
  topics: string[];
}
