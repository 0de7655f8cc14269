import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read in the thirty-eighth round, written here in other words and
// other places, with right uses of the same words beside them.

const { expectEachFixed, expectClean, findings } = proofingCases();

describe('words from a thirty-eighth round of probes', () => {
  it('joins along side before what stands beside, and leaves side streets and roads', () => {
    expectEachFixed([
      ['The senator campaigned along side Gov. Tina Kotek in Bend.', 'alongside'],
      ['Volunteers worked along side the crews all night.', 'alongside'],
    ]);
    expectClean(['Delivery vans parked along side streets and along side roads.']);
  });

  it('reads it’s before a superlative and “since” or “ever” as its', () => {
    expectEachFixed([['The airline posted it’s highest profit since 2019.', 'its']]);
    expectClean(['It’s most likely to snow on Friday, and it’s best to stay home.']);
  });

  it('reads quite after going out or away as quietly', () => {
    expectEachFixed([['The old mill did not go away quite.', 'quietly']]);
    expectClean(['The crowd went away quite happy.']);
  });

  it('leaves a place the gazetteer lacks, said to be near, for a far village one letter off', () => {
    expectClean(['TUCSON, Ariz. — Hikers were rescued near Sabino on Sunday.']);
    expectEachFixed([['TOLEDO, Ohio — Crews worked near Sabino on Sunday.', 'Sabina']]);
  });
});

describe('words a comparison, a place or a count makes wrong', () => {
  it('reads then before “first planned” after a comparative as than', () => {
    expectEachFixed([['The new terminal will cost more then originally projected.', 'than']]);
    expectClean(['The line opened later, then first served Reno in May.']);
  });

  it('reads the sight of a crash a few miles off as its site', () => {
    expectEachFixed([['Reporters stood a block from the sight of the explosion.', 'site']]);
    expectClean([
      'At the sight of the smoke, she called 911.',
      'The sight of the crash stunned them.',
    ]);
  });

  it('gives “a” one of what it counts', () => {
    expectEachFixed([['A companies that hires locally gets the credit.', 'company']]);
    expectClean(['It was a families-first budget, and a number of families moved in.']);
  });
});

describe('a name spelled two ways, once each', () => {
  it('holds a rare word used as a name before a verb to the person named before it', () => {
    const found = findings(
      'Deputy Aaron Brandt, 41, was placed on leave Monday.',
      'Witnesses said Brant pushed the woman to the ground.',
    );
    expect(fixes(found)).toEqual([['Brant', 'Brandt']]);
  });

  it('reads a name before “Landscaping” or “Roofing” as the owner’s, not a first name', () => {
    const found = findings(
      'Rosa Echeverria started the business in Fresno in 2009.',
      'Echeverria said Echeverira Roofing would hire four more workers.',
    );
    expect(fixes(found)).toEqual([['Echeverira', 'Echeverria']]);
  });
});

describe('counts, metals and plans', () => {
  it('reads a date before a noun as no count', () => {
    expectClean([
      'The chief reviewed the Sept. 14 arrest and the March 3 vote.',
      'Since the Oct. 2 shooting, patrols have doubled.',
    ]);
  });

  it('reads steal before a verb of building as steel, and planed after “than first” as planned', () => {
    expectEachFixed([
      ['“Steal built Gary,” the mayor said.', 'Steel'],
      ['The bridge opened later than first planed.', 'planned'],
    ]);
    expectClean(['The oak boards were planed smooth by hand.', 'A late steal sealed the win.']);
  });
});

describe('floods, sea walls and phones', () => {
  it('reads breeched, effected by, who’s before a plural and as good as it’s', () => {
    expectEachFixed([
      ['The dam breeched after three days of rain.', 'breached'],
      ['Tenants effected by the fire were moved to a motel.', 'affected'],
      ['Ranchers who’s herds died were paid by the county.', 'whose'],
      ['A plan is only as good as it’s enforcement.', 'its'],
    ]);
    expectClean([
      'He pulled on his riding breeches; the calf was born breech.',
      'The transfer was effected by court order.',
      'A coach who’s always worked nights spoke. It’s tradition. As bad as it’s been, we stay.',
    ]);
  });

  it('takes the apostrophe out of a place whose name ends in s', () => {
    expectEachFixed([['Crabbers on Jame’s Island lost their boats.', 'James']]);
    expectClean(['Diners in Walker’s Point waited an hour.']);
  });

  it('holds no river of everyday words to a river of no state in a story with one', () => {
    expectClean([
      'CHARLESTON, S.C. — The wall would run from the Ashley River to the Cooper River.',
    ]);
  });
});
