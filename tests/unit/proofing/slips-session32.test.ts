import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read this round, written here in other words and other places, with
// right uses of the same words beside them.

const cases = proofingCases();
const { expectEachFixed, expectClean, findings } = cases;

describe('phrases of everyday words near a place', () => {
  it('leaves a name of everyday words that only a small place far away resembles', () => {
    expectClean([
      'The Northern Kentucky Law Center filed the suit on Monday.',
      'TUPELO, Miss. — Residents of Holly Beach said the storm took their docks.',
      'The comedian Rich Hall opened the show.',
    ]);
  });

  it('still flags such a phrase when the place is big or in the story’s state', () => {
    expectEachFixed([
      ['She moved to Los Angles after college.', 'Los Angeles'],
      ['Deputies in Los Angles County made the arrest.', 'Los Angeles County'],
    ]);
    const found = findings(
      'CHARLESTON, S.C. — Beachgoers at Holly Beach were told to leave the water.',
    );
    expect(fixes(found)).toEqual([['Holly Beach', 'Folly Beach']]);
  });

  it('reads a capital before a brand as the maker’s name, not a town', () => {
    expectClean(['TOLEDO, Ohio — The company sold its Dunlop brand to a rival.']);
  });
});

describe('names and who', () => {
  it('takes a place ending in s before “who” for no plural', () => {
    expectClean([
      'A rancher from Billings who sits on the board voted no.',
      'The lawyer from Yonkers who represents the family spoke.',
    ]);
    expectEachFixed([['Officials who says otherwise are wrong.', 'say']]);
  });

  it('holds a dictionary surname said once to one that sounds the same given before', () => {
    const found = findings(
      '"We held the line," said Dwayne Seymore, who leads the union local.',
      'Seymour said a vote could come within a month.',
    );
    expect(fixes(found)).toEqual([['Seymour', 'Seymore']]);
    expect(
      fixes(
        findings(
          '"We held the line," said Dwayne Porter, who leads the union local.',
          'Carter said a vote could come within a month.',
        ),
      ),
    ).toEqual([]);
  });

  it('holds an everyday word said once as a name to the surname it drops an s of', () => {
    const found = findings(
      'The fee is a tax by another name, said state Rep. Carl Fields, a Nampa Republican.',
      'Field said he would rather cut permit fees.',
    );
    expect(fixes(found)).toEqual([['Field', 'Fields']]);
    expect(
      fixes(
        findings(
          'Officer John Baker said the family would stay.',
          'The Bakers said they would sell.',
          'Dana Hart said the plan works. Tom Hurt said it does not.',
        ),
      ),
    ).toEqual([]);
  });

  it('takes a word before Road or Street for a street’s name, unless a big city', () => {
    expectClean(['BOISE, Idaho — Crews will widen the stretch near Karcher Road next year.']);
    expectEachFixed([['Crews will repave Oaklan Avenue next year.', 'Oakland']]);
  });

  it('offers the plural of a word in -ys after a verb that takes a noun and a verb', () => {
    const found = findings('We have watched factorys close one after another.');
    expect(found.map((f) => f.suggestions[0])).toEqual(['factories']);
  });
});

