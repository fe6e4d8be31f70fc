import type { BankQuestion } from '../core/bank/schema.ts';
import type { Grade } from '../core/grading/types.ts';
import type { Grader } from '../core/interview/index.ts';
import type { AnswerJudge } from './judged-grader.ts';

/**
 * The grader for one pure answering step (answerCurrent, or any step that grades once) when a judge is
 * configured. The step is synchronous, so the judge runs first, on exactly the question and cleaned answer the
 * step would grade: a dry run of the step with the offline grader finds them, and a step that refuses the
 * answer before grading asks the judge nothing. The real step then gets a grader returning the judge's grade.
 */
export async function gradeAhead(
  judge: AnswerJudge | undefined,
  offline: Grader,
  dryRun: (grader: Grader) => unknown,
): Promise<Grader> {
  if (judge === undefined) return offline;
  const asked: { question?: BankQuestion; answer?: string } = {};
  dryRun((question, answer) => {
    asked.question = question;
    asked.answer = answer;
    return offline(question, answer);
  });
  const { question: judgedQuestion, answer: judgedAnswer } = asked;
  if (judgedQuestion === undefined || judgedAnswer === undefined) return offline;
  const judged: Grade = await judge(judgedQuestion, judgedAnswer);
  return (question, answer) =>
    question.id === judgedQuestion.id && answer === judgedAnswer ? judged : offline(question, answer);
}
