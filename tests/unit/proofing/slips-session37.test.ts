import { describe, expect, it } from 'vitest';
import { datelineCityState } from '../../../shared/proofing/ap-datelines';
import { stateCodesIn } from '../../../shared/proofing/place-context';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read in issue 9's 37th session, written here in other words and
// other places, with right uses of the same words beside them.

const cases = proofingCases();
const { expectEachFixed, expectClean, findings } = cases;

describe('a place with its doubled letter moved', () => {
  it('is that place, though two edits of typing from it', () => {
    expect(fixes(findings('BILLINGS, Mont. — The crew drove on to Misoulla before dark.'))).toEqual(
      [['Misoulla', 'Missoula']],
    );
    expect(fixes(findings('Traders came from Galupp, N.M., for the fair.'))).toEqual([
      ['Galupp', 'Gallup'],
    ]);
  });

  it('is ranked by the story’s state against a place one edit away', () => {
    const georgia = findings(
      'ATLANTA — Rents rose again this spring.',
      'Some renters moved out to Marrieta, where a two-bedroom costs less.',
    );
    expect(georgia[0]?.suggestions[0]).toBe('Marietta');
    const california = findings(
      'RIVERSIDE, Calif. — Rents rose again this spring.',
      'Some renters moved out to Marrieta, where a two-bedroom costs less.',
    );
    expect(california[0]?.suggestions[0]).toBe('Murrieta');
  });
});

describe('a dateline city AP lets stand alone', () => {
  it('names its state', () => {
    expect(datelineCityState('DENVER — Snow closed the passes.')).toBe('CO');
    expect(datelineCityState('ST. LOUIS (AP) — The vote was close.')).toBe('MO');
    expect(datelineCityState('SALT LAKE CITY — Lawmakers met.')).toBe('UT');
    expect(stateCodesIn('NEW ORLEANS — The levee held.')).toEqual(['LA']);
  });

  it('is not any city in capitals, nor a city named mid-sentence', () => {
    expect(datelineCityState('SPRINGFIELD — The vote was close.')).toBeUndefined();
    expect(datelineCityState('He flew to DENVER — then home.')).toBeUndefined();
    expect(stateCodesIn('Officials in Denver said the roads were clear.')).toEqual([]);
  });
});

describe('sound-alikes and near words read by sense', () => {
  it('offers the word meant', () => {
    expectEachFixed([
      ['Nurses rallied outside the Capital on Tuesday to demand more staff.', 'Capitol'],
      ['Farmers plan to drive tractors to the Capital in Lansing next week.', 'Capitol'],
      ['The power went out shorty before noon.', 'shortly'],
      ['Shorty after the vote, the mayor left.', 'Shortly'],
      ['Officials asked residents for a little more patients while crews work.', 'patience'],
    ]);
  });

  it('leaves the right words', () => {
    expectClean([
      'Lansing is the state capital, and the Capitol sits downtown.',
      'She works for Capital One in Richmond.',
      'The Capital Region has grown for a decade.',
      'Nurses rallied outside the Capitol on Tuesday.',
      'The clinic saw more patients than last year.',
      'The hospital admitted a little more than 40 patients.',
      'He was a scrappy point guard the fans called Shorty.',
    ]);
  });
});

describe('a language written in lowercase', () => {
  it('is capitalized where it names the language', () => {
    expectEachFixed([
      ['The library added english lessons on Saturdays.', 'English'],
      ['Her grandparents spoke german at the table.', 'German'],
      ['The clinic hired two mandarin speakers.', 'Mandarin'],
    ]);
  });

  it('leaves the words the lowercase forms also are', () => {
    expectClean([
      'He put too much english on the cue ball.',
      'She peeled a mandarin orange.',
      'The library added English lessons.',
    ]);
  });
});

describe('“their” for “they’re” opening a sentence before a verb in -ing', () => {
  it('offers they’re', () => {
    expectEachFixed([['“Their charging us twice for parking,” a nurse said.', 'They’re']]);
  });

  it('leaves a possessive before a gerund mid-sentence, and their own nouns', () => {
    expectClean([
      'We were grateful for their telling us early.',
      'Their asking price was too high.',
      'Their running mate spoke first.',
    ]);
  });
});

describe('“effect” for “affect” before what is acted on', () => {
  it('offers affect', () => {
    expectEachFixed([
      ['Regulators will study whether the merger would effect service quality.', 'affect'],
      ['The closures could effect access for rural patients.', 'affect'],
    ]);
  });

  it('leaves effect change', () => {
    expectClean(['The new chief hopes to effect change in the department.']);
  });
});

describe('a company or place the story names, with an s and no apostrophe', () => {
  it('is its possessive before what it has', () => {
    expect(
      fixes(
        findings(
          'Harborview Health said Monday it would close a clinic.',
          'Harborview Health runs four sites in the county.',
          'Harborviews clinics will stay open until June.',
        ),
      ),
    ).toEqual([['Harborviews', 'Harborview’s']]);
  });

  it('leaves a plural region with “the”', () => {
    expectClean(['The Carolinas hospitals were full.']);
  });
});

describe('a title the story also finds as a town', () => {
  it('does not make the board’s plural a slip of it', () => {
    expectClean([
      'The Board of Regents voted Friday. Regent Ana Ruiz voted yes. Regent Paul Lee voted no. Regents said the vote was final.',
    ]);
  });
});

describe('“it’s” after a verb, before what is owned', () => {
  it('offers its', () => {
    expectEachFixed([['The county armed it’s deputies with new radios.', 'its']]);
  });
});

describe('a word for a group that speaks, two slips off, opening a sentence before “said”', () => {
  it('is a slip of that word', () => {
    expectEachFixed([
      ['Economisists said the rate cut came late.', 'Economists'],
      ['Homebuyerrs said prices were too high.', 'Homebuyers'],
      ['Diplomatts said the talks would resume.', 'Diplomats'],
    ]);
  });

  it('leaves surnames before “said”', () => {
    expectClean([
      'Councilman Ray Analla spoke first. Analla said the vote was close.',
      'Detective Rosa Inspeck took the call. Inspeck said she was alone.',
    ]);
  });
});

describe('“effect” before a plural it would act on', () => {
  it('offers affect', () => {
    expectEachFixed([['The cuts would not effect pensions or retiree health plans.', 'affect']]);
  });

  it('leaves effect before changes and reforms', () => {
    expectClean(['The law will effect changes in how clinics report.']);
  });
});

describe('AP spellings of child care and nickel', () => {
  it('offers the AP form', () => {
    expectEachFixed([
      ['The county opened a childcare center downtown.', 'child care'],
      ['The plant makes nickle alloys for jet engines.', 'nickel'],
    ]);
  });

  it('leaves the right forms and a surname', () => {
    expectClean(['The child care center opened.', 'Ella Nickle ran the plant for a decade.']);
  });
});

describe('an attorney’s office without its apostrophe', () => {
  it('offers the possessive', () => {
    expectEachFixed([
      ['The U.S. Attorneys Office in Chicago filed the charges.', "Attorney's"],
      ['The district attorneys office did not return a call.', "attorney's"],
    ]);
  });

  it('leaves the plural offices', () => {
    expectClean(['Several district attorneys’ offices joined the suit.']);
  });
});
