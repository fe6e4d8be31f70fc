import { MAX_GRADED_CHARACTERS } from '../../core/grading/thresholds.ts';
import type { Grade } from '../../core/grading/types.ts';

/**
 * The `grade --json` contract: exactly these fields, which scripts and later checks rely on; `correction` is
 * added only to a point the answer states the wrong way round, and `truncated` with `gradedCharacters` only
 * when the answer was longer than the grader reads.
 */
export interface GradeJson {
  score: number;
  keyPoints: {
    id: string;
    status: Grade['keyPoints'][number]['status'];
    confidence: number;
    evidence: string | null;
    correction?: string;
  }[];
  truncated?: true;
  gradedCharacters?: number;
}

export function toGradeJson(grade: Grade): GradeJson {
  return {
    score: grade.score,
    keyPoints: grade.keyPoints.map((k) => ({
      id: k.id,
      status: k.status,
      confidence: k.confidence,
      evidence: k.evidence,
      ...(k.correction === undefined ? {} : { correction: k.correction }),
    })),
    ...(grade.note === 'truncated' ? { truncated: true, gradedCharacters: MAX_GRADED_CHARACTERS } : {}),
  };
}

export function gradeText(grade: Grade, textOf: (keyPointId: string) => string): string {
  const marks = { hit: '✔ covered', partial: '◐ nearly ', miss: '✘ missed ' } as const;
  const lines = grade.keyPoints.map((k) => {
    const evidence = k.evidence === null ? '' : `  "${k.evidence}"${k.negated ? ' (denied)' : ''}`;
    const missing = k.status === 'partial' && k.missing.length > 0 ? `  missing: ${k.missing.join(', ')}` : '';
    const correction = k.correction === undefined ? '' : `  (${k.correction})`;
    return `${marks[k.status]}  ${textOf(k.id)}${evidence}${missing}${correction}`;
  });
  const note =
    grade.note === null
      ? ''
      : ` (${grade.note === 'judge_unavailable' ? 'graded offline: the judge did not answer' : grade.note.replace('_', ' ')})`;
  return `Score: ${grade.score}/100${note}\n${lines.join('\n')}\n`;
}
