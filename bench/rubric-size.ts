/*
 * How long a large rubric takes to refuse (the bank schema) or to compile (the grader), so a rubric with
 * thousands of aliases can never stall start-up. Usage: npm run bench:rubric-size
 */
import { performance } from 'node:perf_hooks';
import { rubricSchema, type Rubric } from '../src/core/bank/schema.ts';
import { compileRubric, gradeAnswer } from '../src/core/grading/grade.ts';
import { seededRandom } from '../src/core/random.ts';

const random = seededRandom(7);
const word = () =>
  Array.from({ length: 4 + Math.floor(random() * 6) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(
    '',
  );
/** Aliases of up to 200 characters (the schema's limit) made of made-up words, so few repeat. */
const alias = () => Array.from({ length: 25 }, word).join(' ').slice(0, 200).trim();

function rubricWith(keyPoints: number, aliases: number, aliasOf: () => string = alias): Rubric {
  return {
    keyPoints: Array.from({ length: keyPoints }, (_, k) => ({
      id: `kp-${k}`,
      text: `key point ${k}`,
      aliases: Array.from({ length: aliases }, aliasOf),
      weight: 1,
    })),
  };
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: Math.round(performance.now() - started), value };
}

/** The largest rubric the schema accepts: 25 × 4 aliases of about 195 characters, just under the total. */
const largestAccepted = rubricWith(25, 4, () => alias().slice(0, 195));
const cases: [string, Rubric][] = [
  ['largest accepted (25 × 4 × 195 chars)', largestAccepted],
  ...[6, 50, 1000, 4000].map((n): [string, Rubric] => [`25 key points × ${n} aliases of 200 chars`, rubricWith(25, n)]),
  ['25 key points × 4000 aliases of 1 word', rubricWith(25, 4000, word)],
];
for (const [name, rubric] of cases) {
  const check = time(() => rubricSchema.safeParse(rubric));
  const compile = time(() => compileRubric(rubric));
  const grade = time(() => gradeAnswer(compile.value, rubric.keyPoints[3]!.aliases[0] ?? 'an answer'));
  console.log(
    `${name.padEnd(42)} schema ${check.value.success ? 'accepts' : 'refuses'} in ${check.ms} ms; compile ${compile.ms} ms; first grade ${grade.ms} ms`,
  );
}
