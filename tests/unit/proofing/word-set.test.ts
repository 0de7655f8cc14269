import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSpeller } from '../../../shared/proofing/speller';
import { parseWordList } from '../../../shared/proofing/word-list';
import { WordSet } from '../../../shared/proofing/word-set';

describe('WordSet', () => {
  it('answers like a Set of the parsed list, for the whole en-US list', () => {
    const text = readFileSync('resources/words-en-us.txt', 'utf8');
    const forms = parseWordList(text);
    const set = new WordSet(text);
    const plain = new Set(forms);
    expect(set.size).toBe(plain.size);
    for (let i = 0; i < forms.length; i += 7) expect(set.has(forms[i]!)).toBe(true);
    // Near misses of real words, case changes, comment text and empties are not in it.
    for (const word of ['goverment', 'Oaklan', 'Every', '#', '', 'word form', 'GALLEY', 'zzzz'])
      expect(set.has(word)).toBe(plain.has(word));
    expect([...set].sort()).toEqual([...plain].sort());
  });

  it('skips comments and blank lines, trims CRLF and spaces, keeps duplicates once', () => {
    const set = new WordSet('# heading\r\nlevee\r\n\r\n  crest \nlevee\n#levee2\nsandbag');
    expect([...set].sort()).toEqual(['crest', 'levee', 'sandbag']);
    expect(set.size).toBe(3);
    expect(set.has('crest')).toBe(true);
    expect(set.has(' crest')).toBe(false);
    expect(set.has('levee2')).toBe(false);
    set.add('Okafor');
    expect(set.has('Okafor')).toBe(true);
    expect([...set]).toContain('Okafor');
  });

  it('gives the speller the same answers as a plain list', () => {
    const text = readFileSync('resources/words-en-us.txt', 'utf8');
    const fromText = createSpeller(new WordSet(text));
    const fromList = createSpeller(parseWordList(text));
    for (const word of [
      'Levee',
      'LEVEE',
      'mcdonald',
      'McDonald',
      'MCDONALD',
      '21st',
      '21th',
      'teh',
    ])
      expect(fromText.correct(word)).toBe(fromList.correct(word));
    expect(fromText.suggest('levy')).toEqual(fromList.suggest('levy'));
    // hasNear answers what suggest would, without listing: one slip from any known word.
    for (const word of ['forcasters', 'levy', 'halvorsen', 'kalogeropoulos', 'mississipi', 'zzqx'])
      expect(fromText.hasNear(word)).toBe(fromText.suggest(word).length > 0);
    fromText.add('Okonkwo');
    expect(fromText.correct("Okonkwo's")).toBe(true);
  });
});
