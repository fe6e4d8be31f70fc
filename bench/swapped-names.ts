// `node --import tsx bench/swapped-names.ts [--verbose]`: wrong claims made from right answers, for a rubric author
// adding claims. Each question's model answer is rewritten with two of the bank's names swapped (NumPy and Pandas,
// the data lake and the feature store, structured and unstructured …), which says wrong things in the right terms.
// Prints how many rewritten answers still score above 60 (the fewer, the more the claims catch) and, with
// --verbose, each answer with the points it still earns and the points its claims contradict.
import { defaultBankRoot, loadBank } from '../src/adapters/fs/load-bank.ts';
import { bankTermWeights, compileQuestionRubric } from '../src/core/grading/bank-grading.ts';
import { gradeAnswer } from '../src/core/grading/grade.ts';

/** Names that a confused candidate swaps; each is matched as a whole word, case-insensitively. */
const SWAPS: readonly (readonly [string, string])[] = [
  ['NumPy', 'Pandas'],
  ['Seaborn', 'Matplotlib'],
  ['SciPy', 'NumPy'],
  ['IPython', 'Jupyter'],
  ['unstructured', 'structured'],
  ['data lake', 'feature store'],
  ['raw', 'prepared'],
  ['SQL', 'SSH'],
  ['Jupyter notebooks', 'Python scripts'],
  ['Git', 'cloud'],
  ['IDE', 'Jupyter'],
];

function swapNames(text: string, a: string, b: string): string {
  const pattern = new RegExp(`\\b(${a}|${b})\\b`, 'gi');
  return text.replace(pattern, (found) => (found.toLowerCase() === a.toLowerCase() ? b : a));
}

const { bank, problems } = await loadBank(defaultBankRoot());
if (bank === null) throw new Error(problems.map((p) => p.message).join('\n'));
const termWeights = bankTermWeights(bank);
let rewritten = 0;
let above60 = 0;
for (const question of bank.questions) {
  const compiled = compileQuestionRubric(question, termWeights);
  for (const [a, b] of SWAPS) {
    const answer = swapNames(question.modelAnswer, a, b);
    if (answer === question.modelAnswer) continue;
    rewritten += 1;
    const grade = gradeAnswer(compiled, answer);
    if (grade.score > 60) above60 += 1;
    if (!process.argv.includes('--verbose')) continue;
    const hits = grade.keyPoints.filter((k) => k.status === 'hit').map((k) => k.id);
    const contradicted = grade.keyPoints.filter((k) => k.contradicted === true).map((k) => k.id);
    console.log(
      `${grade.score} ${question.id} [${a} <-> ${b}] hits: ${hits.join(', ')}; contradicted: ${contradicted.join(', ')}`,
    );
    console.log(`    ${answer}`);
  }
}
console.log(`${rewritten} model answers with two names swapped; ${above60} score above 60`);
