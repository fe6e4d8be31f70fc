import type { APIEmbedField } from 'discord-api-types/v10';
import type { ReportQuestion, SessionReport } from '../../../core/interview/index.ts';
import { escapeMarkdown, joinLinesWithin, LIMITS, truncate } from '../interactions/limits.ts';
import type { MessageData } from '../interactions/bot-response.ts';
import { scoreColour } from './render-feedback.ts';

/** The end-of-interview summary: score per question, topics to study, document sections to read again. */
export function renderReport(report: SessionReport): MessageData {
  const heading = report.status === 'ended' ? 'Interview ended early' : 'Interview finished';
  const counts = `${report.answered} answered · ${report.skipped} skipped`;
  const lines = report.questions.map(questionLine);
  return {
    embeds: [
      {
        color: scoreColour(report.overallScore),
        title: `${heading} · ${report.overallScore}/100 overall`,
        description: `${counts}\n\n${joinLinesWithin(lines, 2500)}`,
        fields: [...topicsField(report), ...sectionsField(report)],
        footer: { text: 'Start another with /mock-interview · see your progress with /stats' },
      },
    ],
    components: [],
  };
}

function questionLine(q: ReportQuestion, i: number): string {
  const prompt = escapeMarkdown(truncate(q.prompt ?? q.questionId, 90));
  if (q.status === 'answered') return `${i + 1}. **${q.score}/100** — ${prompt}${followUpNote(q)}`;
  return `${i + 1}. ${q.status === 'skipped' ? '⏭️ skipped' : '· not reached'} — ${prompt}`;
}

function followUpNote(q: ReportQuestion): string {
  if (q.followUp === undefined) return '';
  if (q.followUp.status === 'skipped') return ' (follow-up skipped)';
  return q.followUp.completed ? ' (follow-up completed a point)' : ' (follow-up answered)';
}

function topicsField(report: SessionReport): APIEmbedField[] {
  if (report.topicsToStudy.length === 0) return [];
  const value = report.topicsToStudy.map((t) => `${escapeMarkdown(t.topic)} (${t.score}/100)`).join(', ');
  return [{ name: 'Topics to study', value: truncate(value, LIMITS.fieldValue) }];
}

function sectionsField(report: SessionReport): APIEmbedField[] {
  const sections = report.sectionsToStudy.slice(0, 8);
  if (sections.length === 0) return [];
  const lines = sections.map((s) => {
    const where =
      s.source === null
        ? escapeMarkdown(s.document)
        : `${escapeMarkdown(s.document)} › **${escapeMarkdown(s.source)}**`;
    const points = s.keyPoints
      .slice(0, 3)
      .map((k) => escapeMarkdown(truncate(k.text, 80)))
      .join('; ');
    return `• ${where} — ${s.missed} missed: ${points}`;
  });
  return [{ name: 'Read again in the document', value: joinLinesWithin(lines, LIMITS.fieldValue) }];
}
