import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read in issue 9's 33rd session, written here in other words and
// other places, with right uses of the same words beside them.

const cases = proofingCases();
const { expectEachFixed, expectClean, findings } = cases;

describe('compounds written as two words', () => {
  it('joins those AP writes as one, with or without a capital', () => {
    expectEachFixed([
      ['"Tax payers will cover it," the mayor said.', 'Taxpayers'],
      ['The county asked home owners to boil water.', 'homeowners'],
      ['State law makers met in special session.', 'lawmakers'],
      ['Fire fighters held the line overnight.', 'Firefighters'],
      ['Federal policy makers have been slow to act.', 'policymakers'],
      ['The recall drew attention nation wide.', 'nationwide'],
    ]);
  });

  it('leaves the words where they are two', () => {
    expectClean([
      'Home ownership rates rose in the county.',
      'The World Wide Web turned 35 this year.',
      'The race for the seat is state wide open after the primary.',
      'The team’s wide receivers coach resigned on Monday.',
      'Tax payment plans are open to home buyers, fire crews and policy staff.',
    ]);
  });
});

describe('whose and who’s, than and then', () => {
  it('flags who’s before what someone owns, and than closing a sentence', () => {
    expectEachFixed([
      ['"If the money runs out, who’s money pays the bonds?" she asked.', 'whose'],
      ['Nobody knows who’s idea the change was.', 'whose'],
      ['Lawmakers said they would take up the bill than.', 'then'],
    ]);
  });

  it('flags its before a number that closes the sentence, not before a count of its own', () => {
    expect(fixes(findings('"It used to be three miles. Now its twelve," he said.'))).toEqual([
      ['its', "it's"],
    ]);
    expectClean(['The board and its 12 members met on Monday.', 'It raised its rate to 12.']);
  });

  it('leaves who’s as who is, and than that compares', () => {
    expectClean([
      'Nobody knows who’s running for the seat.',
      'Who’s home when the children get back?',
      'The rent now costs more than the mortgage did.',
      'Prices rose faster than wages.',
    ]);
  });

  it('leaves "there most nights": an adverb of how often, not a possessive', () => {
    expectClean([
      'Deputies saw his truck parked outside a house there most nights.',
      'She said she slept there most days in August.',
    ]);
    expect(fixes(findings('Residents said there best chance was an appeal.'))).toEqual([
      ['there', 'their'],
    ]);
  });
});

describe('a name written with a capital inside', () => {
  it('is a person’s name, not a small town spelled without that capital', () => {
    const found = findings(
      'Regent Fred DuVal cast the lone vote against the plan.',
      '"A freeze sounds good until the roofs leak," DuVall said.',
    );
    expect(fixes(found)).toEqual([['DuVall', 'DuVal']]);
  });

  it('still takes a town of some size written with its capitals another way', () => {
    expectClean(['Workers at the LaPlace plant in St. John the Baptist Parish, La., walked out.']);
  });
});
