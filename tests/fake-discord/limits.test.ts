import { describe, expect, it } from 'vitest';
import { FormErrors } from '../support/fake-discord/form-errors.ts';
import { checkAutocompleteData, checkCommandList, checkModalData } from '../support/fake-discord/limits-interaction.ts';
import { checkMessageBody } from '../support/fake-discord/limits-message.ts';

function messageErrors(body: Record<string, unknown>, creating = true) {
  const errors = new FormErrors();
  checkMessageBody(body, errors, [], { creating });
  return JSON.stringify(errors.toTree());
}

const button = (n: number, extra: Record<string, unknown> = {}) => ({
  type: 2,
  style: 1,
  custom_id: `b${n}`,
  label: 'ok',
  ...extra,
});
const row = (...components: unknown[]) => ({ type: 1, components });

describe('checkMessageBody', () => {
  it.each([
    ['content over 2000', { content: 'x'.repeat(2001) }, '"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH"'],
    ['an empty new message', {}, 'MESSAGE_EMPTY'],
    [
      '11 embeds',
      { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) },
      '"embeds":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH"',
    ],
    ['a 257-character embed title', { embeds: [{ title: 't'.repeat(257) }] }, '"title"'],
    ['a 2049-character footer', { embeds: [{ footer: { text: 'f'.repeat(2049) } }] }, '"footer":{"text"'],
    ['a 257-character author name', { embeds: [{ author: { name: 'a'.repeat(257) } }] }, '"author":{"name"'],
    [
      'a 257-character field name',
      { embeds: [{ fields: [{ name: 'n'.repeat(257), value: 'v' }] }] },
      '"fields":{"0":{"name"',
    ],
    [
      'a 1025-character field value',
      { embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] },
      '"fields":{"0":{"value"',
    ],
    [
      '6 action rows',
      { components: Array.from({ length: 6 }, (_, n) => row(button(n))) },
      '"components":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH"',
    ],
    [
      '6 buttons in a row',
      { components: [row(...Array.from({ length: 6 }, (_, n) => button(n)))] },
      'BASE_TYPE_BAD_LENGTH',
    ],
    ['an 81-character button label', { components: [row(button(1, { label: 'l'.repeat(81) }))] }, '"label"'],
    ['a 101-character custom_id', { components: [row(button(1, { custom_id: 'c'.repeat(101) }))] }, '"custom_id"'],
    ['duplicate custom_ids', { components: [row(button(1), button(1))] }, 'COMPONENT_CUSTOM_ID_DUPLICATED'],
    [
      '26 select options',
      {
        components: [
          row({
            type: 3,
            custom_id: 's',
            options: Array.from({ length: 26 }, (_, n) => ({ label: `${n}`, value: `${n}` })),
          }),
        ],
      },
      '"options"',
    ],
  ])('refuses %s', (_what, body, expected) => {
    expect(messageErrors(body)).toContain(expected);
  });

  it('accepts a message at every limit, and an edit with no content', () => {
    const fields = Array.from({ length: 25 }, (_, n) => ({ name: `f${n}`, value: 'v' }));
    expect(
      messageErrors({
        content: 'x'.repeat(2000),
        embeds: [{ title: 't'.repeat(256), description: 'd'.repeat(4096), fields }],
      }),
    ).toBe('{}');
    expect(messageErrors({ components: [] }, false)).toBe('{}');
  });
});

describe('checkModalData', () => {
  const input = (extra: Record<string, unknown> = {}) => ({
    type: 4,
    custom_id: 'answer',
    style: 2,
    label: 'Answer',
    ...extra,
  });
  it.each([
    ['a 46-character title', { title: 't'.repeat(46), custom_id: 'm', components: [row(input())] }, '"title"'],
    ['no components', { title: 't', custom_id: 'm', components: [] }, '"components":{"_errors"'],
    [
      '6 components',
      { title: 't', custom_id: 'm', components: Array.from({ length: 6 }, () => row(input())) },
      '"components":{"_errors"',
    ],
    [
      'a 4001-character prefilled value',
      { title: 't', custom_id: 'm', components: [row(input({ value: 'v'.repeat(4001) }))] },
      '"value"',
    ],
    [
      'a 46-character input label',
      { title: 't', custom_id: 'm', components: [row(input({ label: 'l'.repeat(46) }))] },
      '"label"',
    ],
    [
      'a 46-character Label component',
      {
        title: 't',
        custom_id: 'm',
        components: [{ type: 18, label: 'l'.repeat(46), component: input({ label: undefined }) }],
      },
      '"label"',
    ],
  ])('refuses %s', (_what, data, expected) => {
    const errors = new FormErrors();
    checkModalData(data, errors, ['data']);
    expect(JSON.stringify(errors.toTree())).toContain(expected);
  });
});

describe('checkAutocompleteData and checkCommandList', () => {
  it('refuses 26 choices and long choice names', () => {
    const errors = new FormErrors();
    checkAutocompleteData(
      {
        choices: [
          ...Array.from({ length: 25 }, (_, n) => ({ name: `${n}`, value: `${n}` })),
          { name: 'n'.repeat(101), value: 'x' },
        ],
      },
      errors,
      ['data'],
    );
    expect(JSON.stringify(errors.toTree())).toMatch(
      /"choices":\{"25":\{"name".*"_errors":\[\{"code":"BASE_TYPE_MAX_LENGTH"/,
    );
  });

  it('refuses duplicate names and a 33-character name', () => {
    const errors = new FormErrors();
    checkCommandList(
      [
        { name: 'a', description: 'd' },
        { name: 'a', description: 'd' },
        { name: 'n'.repeat(33), description: 'd' },
      ],
      errors,
    );
    const text = JSON.stringify(errors.toTree());
    expect(text).toContain('APPLICATION_COMMANDS_DUPLICATE_NAME');
    expect(text).toContain('"2":{"name":{"_errors":[{"code":"APPLICATION_COMMAND_INVALID_NAME"');
  });
});
