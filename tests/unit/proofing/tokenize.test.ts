import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/proofing/tokenize';

describe('tokenize', () => {
  it('keeps apostrophes and joiners inside words, and nothing else', () => {
    const words = tokenize(
      "O'Neill's rock'n'roll students' COVID-19 a.m. Mid-America's --well",
    ).map((t) => t.text);
    expect(words).toEqual([
      "O'Neill's",
      "rock'n'roll",
      'students',
      'COVID-19',
      'a.m',
      'Mid-America',
      's',
      'well',
    ]);
  });

  it('marks the first word of each sentence', () => {
    const tokens = tokenize('The pier closed. “Nobody came,” she said! Why? Because (it rained).');
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual([
      'The',
      'Nobody',
      'Why',
      'Because',
    ]);
  });
});
