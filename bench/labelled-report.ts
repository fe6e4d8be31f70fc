import type { LabelledReport, Prf, ScoreError } from './labelled-metrics.ts';

/** The labelled figures as text lines: the per-kind table, then the headline figures the file allows. */
export function formatLabelled(file: string, r: LabelledReport): string[] {
  const hasScores = r.scoreError !== null;
  const lines = [
    `Labelled answers: ${file}, ${r.answers} answers, ${r.decisions} key-point decisions (is it a hit?)`,
    `  ${'kind'.padEnd(14)} answers  precision  recall     F1${hasScores ? '   MAE   bias' : ''}`,
  ];
  for (const [kind, prf] of [...Object.entries(r.byKind), ['ALL', r] as [string, Prf]]) {
    const error = kind === 'ALL' ? r.scoreError : r.scoreError?.byKind[kind];
    lines.push(`  ${formatRow(kind, prf)}${hasScores ? formatError(error) : ''}`);
  }
  if (r.ownWords !== null)
    lines.push(`  own-words recall ${r.ownWords.recall.toFixed(3)} (kinds: ${r.ownWords.kinds.join(', ')})`);
  if (r.wrongClaims !== null)
    lines.push(
      `  wrong-claims precision ${r.wrongClaims.precision.toFixed(3)} (kinds: ${r.wrongClaims.kinds.join(', ')})`,
    );
  const n = r.coversNothing;
  lines.push(`  answers covering no key point: ${n.scoredAbove} of ${n.answers} score above ${n.maxScore}`);
  if (r.scoreError !== null) {
    const e = r.scoreError;
    const derived =
      e.derivedAnswers === 0
        ? ''
        : `; fair score derived from the covered key points' weights for ${e.derivedAnswers} of them`;
    lines.push(
      `  score vs fair score: mean absolute error ${e.mae.toFixed(1)}, bias ${signed(e.bias)} (${e.answers} answers${derived})`,
    );
  }
  return lines;
}

function formatRow(kind: string, p: Prf): string {
  return `${kind.padEnd(14)} ${String(p.answers).padStart(7)}  ${p.precision.toFixed(3).padStart(9)}  ${p.recall.toFixed(3).padStart(6)}  ${p.f1.toFixed(3).padStart(5)}`;
}

function formatError(e: ScoreError | undefined | null): string {
  return e === undefined || e === null ? '' : `  ${e.mae.toFixed(1).padStart(4)}  ${signed(e.bias).padStart(5)}`;
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;
}
