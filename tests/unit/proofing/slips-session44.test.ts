import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// False flags found in the forty-fourth round on other people's prose (UN records, reviews,
// encyclopedia text, court filings), written here as news copy of our own, with the slips
// the same checks must still catch beside them.

const { expectEachFixed, expectClean, findings } = proofingCases();

describe('“to” ending a range is no “two”', () => {
  it('leaves to after from and after a verb of change', () => {
    expectClean([
      'Response times went from minutes to hours after the dispatch center lost power.',
      'The wait for a hearing shrank from weeks to days.',
      'Delays at the border crossing stretched to weeks in March.',
      'The backlog grew to years under the old system.',
      'The county cut the wait to days by hiring four clerks.',
    ]);
  });

  it('still catches to written for two before a span of time', () => {
    expectEachFixed([
      ['The trial lasted to days, and the jury took an hour.', 'two'],
      ['He spent to weeks in the Ramsey County jail.', 'two'],
    ]);
  });
});

describe('“to many” after a verb that takes “to”', () => {
  it('leaves seemed to many and belongs to many', () => {
    expectClean([
      'The offer seemed to many to be a bargain.',
      'The plan looked to few to be worth the cost.',
      'The land belongs to many to share, the tribe said.',
    ]);
  });

  it('still catches to for too before an infinitive', () => {
    expectEachFixed([
      ['There were to many to count, a deputy said.', 'too'],
      ["That's to much to ask of volunteers.", 'too'],
      ['The bill is way to much to pay for a county of 9,000.', 'too'],
    ]);
  });
});

describe('written-out numbers', () => {
  it('leaves an ordinal after a tens word', () => {
    expectClean([
      'The assembly took up the measure at its forty-eighth session.',
      'She finished twenty-first in the Boston Marathon.',
    ]);
  });

  it('offers the ordinal for its slip, once, in place of the dictionary’s guess', () => {
    const found = findings('He finished twenty-fith in the state meet.');
    expect(fixes(found)).toEqual([['fith', 'fifth']]);
  });
});

describe('Arabic’s article, spaced, before a name', () => {
  it('leaves al before a name no dictionary has', () => {
    expectClean([
      'Hundreds of al Qaeda fighters fled across the border, officials said.',
      'He told al Jazeera the talks had stalled.',
    ]);
  });

  it('still catches al for all before a word the dictionary knows', () => {
    expectEachFixed([['The vote split al Democrats in the House.', 'all']]);
  });
});

describe('a team’s plural before its fans and coach', () => {
  it('leaves Aggies fans and Hokies coach', () => {
    expect(
      fixes(
        findings(
          'COLLEGE STATION, Texas — The Aggies lost 24-21 on Saturday.',
          'Aggies fans stayed long after the game, and Aggies coach Mike Elko thanked them.',
        ),
      ),
    ).toEqual([]);
  });

  it('still catches a company’s name missing its apostrophe', () => {
    expectEachFixed([['Intels largest campus is in Hillsboro, Oregon.', "Intel's"]]);
  });
});

describe('names the dictionary lists that are two', () => {
  it('leaves a country and a first name a letter apart, and a place and its people', () => {
    expect(
      fixes(
        findings(
          'Sudan’s army shelled the city again on Monday.',
          'Susan Rice, a former U.N. ambassador, said the talks had failed.',
        ),
      ),
    ).toEqual([]);
    expect(fixes(findings('The Kashmir talks stalled when Kashmiri leaders walked out.'))).toEqual(
      [],
    );
  });

  it('still holds a surname to the story’s spelling', () => {
    expect(fixes(findings('Tim Allen spoke first.', 'Allan said he would return.'))).toEqual([
      ['Allan', 'Allen'],
    ]);
  });
});
