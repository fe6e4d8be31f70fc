import type { BankQuestion } from '../../core/bank/schema.ts';
import type { ChecklistItem, Feedback, FollowUpOffer, Hint, SessionReport } from '../../core/interview/index.ts';
import type { UserStats } from '../../core/stats/index.ts';
import type { Style } from './style.ts';

const STATUS_LABEL = { hit: 'covered', partial: 'nearly ', miss: 'missed ' } as const;

export function renderQuestion(question: BankQuestion, position: number, total: number, s: Style): string {
  const meta = s.dim(`${question.topic} · difficulty ${question.difficulty}`);
  return `\n${s.bold(`Question ${position}/${total}`)}  ${meta}\n${question.prompt}\n${s.dim('Answer, then an empty line. Or type /hint, /skip or /end.')}\n`;
}

export function renderFeedback(feedback: Feedback, s: Style): string {
  const lines = [`\n${s.bold(`Score: ${feedback.score}/100`)}${penaltyNote(feedback)}${noteText(feedback)}`];
  lines.push(...feedback.checklist.map((item) => renderChecklistItem(item, s)));
  if (feedback.followUpResult !== null) lines.push(s.cyan(followUpOutcome(feedback.followUpResult)));
  else if (feedback.added.length > 0) {
    lines.push(s.cyan(`Your retry added: ${feedback.added.map((a) => a.text).join('; ')}`));
  }
  return `${lines.join('\n')}\n`;
}

function followUpOutcome(result: NonNullable<Feedback['followUpResult']>): string {
  if (result.after === 'hit') return `Your follow-up completed: ${result.text}`;
  return `Your follow-up did not complete: ${result.text}`;
}

/** The interviewer's one follow-up question; an empty line (or /skip) goes on without answering it. */
export function renderFollowUpPrompt(offer: FollowUpOffer, s: Style): string {
  return `\n${s.bold('Follow-up:')} ${offer.prompt}\n${s.dim('Answer, then an empty line; or just press Enter (or /skip) to go on, or /end to stop.')}\n`;
}

function renderChecklistItem(item: ChecklistItem, s: Style): string {
  const colour = item.status === 'hit' ? s.green : item.status === 'partial' ? s.yellow : s.red;
  const mark = item.status === 'hit' ? '✔' : item.status === 'partial' ? '◐' : '✘';
  const head = `${colour(`${mark} ${STATUS_LABEL[item.status]}`)}  ${item.text}`;
  return `${head}${detail(item, s)}`;
}

function detail(item: ChecklistItem, s: Style): string {
  if (item.negated) return s.dim(`\n            you said "${item.evidence ?? ''}", which denies it`);
  if (item.correction !== undefined)
    return s.dim(`\n            you said "${item.evidence ?? ''}": ${item.correction}`);
  if (item.status === 'partial') {
    return s.dim(
      `\n            you said "${item.evidence ?? ''}" but not ${item.missing.map((m) => `"${m}"`).join(', ')}`,
    );
  }
  if (item.status === 'hit' && item.evidence !== null) return s.dim(`\n            "${item.evidence}"`);
  return '';
}

function penaltyNote(feedback: Feedback): string {
  return feedback.hintPenalty > 0 ? ` (${feedback.gradeScore} minus ${feedback.hintPenalty} for hints)` : '';
}

function noteText(feedback: Feedback): string {
  if (feedback.note === 'keyword_list') return '  (a list of terms, not an explanation: at most 50)';
  if (feedback.note === 'truncated') return '  (only the beginning of a very long answer was graded)';
  if (feedback.note === 'judge_unavailable') return '  (graded offline: the judge did not answer)';
  return '';
}

export function renderHint(hint: Hint, s: Style): string {
  return s.cyan(`Hint ${hint.number}: ${hint.text} (costs ${hint.penalty} points so far; ${hint.remaining} left)\n`);
}

export function renderReport(report: SessionReport, s: Style): string {
  const lines = [`\n${s.bold(`Interview ${report.status}: ${report.overallScore}/100 overall`)}`];
  report.questions.forEach((q, i) => {
    const result = q.status === 'answered' ? `${q.score}/100` : q.status;
    lines.push(`  ${i + 1}. ${result.padEnd(8)} ${q.prompt ?? q.questionId}`);
    if (q.followUp !== undefined)
      lines.push(s.dim(`     follow-up ${followUpLabel(q.followUp)}: ${q.followUp.prompt}`));
  });
  if (report.topicsToStudy.length > 0) {
    lines.push(s.bold('Topics to study: ') + report.topicsToStudy.map((t) => `${t.topic} (${t.score})`).join(', '));
  }
  const sections = report.sectionsToStudy.filter((x) => x.source !== null).slice(0, 5);
  if (sections.length > 0) {
    lines.push(s.bold('Read again in the document:'));
    lines.push(
      ...sections.map((x) => `  - ${x.source} (${x.missed} missed: ${x.keyPoints.map((k) => k.text).join('; ')})`),
    );
  }
  return `${lines.join('\n')}\n`;
}

function followUpLabel(followUp: NonNullable<SessionReport['questions'][number]['followUp']>): string {
  if (followUp.status === 'skipped') return 'skipped';
  return followUp.completed ? 'answered, point completed' : 'answered';
}

export function renderStats(name: string, stats: UserStats, s: Style): string {
  const lines = [s.bold(`Stats for ${name}`)];
  lines.push(
    `  attempts ${stats.attempts} · sessions ${stats.sessions} · average ${stats.averageScore ?? '-'} · best ${stats.bestScore ?? '-'}`,
  );
  lines.push(
    `  streak ${stats.streak.current} day(s) (longest ${stats.streak.longest}, last ${stats.streak.lastPracticeDay ?? 'never'})`,
  );
  const practised = stats.perTopic.filter((t) => t.attempts > 0);
  if (practised.length > 0) lines.push(s.bold('  Mastery by topic:'));
  lines.push(
    ...practised.map(
      (t) => `    ${t.topic.padEnd(22)} ${bar(t.mastery)} ${Math.round(t.mastery * 100)}% (${t.attempts} attempts)`,
    ),
  );
  if (stats.weakestKeyPoints.length > 0) lines.push(s.bold('  Weakest key points:'));
  lines.push(
    ...stats.weakestKeyPoints.map(
      (k) => `    ${Math.round(k.missRate * 100)}% missed  ${k.text}${k.source ? ` (${k.source})` : ''}`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

function bar(ratio: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, ratio)) * 10);
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)}`;
}
