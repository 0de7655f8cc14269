import { describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read in the fortieth round, written here in other words and other
// places, with right uses of the same words beside them.

const { expectEachFixed, expectClean, findings } = proofingCases();

describe('places the gazetteer spells in more than one case', () => {
  it('knows every state a name is found in, however a source capitalizes it', () => {
    // GeoNames writes Georgia's town "LaFayette" and the others "Lafayette": one name.
    const { gazetteer } = loadProofingResources();
    expect(gazetteer.statesOf('Lafayette')).toEqual(expect.arrayContaining(['CA', 'LA', 'IN']));
    expect(gazetteer.statesOf('LaFayette')).toContain('GA');
    expect(gazetteer.lookup('lafayette')).toBe('Lafayette');
  });

  it('offers a place a letter off in the state written after it', () => {
    expectEachFixed([['The guard, a junior from Lafayete, Colo., scored 19.', 'Lafayette']]);
    expectClean([
      'She grew up in Lafayette, La., and in LaFayette, Ga.',
      'The plant is in DuBois, Pa., near Interstate 80.',
    ]);
  });
});

describe('a place of two words written as one', () => {
  it('holds "Highpoint" to the "High Point" the story names', () => {
    const found = findings(
      'GREENSBORO, N.C. — A clerk from High Point was charged Monday.',
      'Receipts from the Winston-Salem and Highpoint offices did not match.',
    );
    expect(fixes(found)).toEqual([['Highpoint', 'High Point']]);
  });

  it('leaves a one-word place the story names more often, or a longer name', () => {
    expectClean([
      'She moved from Newport to New Port Richey in 2019.',
      'The Eastside schools and the East Side schools are in two cities.',
    ]);
    expect(
      fixes(
        findings(
          'Highpoint is a village in Ohio. Highpoint voters met Monday.',
          'A speaker from High Point, N.C., came too.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('words where the story means one person, or we', () => {
  it('gives "a" spokesman one person, not several', () => {
    expectEachFixed([
      ['A Delta spokesmen said the flight was canceled.', 'spokesman'],
      ['A Tyson Foods spokeswomen declined to comment.', 'spokeswoman'],
      ['Witnesses saw a women run from the store.', 'woman'],
    ]);
    expectClean([
      'A few women said they would return.',
      'A group of businessmen said they would invest.',
      'The spokesmen said nothing.',
    ]);
  });

  it('reads an opening "Were" before "just" or "proud" as we\'re', () => {
    expectEachFixed([
      ['"Were just a small shop trying to survive," she said.', "We're"],
      ['"Were proud of what this team did," he said.', "We're"],
    ]);
    expectClean([
      'Were all of the ballots counted?',
      'Were the measure to fail, the district would cut 40 jobs.',
      '"Were they right to wait?" she asked.',
    ]);
  });
});

describe('house spellings', () => {
  it("spells Ukraine's cities as AP does", () => {
    expectEachFixed([
      ['Power was restored in Kharkov by noon.', 'Kharkiv'],
      ['The envoy flew to Kiev on Friday.', 'Kyiv'],
    ]);
    expectClean([
      'The diner serves chicken Kiev on Fridays.',
      'Odessa, Texas, is in the Permian Basin.',
    ]);
  });

  it('closes "soy bean" but not a second-home owner', () => {
    expectEachFixed([['Prices for soy beans fell again.', 'soybeans']]);
    expectClean([
      'Several second-home owners sued the county.',
      'Mobile home owners asked for help.',
      'Vacation home owners pay the tax.',
    ]);
  });
});

describe('a month typed a letter short where the story has a state', () => {
  it('offers the month, not a hamlet of that name elsewhere', () => {
    expectEachFixed([['TUCSON, Ariz. — The runoff is set for late Augst.', 'August']]);
    expect(fixes(findings('The ferry left Sitka for Junea, Alaska, at dawn.'))).toEqual([
      ['Junea', 'Juneau'],
    ]);
  });
});

describe("a surname slipped into an everyday plural at a sentence's start", () => {
  it('holds "Evens added" to the Evans the story introduces', () => {
    const found = findings(
      'Chief Dana Evans said the budget was tight.',
      'Evens added that the city would hire four officers.',
    );
    expect(fixes(found)).toEqual([['Evens', 'Evans']]);
  });

  it('leaves plurals that name no one', () => {
    expect(
      fixes(
        findings(
          'Principal Ann Parent said classes resume Monday.',
          'Parents said they were relieved. Officials said buses would run.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('possessives and borders', () => {
  it('reads "the nations second-largest" as a possessive', () => {
    expectEachFixed([['Ohio is the nations third-largest egg producer.', "nation's"]]);
  });

  it('reads "the boarder" crossed or closed as a border', () => {
    expectEachFixed([
      ['Fewer migrants reached the boarder in March.', 'border'],
      ['Trucks waited hours to cross the boarder.', 'border'],
    ]);
    expectClean(['Rent from the boarder paid the taxes.']);
  });
});

describe('real words in the wrong place', () => {
  it('reads verbs of motion and of change', () => {
    expectEachFixed([
      ['Troopers lead the driver away on Friday after a short chase.', 'led'],
      ['The front past south of the county before dawn.', 'passed'],
      ["The ruling will not effect the state's bond rating.", 'affect'],
      ['The pilot was forced to break hard after touchdown.', 'brake'],
    ]);
    expectClean([
      'Officers lead tours of the station every Saturday.',
      'The storm moved past the coast.',
      'Lawmakers hope to effect the transfer by June.',
      'The curveball breaks sharply.',
    ]);
  });

  it('reads things that stand still, stay apart or are staff', () => {
    expectEachFixed([
      ['The truck remained stationery for an hour.', 'stationary'],
      ['She rides a stationery bike at the gym.', 'stationary'],
      ['The study sorted the claims into discreet categories.', 'discrete'],
      ['Medical personal were sent to the school.', 'personnel'],
    ]);
    expectClean([
      'The shop sells stationery and cards.',
      'Investigators made discreet inquiries.',
      'Her medical history is a personal matter.',
    ]);
  });

  it('reads holes, sites, complements and excess', () => {
    expectEachFixed([
      ['Crews patched a whole in the levee overnight.', 'hole'],
      ['The cite of the new arena is a former landfill.', 'site'],
      ['The new ferry routes compliment the rail line.', 'complement'],
      ['Most families have to much debt to save.', 'too'],
      ['The driver was to drunk to stand.', 'too'],
    ]);
    expectClean([
      'The whole team came to the hospital.',
      'Lawyers cite the ruling often.',
      'The mayor complimented the crews.',
      'The store was to close at 5 p.m.',
      'Voters have to weigh many issues.',
    ]);
  });
});

describe('a story set abroad that names the United States too', () => {
  it('holds a small American town to the city of the country the story is about', () => {
    const found = findings(
      'MEXICO CITY (AP) — Mexico’s Senate approved the budget on Friday.',
      'Relations with the United States will be tested, said an economist in Monterey.',
      'Mexico has courted factories from Asia.',
    );
    expect(fixes(found)).toEqual([['Monterey', 'Monterrey']]);
  });

  it('leaves the town in a story set at home', () => {
    expectClean(['The United States and Mexico met in Monterey, Calif., on Friday.']);
  });
});

describe('a possessive "its" before the people of a thing', () => {
  it('reads "It\'s authors said" as its', () => {
    expectEachFixed([
      ["The report came out Monday. It's authors said more work is needed.", 'Its'],
    ]);
    expectClean(["It's researchers who will decide."]);
  });
});

describe('names said once another way', () => {
  it('holds "Burkes said" to the Burks the story introduces', () => {
    const found = findings(
      '"It works," said Dr. Nina Burks, a pediatrician.',
      'Burkes said the results held for a year.',
    );
    expect(fixes(found)).toEqual([['Burkes', 'Burks']]);
  });

  it("holds a double surname's second part to the story's spelling, word or not", () => {
    expect(
      fixes(
        findings(
          'She is survived by a son, Paul Reyes-Wells.',
          'Reyes-Wels said his mother loved the river.',
        ),
      ),
    ).toEqual([['Wels', 'Wells']]);
    expect(
      fixes(
        findings(
          'She is survived by a son, Paul Reyes-Wells.',
          'Reyes-Walls said his mother loved the river.',
        ),
      ),
    ).toEqual([['Walls', 'Wells']]);
    expectClean(['Trains run between Winston-Salem and Wilkes-Barre.']);
  });
});

describe('"its" before an adverb and what it is', () => {
  it('reads "Its still paying" as it\'s', () => {
    expectEachFixed([
      ['Its still paying off the bonds, the treasurer said.', "It's"],
      ['The district said its already too late to change the map.', "it's"],
    ]);
    expectClean(['The team lost its only game.', 'The plant and its only employee closed.']);
  });
});

describe('a slip heading a name of its own', () => {
  it('reads "Divison of Occupational Safety" as a division, not a town elsewhere', () => {
    expectEachFixed([
      [
        "FRESNO, Calif. — Inspectors from the state's Divison of Occupational Safety came.",
        'Division',
      ],
    ]);
  });

  it('reads "insure accurate results" as ensure', () => {
    expectEachFixed([['The rules were meant to insure accurate results.', 'ensure']]);
    expectClean(['Growers buy policies to insure their crops.']);
  });
});

describe("an everyday word where a town of the story's state stands", () => {
  it('reads "near Marshal" in a Michigan story as Marshall', () => {
    expectEachFixed([
      ['LANSING, Mich. — The plant near Marshal that got state money cut jobs.', 'Marshall'],
    ]);
  });

  it('leaves the word in a story of no state, or where a capital follows', () => {
    expectClean([
      'The plant near Marshal that got state money cut jobs.',
      'LANSING, Mich. — The case went to the Marshal Service in Detroit.',
    ]);
  });
});

describe('a Native nation named in a story of another state', () => {
  it('is the people, not a county elsewhere', () => {
    expectClean([
      'HUGO, Okla. — The Choctaw, Chickasaw and other nations run clinics in towns such as Talihina.',
    ]);
    expectEachFixed([
      ['TULSA, Okla. — Crews in Chickasa and Muskogee cleared roads.', 'Chickasha'],
    ]);
  });
});

describe("contractions at a quote's start", () => {
  it('reads "Were being" and "Its another" as we\'re and it\'s', () => {
    expectEachFixed([
      ['"Were being blamed for what others did," she said.', "We're"],
      ['"Its another cost on top of fuel," he said.', "It's"],
    ]);
    expectClean(['Were the ballots being counted?']);
  });
});
