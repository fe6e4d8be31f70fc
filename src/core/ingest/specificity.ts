import type { KeyPoint } from '../bank/schema.ts';
import { compilePhrase } from '../grading/compile-rubric.ts';
import { compileRubric, creditFor, gradeAnswer, type CompiledRubric } from '../grading/grade.ts';
import { matchKeyPoint } from '../grading/match-key-point.ts';
import { prepareAnswer } from '../grading/prepare-answer.ts';
import { buildTermWeights, type TermWeights } from '../grading/term-weights.ts';
import { contentWords } from '../rubric-draft/split-key-points.ts';
import { normalizeWord } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';
import type { DraftedQuestion } from './draft-question.ts';

/**
 * How many other questions' answers each question is read against (the ones sharing most words with it):
 * every one in a document of a few dozen questions; fewer in a long one, so a 1 MB document still drafts
 * in seconds.
 */
const MAX_OTHER_ANSWERS = 50;
const MIN_OTHER_ANSWERS = 5;
const MAX_GRADINGS = 20_000;
const MAX_ANSWERS_PER_RANKING_WORD = 200;
/** How much a point's weight falls per unit of credit other sections' answers earn on it (see below). */
const SHARED_CREDIT_PENALTY = 9;
const MIN_WEIGHT = 0.05;

/**
 * Keeps each drafted rubric specific to its own section. Every other section's model answer (the document's
 * own words elsewhere) is read as if a candidate gave it, and the product's grader says which of the
 * question's phrases it states:
 *
 * - an alias another section states is dropped: it is a way of saying something the document says
 *   elsewhere too, not of saying this point;
 * - a key point weighs 1 / (1 + 3·S), S the credit (0-1 each) other sections' answers earn on its own
 *   text: a point no other section makes weighs 1, one another section makes in full a quarter. Repeating
 *   what the rest of the document says then earns little, while an answer making every point still earns
 *   100 (weights only share the score out).
 *
 * Questions from the same heading are not compared: they answer parts of one section.
 */
export function keepSpecific(questions: DraftedQuestion[]): DraftedQuestion[] {
  const termWeights = termWeightsOf(questions);
  const index = answerIndexOf(questions);
  const budget = Math.max(MIN_OTHER_ANSWERS, Math.min(MAX_OTHER_ANSWERS, Math.floor(MAX_GRADINGS / questions.length)));
  return questions.map((drafted, i) => {
    const phraseStems = stemsOf(drafted.rubric.keyPoints.flatMap((k) => [k.text, ...k.aliases]).join('\n'));
    const others = otherAnswers(questions, index, i, phraseStems, budget);
    const withoutAliases = withoutSharedAliases(drafted, others, termWeights);
    // Dropping aliases changes the words the grader knows, so the points are read again as they now stand.
    const specific = withSharedWords(withoutAliases, others, termWeights, index.stemsOf);
    const rubric = compiledRubric(specific, termWeights);
    const shared = specific.rubric.keyPoints.map(() => 0);
    for (const answer of others)
      gradeAnswer(rubric, answer).keyPoints.forEach((result, k) => (shared[k]! += creditFor(result)));
    // Weights only share a question's score out among its points: a lone point keeps weight 1.
    const isAlone = shared.length === 1;
    const keyPoints = specific.rubric.keyPoints.map((point, k): KeyPoint => ({
      ...point,
      weight: isAlone ? 1 : weightFor(shared[k]!),
    }));
    return { ...specific, rubric: { ...specific.rubric, keyPoints } };
  });
}

/**
 * The question without the aliases another answer states. Each alias is judged alone, but against the
 * answer as the whole rubric reads it (its words, synonyms and slips), as the product grades.
 */
function withoutSharedAliases(drafted: DraftedQuestion, others: string[], termWeights: TermWeights): DraftedQuestion {
  const rubric = compiledRubric(drafted, termWeights);
  const context = { questionStems: stemsOf(drafted.question.prompt), termWeights };
  const aliases = drafted.rubric.keyPoints.map((point, k) =>
    point.aliases.map((alias) => ({
      alias,
      point: { ...rubric.keyPoints[k]!, phrases: [compilePhrase(alias, context)], writtenCount: 1 },
    })),
  );
  const prepared = others.map((answer) => prepareAnswer(answer, rubric.vocabulary));
  const keyPoints = drafted.rubric.keyPoints.map((point, k): KeyPoint => {
    const kept = aliases[k]!.filter(({ point: one }) =>
      prepared.every((answer) => matchKeyPoint(one, answer).status === 'miss'),
    );
    return { ...point, aliases: kept.length > 0 ? kept.map((a) => a.alias) : fallbackAliases(point) };
  });
  return { ...drafted, rubric: { ...drafted.rubric, keyPoints } };
}

/**
 * The question with each point's shared words: the words of its text said by another section's answer that
 * earns credit on it. Alone they then earn no partial credit; with the rest of the point they still make it.
 */
