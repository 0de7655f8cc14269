import { describe, expect, it } from 'vitest';
import { contentOf, parseContent, serializeContent } from '../../../shared/history/serialize';
import { sha256 } from '../../../shared/history/sha256';
import { longStory, storyWith } from '../../helpers/story-builders';

describe('canonical serialization', () => {
  it('round-trips every field, marks and awkward characters', () => {
    const story = storyWith(['Line with "quotes", a tab\tand a\nnewline', 'Émilie’s café 😀'], {
      headline: 'Head #1',
      dek: 'Dek',
      tags: ['a', 'b, c'],
      status: 'copy desk',
      wordBudget: 450,
      body: [
        { type: 'heading-one', children: [{ text: 'Sub' }] },
        {
          type: 'paragraph',
          children: [
            { text: 'plain ' },
            { text: 'bold', bold: true },
            { text: 'both', bold: true, italic: true },
          ],
        },
      ],
    });
    const text = serializeContent(contentOf(story));
    expect(parseContent(text)).toEqual(contentOf(story));
  });

  it('puts one metadata field per line, then one block per line', () => {
    const text = serializeContent(contentOf(storyWith(['one', 'two\nthree'])));
    const lines = text.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toHaveLength(9);
    expect(lines.filter((l) => l.startsWith('{'))).toHaveLength(2);
  });

  it('is deterministic, so equal content hashes equal', () => {
    const a = serializeContent(contentOf(longStory(2000)));
    const b = serializeContent(contentOf(longStory(2000)));
    expect(sha256(a)).toBe(sha256(b));
    expect(sha256(a)).not.toBe(sha256(serializeContent(contentOf(longStory(2000, 2)))));
  });

  it('rejects text that is not a serialization', () => {
    expect(() => parseContent('#status "spiked"\n')).toThrow();
    expect(() => parseContent('{not json\n')).toThrow();
  });
});
