import { beforeAll, describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { Proofreader, proofreadBlocks } from '../../../shared/proofing/proofreader';
import type { ProofingResources } from '../../../shared/proofing/proofreader';
import type { Finding } from '../../../shared/proofing/types';

// Cases from a thirtieth probe (a river diversion, a steel contract, a river's water), each
// written in other words than the probe's own.

let resources: ProofingResources;
beforeAll(() => {
  resources = loadProofingResources();
}, 30_000);

function findings(...blocks: string[]): Finding[] {
  return proofreadBlocks(blocks, resources).flatMap((r) => r.findings);
}

const fixes = (found: Finding[]): string[][] => found.map((f) => [f.text, f.suggestions[0]!]);

describe('wrong words spelled right, from a thirtieth probe', () => {
  it('flags each confusion with the right word', () => {
    const found = findings(
      'Trout could dye off in the heat; the bass dyed off last year.',
      'Tenants were scarred to death. He runs a bate shop and sells live bate.',
      'Voters will weight for the results. The bass salary is low.',
      'She got a singing bonus. The measure was past unanimously.',
      'Bring a peace of paper. Hundreds of thousand lost power.',
      'It is the nation’s larges refinery. Growers said there biggest worry was frost.',
      'Floods ruined there crops. Critics doubt it’s benefits will last.',
    );
    expect(fixes(found)).toEqual([
      ['dye off', 'die off'],
      ['dyed off', 'died off'],
      ['scarred to death', 'scared to death'],
      ['bate shop', 'bait shop'],
      ['live bate', 'live bait'],
      ['weight for the results', 'wait for the results'],
      ['bass salary', 'base salary'],
      ['singing bonus', 'signing bonus'],
      ['measure was past unanimously', 'measure was passed unanimously'],
      ['a peace of paper', 'a piece of paper'],
      ['Hundreds of thousand', 'Hundreds of thousands'],
      ['nation’s larges', 'nation’s largest'],
      ['there biggest', 'their biggest'],
      ['there crops', 'their crops'],
      ['it’s benefits', 'its benefits'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'The wool was dyed in Peru. His hands were scarred by the fire.',
        'The survey was adjusted to weight for age. A bass player sang; the choir kept singing.',
        'The deadline has past. A peace of sorts held, and several thousand marched.',
        'He was there first. Out there children play. Get there early.',
      ),
    ).toEqual([]);
  });
});

describe('short places and dropped letters, from a thirtieth probe', () => {
  it('reads a four-letter state with two letters swapped as the state', () => {
    expect(
      fixes(findings('Trucks cross at the Nevada-Utha line.', 'She moved from Iwoa.')),
    ).toEqual([
      ['Utha', 'Utah'],
      ['Iwoa', 'Iowa'],
    ]);
  });

  it('reads a four-letter slip where a place goes as a place the story keeps naming', () => {
    const story = [
      'Farmers in Yuma say water is short.',
      'Yoma-area growers met at the Yuma fairgrounds.',
    ];
    expect(fixes(findings(...story))).toEqual([['Yoma', 'Yuma']]);
    // Named once, the place is no reason to doubt a name: "Yoma" stays a name.
    expect(findings('Yoma-area growers met in Yuma.')).toEqual([]);
    expect(findings('They met Kahn and Lenz in Yuma. Yuma is hot.')).toEqual([]);
  });

  it('puts back the last s of a place of two words', () => {
    expect(
      fixes(findings('The case is in court in New Orlean.', 'He drove to Des Moine.')),
    ).toEqual([
      ['New Orlean', 'New Orleans'],
      ['Des Moine', 'Des Moines'],
    ]);
    // Without the s the last word is a word: it may be meant.
    expect(findings('They drove to Palm Spring.')).toEqual([]);
  });
});

describe('suggestions ranked by the story, from a thirtieth probe', () => {
  it('offers an everyday word before a name for a word typed in lowercase', () => {
    expect(fixes(findings('The church sits in a rural parrish.'))).toEqual([['parrish', 'parish']]);
  });

  it('offers a name after a storm word', () => {
    expect(fixes(findings('Hurricane Harvy flooded homes.'))).toEqual([['Harvy', 'Harvey']]);
  });

  it('offers the name the story uses for a slip of it, in a deferred check too', () => {
    const story = [
      '“We stay,” said Dana Cooper, a ranger.',
      'Coopper said the trail would reopen.',
    ];
    expect(fixes(findings(...story))).toEqual([['Coopper', 'Cooper']]);
    const deferred = new Proofreader(resources, { deferSuggestions: true });
    const filled = deferred.fillSuggestions(deferred.check(story));
    expect(fixes(filled.flatMap((r) => r.findings))).toEqual([['Coopper', 'Cooper']]);
  });
});
