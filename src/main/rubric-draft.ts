import { parseArgs } from 'node:util';
import { draftRubric } from '../core/rubric-draft/draft-rubric.ts';
import { draftJson, draftText, questionIdFor } from '../core/rubric-draft/format-draft.ts';
import { UserFacingError } from './open-app.ts';

const USAGE = `Usage: mock-interviewer rubric draft --question TEXT --reference TEXT [--id ID] [--json]
       mock-interviewer rubric suggest --question ID [--json] [--wordnet DIR] [--root DIR]`;

/** `mock-interviewer rubric draft`: a rubric drafted from a reference answer, for an author to edit. */
export async function rubricMain(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'suggest') return (await import('./rubric-suggest.ts')).rubricSuggestMain(rest);
  if (sub !== 'draft') throw new UserFacingError(USAGE);
  const { values } = parseArgs({
    args: rest,
    strict: true,
    options: {
      question: { type: 'string' },
      reference: { type: 'string' },
      id: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (values.question === undefined || values.reference === undefined || values.reference.trim() === '')
    throw new UserFacingError(USAGE);
  const rubric = draftRubric({ question: values.question, reference: values.reference });
  const id = values.id ?? questionIdFor(values.question);
  process.stdout.write(values.json ? draftJson(rubric, id) : draftText(rubric, id));
  return 0;
}
