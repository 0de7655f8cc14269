import { readFileSync } from 'node:fs';
import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { createSpeller } from '../../../shared/proofing/speller';
import { parseWordList } from '../../../shared/proofing/word-list';

// The speller reads en_US's word forms expanded at build time; nspell applies the same
// dictionary's affix rules itself. Both must give the same answer for any word.
const decoder = new TextDecoder();
const reference = nspell(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic));
const forms = parseWordList(readFileSync('resources/words-en-us.txt', 'utf8'));
const speller = createSpeller(forms);

function sample<T>(list: ReadonlyArray<T>, every: number): T[] {
  return list.filter((_, i) => i % every === 0);
}

describe('createSpeller agrees with Hunspell en_US (nspell)', () => {
  it('accepts every expanded form and its case variants as nspell does', () => {
    const words = sample(forms, 23).flatMap((w) => [
      w,
      w.toLowerCase(),
      w.toUpperCase(),
      w.charAt(0).toUpperCase() + w.slice(1),
    ]);
    const disagreements = words.filter((w) => speller.correct(w) !== reference.correct(w));
    expect(disagreements).toEqual([]);
  });

  it('refuses the misspellings nspell refuses, and reads numbers and apostrophes alike', () => {
    const misspellings = JSON.parse(
      readFileSync('node_modules/@cspell/dict-en-common-misspellings/dict/dict-en-us.json', 'utf8'),
    ) as { dictionaryDefinitions: Array<{ suggestWords: string[] }> };
    const words = [
      ...misspellings.dictionaryDefinitions[0]!.suggestWords.map((e) => e.split('->')[0]!),
      ...['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '112th'],
      ...['1th', '2st', '11st', '3.5', 'mayor’s', 'MCDONALD', 'Mcdonald', 'Tv', 'tv', 'x', 'X'],
    ];
    const disagreements = words.filter((w) => speller.correct(w) !== reference.correct(w));
    expect(disagreements).toEqual([]);
  });

  it('learns a newsroom word with its possessive and plural', () => {
    const fresh = createSpeller(forms);
    expect(fresh.correct('Okafor')).toBe(false);
    fresh.add('Okafor');
    expect(['Okafor', 'Okafor’s', "Okafor's", 'OKAFOR'].map((w) => fresh.correct(w))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(fresh.alike('okafro')).toContain('Okafor');
    expect(fresh.suggest('okafro')).toContain('Okafor');
  });
});
