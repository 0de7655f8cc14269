import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CommonWordIndex, slipDistance } from '../../../shared/proofing/suggest';
import { parseCommonWords } from '../../../shared/proofing/word-list';

// The index skips most candidates by a lower bound on the slip cost before computing it; a
// bound that is ever too high would hide a right word. Held against comparing with every word.
describe('CommonWordIndex', () => {
  const sizes = parseCommonWords(readFileSync('resources/words-common.txt', 'utf8'));
  const index = new CommonWordIndex(sizes);
  const common = [...sizes].filter(([, size]) => size <= 35).map(([word]) => word);

  function compareWithEvery(typed: string, limit: number): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (const word of common) {
      const apart = Math.abs(word.length - typed.length);
      // The index's scope: same first letter, length within two.
      if (word[0] !== typed[0] || apart > 2 || apart * 0.4 > limit) continue;
      const distance = slipDistance(typed, word, limit);
      if (distance !== Infinity) out.push([word, distance]);
    }
    return out.sort((a, b) => a[0].localeCompare(b[0]));
  }

  it('finds every common word within the limit that a full comparison finds', () => {
    const typed = [
      'nessasarily',
      'definatly',
      'unsucessfull',
      'parnts',
      'psycologists',
      'comuters',
      'goverment',
      'acommodate',
      'embarass',
      'occurence',
      'recieve',
      'hargraves',
      'quintanila',
      'forcasters',
      'farmwokers',
      'emergancy',
      'skool',
      'tommorrow',
      'committe',
      'bizness',
      'losd',
      'bebt',
      'vifth',
      'dranspord',
      'pefore',
      'combede',
      'brodected',
    ];
    let found = 0;
    for (const word of typed)
      for (const limit of [1.1, 1.6, 2]) {
        const fromIndex = index
          .near(word, limit)
          .map(({ word: w, distance }) => [w, distance] as [string, number])
          .sort((a, b) => a[0].localeCompare(b[0]));
        expect(fromIndex, `${word} within ${limit}`).toEqual(compareWithEvery(word, limit));
        found += fromIndex.length;
      }
    // Not a comparison of two empty lists: most of these slips have a common word near.
    expect(found).toBeGreaterThan(40);
  });
});
