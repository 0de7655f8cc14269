import { describe, expect, it } from 'vitest';
import { rankedSuggestions, slipDistance } from '../../../shared/proofing/suggest';
import { soundKey, SoundIndex } from '../../../shared/proofing/sound-key';
import { suggestionsFor } from '../../../shared/proofing/suggestions';
import { proofingCases } from '../../helpers/proofing-findings';

// Misspellings written by ear and letters exchanged across a third: words of our own, not
// taken from the public list the bench measures (its pairs are kept for the bench alone).

const { findings, resources } = proofingCases();

describe('soundKey', () => {
  it('writes letters that spell one sound alike', () => {
    expect(soundKey('speshel')).toBe(soundKey('special'));
    expect(soundKey('potenshul')).toBe(soundKey('potential'));
    expect(soundKey('fizician')).toBe(soundKey('physician'));
    expect(soundKey('noledge')).toBe(soundKey('knowledge'));
    expect(soundKey('sircumstanses')).toBe(soundKey('circumstances'));
    expect(soundKey('mishun')).toBe(soundKey('mission'));
  });

  it('keeps words of other sounds apart', () => {
    expect(soundKey('ache')).not.toBe(soundKey('eke'));
    expect(soundKey('ghost')).not.toBe(soundKey('oust'));
    expect(soundKey('special')).not.toBe(soundKey('spell'));
    expect(soundKey('cite')).not.toBe(soundKey('kite'));
  });

  it('finds the listed words of a key, and none for a word of three letters or fewer', () => {
    const index = new SoundIndex(['special', 'spatial', 'spell', 'axe', 'ax']);
    expect([...index.like('speshel')].sort()).toEqual(['spatial', 'special']);
    expect(index.like('ax')).toEqual([]);
  });
});

describe('suggestions for words written by ear', () => {
  it('offers the word that sounds like the misspelling first', () => {
    expect(suggestionsFor('speshel', resources())[0]).toBe('special');
    expect(suggestionsFor('ofishal', resources())[0]).toBe('official');
    expect(suggestionsFor('fizician', resources())[0]).toBe('physician');
    expect(suggestionsFor('Elektrisity', resources())[0]).toBe('Electricity');
  });

  it('finds the word in a sentence and fixes it', () => {
    const found = findings('The governor called a speshel session on the budget.');
    const spelling = found.find((f) => f.text === 'speshel');
    expect(spelling?.suggestions[0]).toBe('special');
  });
});

describe('letters exchanged across a third', () => {
  it('costs less than the two replacements it otherwise takes', () => {
    expect(slipDistance('maganize', 'magazine')).toBeLessThan(1);
    expect(slipDistance('nagivate', 'navigate')).toBeLessThan(1);
    // Neighbours typed in the wrong order stay the cheaper slip.
    expect(slipDistance('amgazine', 'magazine')).toBeLessThan(slipDistance('maganize', 'magazine'));
  });

  it('ranks the exchanged word first', () => {
    expect(suggestionsFor('maganize', resources())[0]).toBe('magazine');
    expect(suggestionsFor('nagivate', resources())[0]).toBe('navigate');
  });
});

describe('candidates that score alike', () => {
  it('come in order of the typed letters each keeps in place at its two ends', () => {
    // "hop" and "harp" are both 1.9 slips from "hoppar"; "hop" keeps its first three letters.
    const ranked = rankedSuggestions(
      'hoppar',
      { nearby: ['harp', 'hop'], alike: () => [] },
      undefined,
    );
    expect(ranked).toEqual(['hop', 'harp']);
    expect(slipDistance('hoppar', 'hop')).toBeCloseTo(slipDistance('hoppar', 'harp'));
  });
});
