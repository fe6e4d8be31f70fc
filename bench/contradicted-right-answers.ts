// `node --import tsx bench/contradicted-right-answers.ts [FILE.jsonl ...]`: for a rubric author adding claims and
// contrary forms. Lists every right statement a claim calls wrong: a key point of a question's model answer, a key
// point's own text or alias said as an answer, or a key point a labelled answer truly covers (its `covers`), that
// the grader marks contradicted (or, in a model answer or rubric phrase, also said wrongly). Only in-sample files belong here (never a held-out one). Exits 1 when it finds any.
import { loadOpposites } from '../src/adapters/fs/word-vectors.ts';
import { readFileSync } from 'node:fs';
import { defaultBankRoot, loadBank } from '../src/adapters/fs/load-bank.ts';
import { bankTermWeights, compileQuestionRubric } from '../src/core/grading/bank-grading.ts';
import type { CompiledRubric } from '../src/core/grading/compile-rubric.ts';
import { gradeAnswer } from '../src/core/grading/grade.ts';
import { labelledAnswerSchema } from './labelled.ts';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const { bank, problems } = await loadBank(defaultBankRoot());
if (bank === null) throw new Error(problems.map((p) => p.message).join('\n'));
const termWeights = bankTermWeights(bank, { opposites: loadOpposites() });
const compiled = new Map<string, CompiledRubric>();
const rubricOf = (questionId: string): CompiledRubric => {
  const question = bank.byId.get(questionId);
  if (question === undefined) throw new Error(`no question ${questionId}`);
  if (!compiled.has(questionId)) compiled.set(questionId, compileQuestionRubric(question, termWeights));
  return compiled.get(questionId)!;
};

const answers = [
  ...bank.questions.map((q) => ({ source: 'model answer', questionId: q.id, answer: q.modelAnswer, covers: null })),
  ...bank.questions.flatMap((q) =>
    q.rubric.keyPoints.flatMap((k) =>
      [k.text, ...k.aliases].map((answer) => ({ source: 'rubric phrase', questionId: q.id, answer, covers: [k.id] })),
    ),
  ),
  ...files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => ({ source: file, ...labelledAnswerSchema.parse(JSON.parse(line)) })),
  ),
];
let found = 0;
for (const { source, questionId, answer, covers } of answers) {
  const grade = gradeAnswer(rubricOf(questionId), answer);
  for (const point of grade.keyPoints) {
    const isRight = covers === null || covers.includes(point.id);
    // A model answer or a rubric phrase says nothing wrong either; a labelled answer may (`alsoSaidWrongly`).
    const isCalledWrong = point.contradicted === true || (!files.includes(source) && point.alsoSaidWrongly === true);
    if (!isRight || !isCalledWrong) continue;
    found += 1;
    console.log(`${source} ${questionId}/${point.id}: ${point.correction ?? ''}\n    ${answer}`);
  }
}
console.log(`${found} right statements contradicted in ${answers.length} answers`);
process.exitCode = found === 0 ? 0 : 1;
