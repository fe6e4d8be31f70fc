import type { QuestionSuggestions, RejectReason } from './suggest-forms.ts';

/** The proposals as an author reads them: per key point, ranked, with the sense each comes from. */
export function suggestionsText(suggestions: QuestionSuggestions): string {
  const lines = [`${suggestions.questionId}: forms to review (keep only those that say the point in its sense)`];
  for (const point of suggestions.points) {
    lines.push('', `${point.keyPointId}: "${point.text}"`);
    if (point.proposals.length === 0) lines.push('  (no proposal)');
    for (const p of point.proposals) {
      const source = p.relation === 'neighbour' ? p.gloss : `${p.partOfSpeech} sense ${p.sense}: ${p.gloss}`;
      lines.push(`  ${p.word} → ${p.form}  [${p.relation}, ${source}]`);
    }
    const counts = rejectionCounts(point.rejected.map((r) => r.reason));
    if (counts !== '') lines.push(`  set aside: ${counts}`);
  }
  return `${lines.join('\n')}\n`;
}

export const suggestionsJson = (suggestions: QuestionSuggestions): string =>
  `${JSON.stringify(suggestions, null, 2)}\n`;

function rejectionCounts(reasons: readonly RejectReason[]): string {
  const counts = new Map<RejectReason, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
}
