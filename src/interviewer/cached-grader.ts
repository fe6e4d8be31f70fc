import type { Bank, BankQuestion } from '../core/bank/schema.ts';
import { compileRubric, gradeAnswer, type CompiledRubric } from '../core/grading/grade.ts';
import type { Grader } from '../core/interview/index.ts';

/** A grader that compiles each question's rubric once, on first use. */
export function cachedGrader(bank: Bank): Grader {
  const compiled = new Map<string, CompiledRubric>();
  return (question: BankQuestion, answer: string) => {
    let rubric = compiled.get(question.id);
    if (rubric === undefined) {
      rubric = compileRubric(bank.byId.get(question.id)?.rubric ?? question.rubric);
      compiled.set(question.id, rubric);
    }
    return gradeAnswer(rubric, answer);
  };
}
