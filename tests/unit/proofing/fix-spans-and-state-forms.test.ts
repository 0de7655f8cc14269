import { describe, expect, it } from 'vitest';
import { changedPart } from '../../../shared/proofing/fix-span';
import { stateAbbreviationSlips } from '../../../shared/proofing/state-abbreviations';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

const { expectEachFixed, expectClean, findings } = proofingCases();

describe('the part of a rule’s match its fix changes', () => {
  it('is the changed words, without the words the rule read around them', () => {
    expect(changedPart('legislature past a', 'legislature passed a')).toEqual({
      from: 12,
      to: 16,
      fix: 'passed',
    });
    expect(changedPart('Everyone of', 'Every one of')).toEqual({
      from: 0,
      to: 8,
      fix: 'Every one',
    });
    expect(changedPart('would of stayed', 'would have stayed')).toEqual({
      from: 6,
      to: 8,
      fix: 'have',
    });
  });

  it('keeps the whole match for a fix that only takes out or respaces', () => {
    expect(changedPart('the the', 'the')).toEqual({ from: 0, to: 7, fix: 'the' });
    expect(changedPart('80 %', '80%')).toEqual({ from: 0, to: 4, fix: '80%' });
    expect(changedPart('a lot', 'a lot')).toEqual({ from: 0, to: 5, fix: 'a lot' });
  });

  it('lets two findings stand side by side: AP’s Legislature and a vote that passed', () => {
    expect(
      fixes(findings('The state legislature past a law in 2024 that lets RTD borrow.')),
    ).toEqual([
      ['legislature', 'Legislature'],
      ['past', 'passed'],
    ]);
  });
});

describe('a state after a city in a form AP does not use', () => {
  it('is offered in AP’s abbreviation, or spelled out where AP never abbreviates', () => {
    const slips = (text: string) =>
      stateAbbreviationSlips(text).map((f) => [f.text, f.suggestions[0]]);
    expect(slips('Residents of nearby Beaver Falls, Penn., joined the suit.')).toEqual([
      ['Penn.', 'Pa.'],
    ]);
    expect(slips('EL PASO, Tex. — Border crossings fell.')).toEqual([['Tex.', 'Texas']]);
    expect(slips('She grew up in Elko, NV, and moved east.')).toEqual([['NV', 'Nev.']]);
    expect(slips('He retired to Provo, UT.')).toEqual([['UT', 'Utah']]);
    expect(slips('Officials in Green Bay, Wisc., said the dock was safe.')).toEqual([
      ['Wisc.', 'Wis.'],
    ]);
    expect(slips('in Wheeling, W. Va., on Friday')).toEqual([['W. Va.', 'W.Va.']]);
    expect(slips('Lobbyists in Washington, DC, said so.')).toEqual([['DC', 'D.C.']]);
  });

  it('leaves AP’s own forms, degrees after a name and a title after a comma alone', () => {
    expectClean([
      'TUCSON, Ariz. — A storm flooded washes in Darlington, Pa., and Ames, Iowa.',
      'Dr. Lena Ortiz, MD, said the clinic would stay open.',
      'It was Harper, Ms. Gale said, who called first.',
      'On Sunday, Mass is at nine, the Rev. Tom Kirk said.',
    ]);
    expectEachFixed([['The mill in Tacoma, Wa., will close in June.', 'Wash.']]);
  });
});

describe('an owner’s possessive in the story’s own apostrophe', () => {
  it('is straight where the story writes straight quotes and no curly ones', () => {
    const found = findings(
      '"It is an insult," said Misti Allison, who spoke at a hearing.',
      'Allisons lawyer said she was considering an appeal.',
    );
    expect(fixes(found)).toEqual([['Allisons', "Allison's"]]);
  });
});
