import { describe, it } from 'vitest';
import { proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read this round, written here in other words and other places, with
// right uses of the same words beside them.

const { expectEachFixed, expectClean } = proofingCases();

describe('states and places of more than one word', () => {
  it('holds a four-letter word to the five-letter state it drops a letter of', () => {
    expectEachFixed([
      ['Crews from southern Idho arrived on Monday.', 'Idaho'],
      ['The Texs Legislature meets again in January.', 'Texas'],
    ]);
    expectClean([
      'Idah Whitlock said the shelter was full.',
      'Idah Smith chairs the board.',
      'Idaho and Texas sued on Friday.',
    ]);
  });

  it('knows the last word of a place joined to a suffix', () => {
    expectClean([
      "The Coeur d'Alene-based lender opened a branch.",
      'A Baton Rouge-area hospital added beds.',
    ]);
    expectEachFixed([['The Baton Rogue-area hospital added beds.', 'Baton Rouge']]);
  });
});

describe('words a plural or a pronoun opens', () => {
  it('reads an everyday plural before a verb as a plural, not an owner', () => {
    expectEachFixed([
      ['Companys will file their reports in May.', 'Companies'],
      ['Countys could lose the grant next year.', 'Counties'],
    ]);
  });

  it('never holds a pronoun opening a quote to a name', () => {
    expectClean([
      'The board met at noon. The vote was close. "They told us to wait," said Mira Castell. The chair left.',
    ]);
  });
});

describe('real words out of place', () => {
  it('catches would, no, were and then written as other words', () => {
    expectEachFixed([
      ['The new rules wold take effect in March.', 'would'],
      ['Know injuries were reported after the crash.', 'No'],
      ['Police closed the road and where ready to reopen it by noon.', 'and were ready to'],
      ['The plant hired 40 workers back than, and more later.', 'back then'],
    ]);
    expectClean([
      'The walkers crossed the open wold at dawn.',
      'Know your rights before you sign.',
      'The town where ready money was scarce held a fair.',
      'Costs rose faster than expected.',
      'It took longer than, say, a week.',
    ]);
  });
});
