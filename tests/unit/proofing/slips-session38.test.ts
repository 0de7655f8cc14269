import { describe, it } from 'vitest';
import { proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read in the thirty-eighth round, written here in other words and
// other places, with right uses of the same words beside them.

const { expectEachFixed, expectClean } = proofingCases();

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
