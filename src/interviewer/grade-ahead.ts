import type { BankQuestion } from '../core/bank/schema.ts';
import type { Grade } from '../core/grading/types.ts';
import { answerCurrent, type AnswerInput, type Grader } from '../core/interview/index.ts';
import type { AnswerJudge } from './judged-grader.ts';

/**
 * The grader for one answering step when a judge is configured. The step itself (answerCurrent) is pure and
 * synchronous, so the judge runs first, on exactly the question and cleaned answer the step would grade (a
 * dry run finds them, and refuses what the step would refuse without asking the judge); the step then gets
 * a grader that returns the judge's grade.
 */
export async function gradeAhead(judge: AnswerJudge | undefined, input: AnswerInput): Promise<Grader> {
  const offline = input.grader;
  if (judge === undefined) return offline;
  const asked: { question?: BankQuestion; answer?: string } = {};
  answerCurrent({
    ...input,
    grader: (question, answer) => {
      asked.question = question;
      asked.answer = answer;
      return offline(question, answer);
    },
  });
  const { question: judgedQuestion, answer: judgedAnswer } = asked;
  if (judgedQuestion === undefined || judgedAnswer === undefined) return offline;
  const judged: Grade = await judge(judgedQuestion, judgedAnswer);
  return (question, answer) => (question.id === judgedQuestion.id && answer === judgedAnswer ? judged : offline(question, answer));
}
