import { describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { suggestionsFor } from '../../../shared/proofing/proofreader';
import { substitution } from '../../../shared/proofing/slip-distance';

const code = (letter: string): number => letter.charCodeAt(0);

describe('a key struck beside the one meant', () => {
  it('costs less than another letter, more than a sound-alike or a vowel', () => {
    expect(substitution(code('a'), code('s'))).toBeLessThan(substitution(code('a'), code('p')));
    // The row below sits half a key right: "s" touches "z" and "x", not "c".
    expect(substitution(code('s'), code('x'))).toBeLessThan(1);
    expect(substitution(code('s'), code('v'))).toBe(1);
    expect(substitution(code('e'), code('a'))).toBeLessThan(substitution(code('e'), code('r')));
  });

  it('ranks the word a key away first', () => {
    const resources = loadProofingResources();
    // (Before: wolf, well, clef, truce: a letter typed or dropped, or any other letter,
    // was as cheap as a key beside.)
    const first = (typed: string): string | undefined => suggestionsFor(typed, resources)[0];
    expect(['woulf', 'wkll', 'cleaf', 'truci'].map(first)).toEqual([
      'would',
      'will',
      'clear',
      'truck',
    ]);
  });
});
