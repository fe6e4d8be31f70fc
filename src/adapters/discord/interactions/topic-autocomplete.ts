import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { Bank } from '../../../core/bank/schema.ts';
import { LIMITS, truncate } from './limits.ts';
import type { BotResponse } from './bot-response.ts';

/** Topic suggestions from the bank: names starting with what was typed first, then names containing it; ≤ 25. */
export function topicChoices(bank: Bank, typed: string): APIApplicationCommandOptionChoice<string>[] {
  const needle = typed.trim().toLowerCase().replace(/\s+/g, '-');
  const counts = new Map<string, number>();
  for (const q of bank.questions) counts.set(q.topic, (counts.get(q.topic) ?? 0) + 1);
  const starts = bank.topics.filter((t) => t.startsWith(needle));
  const contains = bank.topics.filter((t) => !t.startsWith(needle) && t.includes(needle));
  return [...starts, ...contains].slice(0, LIMITS.choices).map((t) => ({
    name: truncate(`${t} (${counts.get(t) ?? 0} questions)`, LIMITS.choiceName),
    value: truncate(t, LIMITS.choiceName),
  }));
}

export function handleAutocomplete(bank: Bank, focused: { name: string; value: string }): BotResponse {
  return { kind: 'choices', choices: focused.name === 'topic' ? topicChoices(bank, focused.value) : [] };
}