describe('wrong words the probes missed', () => {
  it('restores the apostrophe of won’t and can’t before a verb', () => {
    expectEachFixed([
      ['One dry spring wont change the trend.', "won't"],
      ['The county cant afford another levy.', "can't"],
    ]);
    expectClean(['As was his wont, he arrived early.', 'The political cant of the campaign.']);
  });

  it('reads “its” before an adjective and “to” as it is', () => {
    expectEachFixed([
      ['Its harder to find workers now.', "It's"],
      ['She said its important that people vote.', "it's"],
    ]);
    expectClean([
      'The union forfeited its right to strike.',
      'The court extended its time to respond.',
    ]);
  });

  it('reads effect before people or a plural object as affect', () => {
    expectEachFixed([
      ['These are choices that effect everyone in town.', 'affect'],
      ['A long closure could effect holiday deliveries.', 'affect'],
    ]);
    expectClean([
      'The new chief hopes to effect lasting changes.',
      'Only a vote could effect reforms.',
    ]);
  });

  it('reads there before a group and a verb as their, and they’re before a possession', () => {
    expectEachFixed([
      ['Growers said there crews worked through the night.', 'their'],
      ['Tenants worry that they’re rent will double.', 'their'],
    ]);
    expectClean(['They said there were no crews left.', 'They’re renters, not owners.']);
  });

  it('reads a -man word before a plural verb or after a count as -men', () => {
    expectEachFixed([
      ['Lobsterman say the rules cost them.', 'Lobstermen'],
      ['Several fisherman left the harbor early.', 'fishermen'],
    ]);
    expectClean([
      'A prominent local businessman who served as mayor died.',
      'The other fisherman said no.',
    ]);
  });

  it('fixes sheriffs deputies and Santa Clause', () => {
    expectEachFixed([
      ['Two sheriffs deputies were hurt.', "sheriff's"],
      ['Children lined up to see Santa Clause at the mall.', 'Claus'],
    ]);
    expectClean(['She watched The Santa Clause again.']);
  });

  it('reads a trail in court as a trial, and leaves a trail for hikers', () => {
    expectEachFixed([
      ['The judge granted a new trail for the two brothers.', 'trial'],
      ['She faces trail in the spring.', 'trial'],
      ['The lawsuit goes to trail next month.', 'trial'],
    ]);
    expectClean(['The park opened a new trail for hikers.', 'Hikers went to trail heads.']);
  });

  it('reads know, past, were and exited where now, passed, where and excited are meant', () => {
    expectEachFixed([
      ['"Know a jury has heard it all," she said.', 'Now'],
      ['The clerk testified that she past the file to a deputy.', 'passed'],
      ['Long stretches were you can drive for hours are rare.', 'where'],
      ['The children were exited to see the dogs.', 'excited'],
    ]);
    expectClean([
      'If they were, you can tell.',
      'They drove past the house.',
      'Passengers exited to the tarmac.',
    ]);
  });

  it('takes the names before “rivers” for rivers', () => {
    expectClean(['FAIRBANKS, Alaska — The trail follows the Chena and Tanana rivers.']);
  });

  it('reads a sentence’s first word a letter short of a longer opening word as that word', () => {
    expectEachFixed([
      ['Wile the vote was close, the measure passed.', 'While'],
      ['Afte the storm, crews cleared the roads.', 'After'],
      ['Thes are the rules, the clerk said.', 'These'],
    ]);
    expectClean(['Sill said the vote was close.', 'Wile E. Coyote never wins.']);
  });

  it('fixes a long-tern plan, a life time ban and wile after a comma', () => {
    expectEachFixed([
      ['The district needs a long-tern plan.', 'long-term'],
      ['The league handed him a life time ban.', 'lifetime'],
      ['They argued, wile the others waited.', 'while'],
    ]);
    expectClean(['Arctic terns nest on the island.', 'A long tern colony lines the shore.']);
  });

  it('reads weather where whether is meant, opening a clause or after a choice', () => {
    expectEachFixed([
      ['"Weather it passes or not, we tried," she said.', 'Whether'],
      ['The board will decide in June weather to renew the lease.', 'whether'],
      ['The coach has not said weather he will start.', 'whether'],
    ]);
    expectClean([
      'Settlers crossed rivers and harsh weather to reach the valley.',
      'Crews waited for the weather to clear.',
      'The forecaster said weather conditions would improve.',
    ]);
  });

  it('reads “their no place” as there is, and leaves their no votes', () => {
    expectEachFixed([['"Their no place like home," she said.', "There's"]]);
    expectClean(['Their no votes were not enough.']);
  });

  it('reads fine as find before what one looks for', () => {
    expectEachFixed([['The clinic could not fine enough nurses.', 'find']]);
    expectClean(['The state could fine the clinic for the error.']);
  });
});

