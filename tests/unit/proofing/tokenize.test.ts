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

  it('starts the story’s first sentence after a dateline', () => {
    const first = (text: string): string | undefined =>
      tokenize(text).filter((t) => t.sentenceStart)[1]?.text;
    expect(first('TAMPA, Fla. — Homeowners along the coast')).toBe('Homeowners');
    expect(first('SEATTLE (AP) — Smoke from fires')).toBe('Smoke');
    expect(first('KYIV, Ukraine -- Drones struck')).toBe('Drones');
    expect(first('WINSTON-SALEM, N.C. – Crews worked')).toBe('Crews');
    // A dash later in a sentence opens nothing.
    expect(first('The mayor — Ana Ruiz — said no.')).toBeUndefined();
  });
});
