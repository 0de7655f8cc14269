import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';
import { suggestionsFor } from '../../../shared/proofing/proofreader';

// From the 110th probe: a city misspelled the same way twice in a story that names the
// city itself, and a slip after a prefix the ranking used to drop.

const { findings, resources } = proofingCases();

describe('a place the story names, misspelled more than once', () => {
  it('is still that place', () => {
    const found = findings(
      'TACOMA, Wash. — Ferry riders bound for Tacoma waited two hours.',
      'The Tacomma-Vashon route lost a boat this week.',
      'Shoppers from the Tacomma area stayed home.',
    );
    expect(fixes(found)).toEqual([
      ['Tacomma', 'Tacoma'],
      ['Tacomma', 'Tacoma'],
    ]);
  });

  it('leaves a name the story uses again when it names no such place', () => {
    const found = findings(
      'Riders bound for Tacoma waited.',
      'Lena Tacomma runs the ferry café.',
      'Tacomma said the lines were long.',
      'Tacomma opened the café in 2019.',
    );
    expect(fixes(found)).toEqual([]);
  });
});

describe('a slip after a prefix', () => {
  it('keeps the prefix on the fix', () => {
    expect(suggestionsFor('midafternon', resources())[0]).toBe('midafternoon');
    expect(suggestionsFor('midsumer', resources())[0]).toBe('midsummer');
    // A word the ranking already fixes with its prefix keeps that fix.
    expect(suggestionsFor('unsucessfull', resources())[0]).toBe('unsuccessful');
    expect(suggestionsFor('overwelming', resources())[0]).toBe('overwhelming');
  });
});