describe('a first name that is also a word', () => {
  it('takes a listed first name before an unknown surname as a first name', () => {
    const found = findings(
      '"I drive an hour each way," said Rick Wojcikowski, who has held tickets since 1991.',
      'Wojcikowksi said he would miss the old stadium.',
    );
    expect(fixes(found)).toEqual([['Wojcikowksi', 'Wojcikowski']]);
  });

  it('holds a surname said once to one that sounds the same, and leaves a family', () => {
    const found = findings(
      'Their daughter, Karen Ellis Tate, said the family had waited 20 years.',
      '"We are not celebrating," Tait said.',
    );
    expect(fixes(found)).toEqual([['Tait', 'Tate']]);
    expect(
      findings(
        'Prosecutors said he shot Gerald and Mary Hollis in their home.',
        "The Hollises' daughter spoke at the hearing.",
      ),
    ).toEqual([]);
  });
});

describe('places abroad and its', () => {
  it('takes the French ch for sh in a place abroad as its other spelling', () => {
    expectClean(['The airline will fly from Atlanta to Marrakech in June.']);
  });

  it('reads its before a possessive as it is', () => {
    expectEachFixed([['"This is our water, and its our job," he said.', "it's"]]);
  });

  it('reads it’s before a thing it owns as its', () => {
    expectEachFixed([['The diner closed in 2019; it’s sign hangs in a museum.', 'its']]);
    expectClean(['It’s lawyers who decide these things.']);
  });

  it('restores the apostrophe of that’s, after another sentence too', () => {
    expectEachFixed([
      ['He said thats not what happened.', "that's"],
      ['The mine is near Casper. "Thats not true everywhere," he said.', "That's"],
    ]);
    expectClean(['On the third try Mr. Samuels just hung there.']);
  });

  it('reads whos as who’s before a verb or there, and as whose before a noun', () => {
    expectEachFixed([
      ['Whos there at this hour?', "Who's"],
      ['Nobody knows whos responsible.', "who's"],
      ['A driver whos truck broke down waited.', 'whose'],
    ]);
  });

  it('takes a listed first name that is also a word before a town’s name for a person', () => {
    expectClean([
      'FRESNO, Calif. — "We keep going," said Ana Gonzalez, who runs the clinic.',
      'The champion, Ed Shelton, retired in 1990.',
    ]);
  });
});

describe('directions', () => {
  it('never takes a direction for a slip of another word in a place’s name', () => {
    expectClean(['Suburbs in North County lost 9,000 people.']);
    expectEachFixed([
      ['Crews from Sourh Dakota arrived.', 'South Dakota'],
      ['NORTH LITTEL ROCK, Ark. — The plant closed.', 'NORTH LITTLE ROCK'],
    ]);
  });

  it('reads then as than a few words after a comparison, and effects as affects', () => {
    expectEachFixed([
      ['The county will get $3 million less in road money next year then it expected.', 'than'],
      ['A rule that effects rural hospitals the most was dropped.', 'affects'],
      ['More families are losing homes then we can house, she said.', 'than'],
    ]);
    expectClean([
      'We spent more time on it, then almost gave up.',
      'A throw that directly effects an out counts.',
    ]);
  });

  it('reads back form as back from, and its no way as it is', () => {
    expectEachFixed([
      ['Towns are still waiting to be paid back form FEMA.', 'from'],
      ['"Its no way to live," she said.', "It's"],
    ]);
    expectClean(['Fill out the permission form the school sent.', 'It lost its no-bid deal.']);
  });
});

describe('a given name that is a small town’s, in a person’s name (session 33)', () => {
  it('does not set the story’s state: "said Dana Cooper" is no Dana, N.C.', () => {
    const found = findings(
      'Residents in Oaklan spoke on Tuesday.',
      '“We were told nothing,” said Dana Cooper, who lives nearby.',
    );
    expect(found.find((f) => f.text === 'Oaklan')?.suggestions[0]).toBe('Oakland');
  });

  it('still reads a town before "who" when it leads a known place', () => {
    const found = findings(
      'Voters in Oaklan met on Tuesday.',
      'The mayor of Dana Point, who spoke first, said the plan was sound.',
    );
    expect(found.find((f) => f.text === 'Oaklan')?.suggestions).toContain('Oakland');
  });
});
