import type { APIEmbedField } from 'discord-api-types/v10';
import type { Streak, UserStats } from '../../../core/stats/index.ts';
import { escapeMarkdown, joinLinesWithin, LIMITS, truncate } from '../interactions/limits.ts';
import type { MessageData } from '../interactions/bot-response.ts';
import { COLOURS } from '../interview/render-question.ts';

/** "███████░░░" for 70%. */
function masteryBar(ratio: number, width = 10): string {
  const filled = Math.round(Math.max(0, Math.min(1, ratio)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** A user's sessions, average, streak (and daily-question streak, when given), per-topic mastery and weakest key points. */
export function renderStats(name: string, stats: UserStats, daily?: Streak): MessageData {
  const title = `Stats for ${escapeMarkdown(truncate(name, 200))}`;
  if (stats.attempts === 0) {
    return {
      embeds: [{ color: COLOURS.neutral, title, description: 'No answers yet. Try /mock-interview or /question.' }],
      components: [],
    };
  }
  const streak = stats.streak;
  const summary = [
    `**${stats.sessions}** session(s) · **${stats.attempts}** answer(s)`,
    `Average **${stats.averageScore ?? '–'}/100** · best **${stats.bestScore ?? '–'}/100**`,
    `Streak 🔥 **${streak.current}** day(s) (longest ${streak.longest}, last practised ${streak.lastPracticeDay ?? 'never'})`,
  ];
  if (daily !== undefined && daily.longest > 0)
    summary.push(`Daily question streak 📅 **${daily.current}** day(s) (longest ${daily.longest})`);
  return {
    embeds: [
      {
        color: COLOURS.question,
        title,
        description: summary.join('\n'),
        fields: [...masteryField(stats), ...weakestField(stats)],
      },
    ],
    components: [],
  };
}

function masteryField(stats: UserStats): APIEmbedField[] {
  const practised = stats.perTopic.filter((t) => t.attempts > 0);
  if (practised.length === 0) return [];
  const lines = practised.map(
    (t) =>
      `\`${masteryBar(t.mastery)}\` ${Math.round(t.mastery * 100)}% **${escapeMarkdown(t.topic)}** (${t.attempts}, avg ${t.average ?? '–'})`,
  );
  return [{ name: 'Mastery by topic', value: joinLinesWithin(lines, LIMITS.fieldValue) }];
}

function weakestField(stats: UserStats): APIEmbedField[] {
  if (stats.weakestKeyPoints.length === 0) return [];
  const lines = stats.weakestKeyPoints.map((k) => {
    const where = k.source === null ? '' : ` (${escapeMarkdown(truncate(k.source, 60))})`;
    return `${Math.round(k.missRate * 100)}% missed — ${escapeMarkdown(truncate(k.text, 120))}${where}`;
  });
  return [{ name: 'Weakest key points', value: joinLinesWithin(lines, LIMITS.fieldValue) }];
}
