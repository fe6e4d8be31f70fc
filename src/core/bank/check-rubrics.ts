import type { ParsedFile } from './parse-files.ts';
import { bankProblem, type BankProblem } from './problems.ts';
import type { KeyPoint, RubricFile } from './schema.ts';

/**
 * Checks each rubric of a rubric file on its own: unique key point ids, aliases given, a source given and,
 * when the document is known (`headings` not null), a source that is one of its headings.
 */
export function checkRubricFile(
  rubricFile: ParsedFile<RubricFile>,
  headings: ReadonlySet<string> | null,
  problems: BankProblem[],
): void {
  rubricFile.value?.rubrics.forEach((rubric, r) => {
    const seen = new Set<string>();
    rubric.keyPoints.forEach((point, k) => {
      const at = (field: string): string => `rubrics.${r}.keyPoints.${k}.${field}`;
      const add = (field: string, code: BankProblem['code'], message: string): void => {
        problems.push(bankProblem(rubricFile.file, at(field), code, message));
      };
      if (seen.has(point.id)) {
        add('id', 'duplicate_key_point_id', `key point id "${point.id}" is used twice in this rubric`);
      }
      seen.add(point.id);
      if (point.aliases.length === 0) add('aliases', 'empty_aliases', `key point "${point.id}" has no aliases`);
      checkSource(point, headings, (code, message) => add('source', code, message));
    });
  });
}

function checkSource(
  point: KeyPoint,
  headings: ReadonlySet<string> | null,
  add: (code: BankProblem['code'], message: string) => void,
): void {
  if (point.source === undefined) {
    add('missing_source', `key point "${point.id}" has no source (the document heading it comes from)`);
  } else if (headings && !headings.has(point.source)) {
    add('unknown_source', `source "${point.source}" of key point "${point.id}" is not a heading of the document`);
  }
}
