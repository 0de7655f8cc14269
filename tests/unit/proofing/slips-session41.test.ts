import { describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { suggestionsFor } from '../../../shared/proofing/proofreader';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read in the forty-first round, written here in other words and
// other places, with right uses of the same words beside them.

const { expectEachFixed, expectClean, findings } = proofingCases();

describe('a real place followed by a state it is not in', () => {
  it('offers the place a letter off in the state written after it', () => {
    expectEachFixed([
      ['The layoffs hit plants in Kenosha, Wis., and Belvedere, Ill., this spring.', 'Belvidere'],
      ['Her family farms outside Belvidere, Calif., in Marin County.', 'Belvedere'],
    ]);
    const [finding] = findings('The crew flew in from Belvedere, Ill., on Monday.');
    expect(finding?.message).toContain('Illinois');
  });

  it('leaves a place in the state written, or one with no near twin there', () => {
    expectClean([
      'The plant in Belvidere, Ill., reopened, as did one in Belvedere, Calif.',
      'Voters in Portland, Maine, and Portland, Ore., backed the measure.',
      'He retired to Naples, Fla., after 30 years in Springfield, Ill.',
    ]);
  });
});

describe('a misspelled city after "to" or "from"', () => {
  it('offers the big city of the story’s state', () => {
    const found = findings(
      'TUCSON, Ariz. — The council voted Wednesday on water for data centers.',
      '"I don\'t want the next employer to go to Phenix instead," she said.',
    );
    expect(fixes(found)).toEqual([['Phenix', 'Phoenix']]);
  });

  it('leaves a person written to, or a small town a word is near', () => {
    expectClean([
      'SAVANNAH, Ga. — She wrote to Marshal last week about the permit.',
      'LINCOLN, Neb. — The letter from Bryon and from Mesas arrived Monday.',
    ]);
  });
});

describe('a state abbreviation missing its period', () => {
  it('gives "Ind", "Wash", "Fla" their periods after a city', () => {
    expectEachFixed([
      ['Some production moves to Kokomo, Ind, and to Mexico.', 'Ind.'],
      ['Crews in Tacoma, Wash were told to wait.', 'Wash.'],
      ['She lived in Orlando, Fla for 20 years.', 'Fla.'],
      ['In Billings, Mont the vote was close.', 'Mont.'],
    ]);
    expectClean([
      'The line runs from Kokomo, Ind., to Peoria, Ill., and Mobile, Ala.',
      'On Sunday, Mass is said at 9 a.m.',
    ]);
  });
});

describe('"anther" for another', () => {
  it('is another where one more is meant, an anther in a flower', () => {
    expectEachFixed([['We intend to build trucks there for anther 87 years.', 'another']]);
    expectClean([
      'The anther of the lily holds the pollen.',
      'Bees brush each anther and stigma as they feed.',
    ]);
  });
});

describe('a surname spelled with a letter doubled and two swapped', () => {
  it('holds the odd spelling to the name the story gives a first name', () => {
    const found = findings(
      'The missing man, Tomas Pereira of Fall River, was last seen Thursday.',
      '"He was generous," said a man who fished with Perriera for years.',
    );
    expect(fixes(found)).toEqual([['Perriera', 'Pereira']]);
  });

  it('leaves two people whose names differ in more than that', () => {
    expectClean([
      'Ana Coates spoke first. Luis Cortez spoke next, and Coates answered him.',
      'Maria Correa met Joao Carrera; Correa and Carrera are cousins.',
    ]);
  });
});

describe('"right a way"', () => {
  it('is right away, unless a way to do something is meant', () => {
    expectEachFixed([['"You noticed it right a way," she said.', 'away']]);
    expectClean(['They found the right a way to do it, she said.', 'He was stopped right away.']);
  });
});

describe('a short slip of a common word', () => {
  it('offers the word said most often first', () => {
    const resources = loadProofingResources();
    const first = (typed: string): string | undefined => suggestionsFor(typed, resources)[0];
    // (Before: cold, fate, form, alone: as near by letters, far rarer in speech.)
    expect(['culd', 'afte', 'fom', 'alonh'].map(first)).toEqual([
      'could',
      'after',
      'from',
      'along',
    ]);
    // Longer slips keep their ranking by the slip: a rarer word can still be meant.
    expect(['definatly', 'nessasarily', 'unsucessfull'].map(first)).toEqual([
      'definitely',
      'necessarily',
      'unsuccessful',
    ]);
  });
});

describe('a slip of a short word the story says again and again', () => {
  it('offers the story’s word first', () => {
    const found = findings(
      'Officials said the plan was late. The mayor said it would pass.',
      'A spokesman said the council would meet. Residents said they were tired.',
      'The governor sai the state would help.',
    );
    expect(fixes(found)).toEqual([['sai', 'said']]);
  });

  it('keeps the nearer word where the story uses the other only once or twice', () => {
    // (With a colon after it: the words on both sides would choose "said" themselves.)
    const found = findings('The governor sai: the state would help. She said so.');
    expect(found[0]?.suggestions[0]).not.toBe('said');
  });
});

describe('a place with a letter typed after it', () => {
  it('is that place, unless the ending makes its people ("Georgian")', () => {
    expectEachFixed([['The farm sits between Canton and Potsdamn, N.Y.', 'Potsdam']]);
    expectClean(['The Georgian and Cuban delegations met in Potsdam.']);
  });
});

describe('news words of the last few years', () => {
  it('are never flagged', () => {
    expectClean([
      'The exoneree spoke outside the gigafactory; sportsbooks took bets on the game.',
      'Teleworking staff were reskilling as the city weighed whether to defund the unit.',
      'Kratom and ketamine were found; carfentanil and nitazenes worry toxicologists.',
      'He reposted the subreddit thread about geolocation data and megafires in the West.',
      'A cornhole league, a bikeshare dock and a busway opened near the rewilding site.',
    ]);
  });
});

describe('the people of a city named beside it', () => {
  it('is no slip of the city', () => {
    expectClean([
      'TULSA, Okla. — A lifelong Tulsan, she moved back to Tulsa in 2019.',
      'OMAHA, Neb. — Every Omahan knows the Omaha zoo.',
    ]);
  });
});

describe('a slip of a word the story uses in its plural', () => {
  it('offers that word first', () => {
    const found = findings(
      'Bales sold at auctions in Dalhart and Dodge City.',
      'Buyers and aution operators said prices doubled.',
    );
    expect(fixes(found)).toEqual([['aution', 'auction']]);
  });
});
