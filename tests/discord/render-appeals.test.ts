import { describe, expect, it } from 'vitest';
import {
  renderAppealList,
  renderPointPicker,
  renderWordsModal,
} from '../../src/adapters/discord/banks/render-appeals.ts';
import { toMessagePayload } from '../../src/adapters/discord/interactions/bot-response.ts';
import { LIMITS } from '../../src/adapters/discord/interactions/limits.ts';
import type { AppealView } from '../../src/interviewer/banks/index.ts';
import type { BankAlias } from '../../src/store/bank-records.ts';

const ATTEMPT = '0b9c3f9e-3f1a-4c55-9d0e-6a4b1c2d3e4f';
const long = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

describe('the appeal’s messages within Discord’s limits', () => {
  it('offers up to 25 points as 5 rows of 5 buttons, labels and ids within their limits', () => {
    const points = Array.from({ length: 25 }, (_, position) => ({
      position,
      text: `${position} ${long('point', 60)}`,
      status: position % 2 === 0 ? ('miss' as const) : ('partial' as const),
    }));
    const picker = renderPointPicker(ATTEMPT, points);
    expect(picker.components.map((row) => row.components.length)).toEqual([5, 5, 5, 5, 5]);
    const buttons = picker.components.flatMap((row) => row.components);
    for (const button of buttons) {
      expect('custom_id' in button && button.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
      expect([...('label' in button ? (button.label ?? '') : '')].length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
    expect(new Set(buttons.map((b) => ('custom_id' in b ? b.custom_id : ''))).size).toBe(25);
  });

  it('keeps the box’s title and pre-filled answer within a modal’s limits', () => {
    const modal = renderWordsModal(ATTEMPT, 24, long('keypoint', 40), 'x'.repeat(5000));
    expect([...modal.title].length).toBeLessThanOrEqual(LIMITS.modalTitle);
    const input = (modal.components[0] as { components: { value?: string; label: string }[] }).components[0]!;
    expect(input.value!.length).toBeLessThanOrEqual(LIMITS.textInput);
    expect(input.label.length).toBeLessThanOrEqual(45);
  });

  it('shows the first 5 of many long appeals, with a row of Accept / Reject each, within a message’s limits', () => {
    const views: AppealView[] = Array.from({ length: 7 }, (_, i) => ({
      appeal: {
        id: `appeal-${i}`,
        guildId: 'g',
        userId: '123456789012345678',
        attemptId: `attempt-${i}`,
        questionId: 'q',
        keyPointId: 'k',
        words: long('words', 40),
        status: 'pending',
        filedAt: '2026-03-01T10:00:00.000Z',
        decidedBy: null,
        decidedAt: null,
        regradedScore: null,
      },
      prompt: long('prompt', 200),
      keyPointText: long('keypoint', 40),
      answer: long('answer', 600),
    }));
    const aliases: BankAlias[] = Array.from({ length: 9 }, (_, i) => ({
      id: `a-${i}`,
      guildId: 'g',
      questionId: 'q',
      keyPointId: 'k',
      alias: long('alias', 30),
      acceptedBy: '123456789012345678',
      acceptedAt: '2026-03-01T10:00:00.000Z',
    }));
    const list = renderAppealList(views, aliases, long('heading', 400));
    expect(list.components.map((row) => row.components.map((b) => ('label' in b ? b.label : '')))).toEqual(
      [1, 2, 3, 4, 5].map((n) => [`Accept ${n}`, `Reject ${n}`]),
    );
    expect(list.content).toContain('Appeals waiting for review, oldest first. (7; the first 5 shown)');
    const payload = toMessagePayload(list);
    expect(payload.content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(payload.embeds).toHaveLength(6);
    const size = payload.embeds
      .flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])
      .reduce((sum, text) => sum + [...(text ?? '')].length, 0);
    expect(size).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(payload.embeds.slice(0, 5).every((e) => e.fields?.some((f) => f.name === 'Their words'))).toBe(true);
  });
});