function withSharedWords(
  drafted: DraftedQuestion,
  others: string[],
  termWeights: TermWeights,
  stemsOfAnswer: (answer: string) => ReadonlySet<string>,
): DraftedQuestion {
  const rubric = compiledRubric(drafted, termWeights);
  const said = drafted.rubric.keyPoints.map(() => new Set<string>());
  for (const answer of others) {
    const stems = stemsOfAnswer(answer);
    gradeAnswer(rubric, answer).keyPoints.forEach((result, k) => {
      if (result.status !== 'miss') for (const stem of stems) said[k]!.add(stem);
    });
  }
  const keyPoints = drafted.rubric.keyPoints.map((point, k): KeyPoint => {
    const words = contentTokens(point.text).filter((t) => said[k]!.has(t.stem));
    // One form per stem: the grader reads "group" and "groups" as one word.
    const firstForms = new Map<string, string>();
    for (const t of words) if (!firstForms.has(t.stem)) firstForms.set(t.stem, t.word);
    const sharedWords = [...firstForms.values()];
    return sharedWords.length > 0 ? { ...point, sharedWords } : point;
  });
  return { ...drafted, rubric: { ...drafted.rubric, keyPoints } };
}

/** Word rarity over the drafted bank, the way the product computes it for a bank (bankTermWeights). */
function termWeightsOf(questions: DraftedQuestion[]): TermWeights {
  return buildTermWeights(
    questions.map((q) =>
      [q.question.prompt, q.question.modelAnswer, ...q.rubric.keyPoints.map((k) => k.text)].join('\n'),
    ),
  );
}

/** The question's rubric as the product compiles it (compileQuestionRubric: the prompt's words discounted). */
function compiledRubric(drafted: DraftedQuestion, termWeights: TermWeights): CompiledRubric {
  return compileRubric({ ...drafted.rubric, question: drafted.question.prompt }, { termWeights });
}

/**
 * Model answers of questions from other headings: those sharing most words with the phrases first (a phrase
 * can be stated without a shared word only through a synonym or a slip), at most `budget` of them.
 */
function otherAnswers(
  questions: DraftedQuestion[],
  index: AnswerIndex,
  self: number,
  phraseStems: Set<string>,
  budget: number,
): string[] {
  const shared = new Map<number, number>();
  for (const stem of phraseStems) {
    const answers = index.answersWith.get(stem) ?? [];
    // A word most answers say does not tell which of them are alike; counting it would only cost time.
    if (answers.length > MAX_ANSWERS_PER_RANKING_WORD) continue;
    for (const j of answers) shared.set(j, (shared.get(j) ?? 0) + 1);
  }
  const isOther = (j: number): boolean => index.sources[j] !== index.sources[self];
  const ranked = [...shared].filter(([j]) => isOther(j)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const chosen = ranked.slice(0, budget).map(([j]) => j);
  for (let j = 0; j < questions.length && chosen.length < budget; j += 1)
    if (isOther(j) && !shared.has(j)) chosen.push(j);
  return chosen.map((j) => questions[j]!.question.modelAnswer);
}

interface AnswerIndex {
  /** Stem → the questions whose model answer says it. */
  answersWith: Map<string, number[]>;
  sources: string[];
  /** The content stems of a model answer, computed once per answer. */
  stemsOf: (answer: string) => ReadonlySet<string>;
}

function answerIndexOf(questions: DraftedQuestion[]): AnswerIndex {
  const answersWith = new Map<string, number[]>();
  const stemsByAnswer = new Map<string, ReadonlySet<string>>();
  questions.forEach((q, j) => {
    const stems = stemsOf(q.question.modelAnswer);
    stemsByAnswer.set(q.question.modelAnswer, stems);
    for (const stem of stems) {
      const list = answersWith.get(stem);
      if (list === undefined) answersWith.set(stem, [j]);
      else list.push(j);
    }
  });
  const answerStems = (answer: string): ReadonlySet<string> => stemsByAnswer.get(answer) ?? stemsOf(answer);
  return { answersWith, sources: questions.map(sourceOf), stemsOf: answerStems };
}

function weightFor(sharedCredit: number): number {
  const weight = 1 / (1 + SHARED_CREDIT_PENALTY * sharedCredit);
  return Math.max(MIN_WEIGHT, Math.round(weight * 100) / 100);
}

/** The point's content words: the same terms as its text, so no new way for another answer to state it. */
function fallbackAliases(point: KeyPoint): string[] {
  const words = contentWords(point.text).join(' ');
  const alias = words !== '' && words !== normalizeWord(point.text) ? words : `${point.source ?? ''}: ${point.text}`;
  return [alias];
}

const sourceOf = (q: DraftedQuestion): string => q.rubric.keyPoints[0]?.source ?? '';

function stemsOf(text: string): Set<string> {
  return new Set(contentTokens(text).map((t) => t.stem));
}

const contentTokens = (text: string) => tokenize(text).filter((t) => !t.isStopword);
