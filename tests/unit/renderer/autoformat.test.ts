import { describe, expect, it } from 'vitest';
import { autoformatRule } from '../../../renderer/editor/with-autoformat';
import { curlyQuote } from '../../../renderer/editor/with-smart-quotes';

describe('autoformat rules', () => {
  it.each([
    ['##', 'heading-one'],
    ['###', 'heading-two'],
    ['>', 'blockquote'],
    ['-', 'bulleted-list'],
    ['1.', 'numbered-list'],
    ['---', 'section-break'],
  ])('"%s " makes a %s', (prefix, type) => {
    expect(autoformatRule(prefix)).toBe(type);
  });

  it('ignores text that only starts like a rule', () => {
    expect(autoformatRule('-5')).toBeUndefined();
    expect(autoformatRule('2.')).toBeUndefined();
  });
});

describe('curly quotes', () => {
  it('opens after a space or at the start and closes after a letter', () => {
    expect(curlyQuote('"', '')).toBe('“');
    expect(curlyQuote('"', ' ')).toBe('“');
    expect(curlyQuote('"', 'd')).toBe('”');
    expect(curlyQuote("'", 't')).toBe('’');
    expect(curlyQuote("'", '(')).toBe('‘');
  });
});
