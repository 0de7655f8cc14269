import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { createSpeller } from '../../../shared/proofing/speller';
import { WordSet } from '../../../shared/proofing/word-set';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Rare words (SCOWL size 80, resources/words-rare.txt): a feature on a citrus grove, a
// salmon run or a church supper uses them, and flagging them is crying wolf. They are no
// one's fix, and the rare words a letter off a common one are left out of the list.

const { findings } = proofingCases();

describe('rare words', () => {
  it('accepts words of a feature that only a big list has', () => {
    expect(
      findings(
        'Growers spray for psyllids, the insects that carry the disease; a psyllid can fly a mile.',
        'The gillnetters were back on the river by dawn, and an albizia shaded a gillnetter’s dock.',
      ),
    ).toEqual([]);
  });

  it('still flags the rare words that are a slip of a common one', () => {
    const resources = loadProofingResources();
    for (const typo of ['frist', 'watter', 'sayed', 'catched', 'raiting', 'highschool', 'tonite'])
      expect(resources.speller.rare(typo) || resources.speller.correct(typo), typo).toBe(false);
    expect(fixes(findings('It was the frist time the watter rose that high.'))).toEqual([
      ['frist', 'first'],
      ['watter', 'water'],
    ]);
  });

  it('never offers a rare word as the fix of a slip', () => {
    const speller = createSpeller(['solid', 'solids'], new WordSet('# rare\npsyllid\npsyllids'));
    expect(speller.rare('psyllid')).toBe(true);
    // No word for the checks that read a word's forms: "psyllid" is in no one's dictionary.
    expect(speller.correct('psyllid')).toBe(false);
    expect(speller.rare('Psyllid')).toBe(false);
    expect(speller.suggest('psylid')).toEqual([]);
    expect(speller.hasNear('psylid')).toBe(false);
    expect(speller.alike('psylids')).not.toContain('psyllids');
    expect(speller.suggest('solis')).toContain('solid');
  });

  it('travels with the SCOWL notices', () => {
    const list = readFileSync('resources/words-rare.txt', 'utf8');
    expect(list).toMatch(/^# .*SCOWL size 80/);
    expect(existsSync('resources/words-rare.LICENSE')).toBe(true);
    expect(readFileSync('resources/words-rare.LICENSE', 'utf8')).toContain('Kevin Atkinson');
  });
});
