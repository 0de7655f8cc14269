import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSpeller } from '../../../shared/proofing/speller';
import { parseWordList } from '../../../shared/proofing/word-list';
import { Splice } from '../../../shared/proofing/splice';
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

  it('looks up a one-slip variant without building it, as `has` of the built string would', () => {
    const set = new WordSet('levee\ncrest\nsandbag\nChicago\nteh\nthe');
    set.add('Okafor');
    const build = (
      word: string,
      at: number,
      remove: number,
      a: number,
      b: number,
      capital: boolean,
    ) => {
      const middle =
        (a === -1 ? '' : String.fromCharCode(a)) + (b === -1 ? '' : String.fromCharCode(b));
      const out = word.slice(0, at) + middle + word.slice(at + remove);
      return capital ? out.charAt(0).toUpperCase() + out.slice(1) : out;
    };
    let hits = 0;
    const splice = new Splice();
    for (const word of ['leve', 'levvee', 'cerst', 'chicgo', 'okafor', 'oakfor', 'eth', 'x']) {
      for (let at = 0; at <= word.length; at++)
        for (const remove of [0, 1, 2])
          for (const [a, b] of [
            [-1, -1],
            [97, -1],
            [99, -1],
            [101, 118],
            [114, 101],
          ] as const)
            for (const capital of [false, true]) {
              if (at + remove > word.length) continue;
              const built = build(word, at, remove, a, b, capital);
              const expected = set.has(built);
              splice.setWord(word);
              splice.set(at, remove, a, b, capital);
              expect(splice.toString()).toBe(built);
              expect(set.hasSplice(splice)).toBe(expected);
              if (expected) hits++;
            }
    }
    // Real hits among them: levee, crest, Chicago, Okafor (an added word), the.
    expect(hits).toBeGreaterThanOrEqual(5);
    splice.setWord('chicgo');
    splice.set(4, 0, 97, -1, true);
    expect(set.hasSplice(splice)).toBe(true);
    splice.setWord('oakfor');
    splice.set(1, 2, 107, 97, true);
    expect(set.hasSplice(splice)).toBe(true);
  });

  it('forgets what it found near a word when a word is added', () => {
    const speller = createSpeller(['crest', 'sandbag']);
    expect(speller.hasNear('levve')).toBe(false);
    speller.add('levee');
    expect(speller.hasNear('levve')).toBe(true);
    expect(speller.suggest('levve')).toEqual(['levee']);
  });

  it('gives an added word its possessive and plural, but no plural s after an s', () => {
    const speller = createSpeller(['crest']);
    speller.add('gastropub');
    speller.add('gastropubs');
    speller.add('caucus');
    speller.add('birria');
    for (const word of ['gastropub', 'gastropubs', "gastropub's", 'birrias', "caucus's"])
      expect(speller.correct(word), word).toBe(true);
    for (const word of ['gastropubss', 'caucuss']) expect(speller.correct(word), word).toBe(false);
    expect(speller.suggest('gastropubes')).not.toContain('gastropubss');
  });
});
