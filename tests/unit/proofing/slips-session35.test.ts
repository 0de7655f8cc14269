import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read in issue 9's 35th session, written here in other words and
// other places, with right uses of the same words beside them.

const cases = proofingCases();
const { expectEachFixed, expectClean, findings } = cases;

describe('a place written without its own inner capital', () => {
  it('is given the place’s capitals where the words around it say it is the place', () => {
    expect(fixes(findings('Turnout rose in Gwinnett and Dekalb counties on Tuesday.'))).toEqual([
      ['Dekalb', 'DeKalb'],
    ]);
    expect(fixes(findings('A Mcallen, Texas, clinic reopened.'))).toEqual([['Mcallen', 'McAllen']]);
    expect(fixes(findings('Deputies in Desoto County, Miss., made the arrest.'))).toEqual([
      ['Desoto County', 'DeSoto County'],
    ]);
  });

  it('leaves a person’s spelling, a spelling the dictionary lists, and a dateline', () => {
    expectClean([
      'Dubois found the first fossils of the species in Java.',
      'She grew up in Lagrange, Ind., near the Michigan line.',
      'MCALLEN, Texas — The bridge reopened Monday.',
      'Officials in DeKalb County said the count was done.',
    ]);
  });
});

describe('a surname of three letters that drops a doubled letter', () => {
  it('is held to the name the story introduces', () => {
    expect(
      fixes(findings('Rancher Marta Voss moved her herd.', '"We plan for it," Vos said.')),
    ).toEqual([['Vos', 'Voss']]);
  });

  it('leaves other short names, and a person introduced with that spelling', () => {
    expectClean(['Coach Dan Lee spoke first. "Fine," Le said.']);
    expect(
      findings('Ann Voss spoke, and so did Dirk Vos.', '"We plan for it," Vos said.').filter(
        (f) => f.kind === 'consistency',
      ),
    ).toEqual([]);
  });
});

describe('it’s for its', () => {
  it('before a noun and a modal verb, and in getting its act together', () => {
    expectEachFixed([
      ['The utility says it’s plan would cut rates.', 'its'],
      ['The league needs to get it’s act together.', 'its'],
    ]);
    expectClean([
      'It’s likely it will rain.',
      'It’s a must for visitors.',
      'He said it’s time the city acted.',
    ]);
  });
});

describe('a sound-alike after an article or an owner’s word', () => {
  it('is questioned only where the word after it agrees', () => {
    expectClean(['Its piers will be protected by rock islands.', 'She told her tale on camera.']);
    expectEachFixed([['She paid the tenet who moved out.', 'tenant']]);
  });
});

describe('an apostrophe left out of a capitalized contraction', () => {
  it('offers the contraction first, over a word the story opens a sentence with', () => {
    expect(
      fixes(findings('That is a lot of ice.', '"It is not stable. Thats the news," she said.')),
    ).toEqual([['Thats', "That's"]]);
  });
});

describe('a team named for its city or state', () => {
  it('takes the verb for one before its opponent or where it plays', () => {
    expectEachFixed([
      ['Denver host Cincinnati on Sunday.', 'hosts'],
      ['Minnesota face Iowa in the opener.', 'faces'],
      ['Kansas City visit Buffalo next week.', 'visits'],
    ]);
    expectClean([
      'The Broncos host Cincinnati on Sunday.',
      'Denver host families took in 40 students.',
      'Gates lead Microsoft for decades.',
    ]);
  });
});

describe('than, -wide, someday and a plural of time', () => {
  it('flags each, and leaves the right uses of the same words', () => {
    expectEachFixed([
      ['Sales have been slower then the company expected.', 'than'],
      ['The district posted the jobs nation-wide.', 'nationwide'],
      ['"It will all be gone some day," she said.', 'someday'],
      ['Patients often wait day’s in the hallway.', 'days'],
    ]);
    expectClean([
      'The ship was later then towed to port.',
      'The System-Wide Action Plan was revised.',
      'Pick some day next week for the vote.',
      'He was paid for a day’s work.',
      'The week’s end brought rain.',
    ]);
  });
});

describe('a doer’s plural opening a sentence before "said"', () => {
  it('is judged as a word, while a surname in -ers stays a name', () => {
    expectEachFixed([['No one was hurt. Forcasters said more rain was likely.', 'Forecasters']]);
    expectClean(['Peeters said the data was clear.', 'Summers said the data was clear.']);
  });
});

describe('a demand’s plain have', () => {
  it('is no slip of agreement after a demand and that', () => {
    expectClean([
      'She was known for her insistence that every essay have a point.',
      'The state requires that each district have a plan.',
    ]);
    expectEachFixed([['The district have a plan for the fall.', 'has']]);
  });
});

describe('a place one slip off in a story of its people', () => {
  it('keeps the place over the people’s word two slips away', () => {
    expect(
      fixes(
        findings(
          'Thousands of Venezuelans went hungry, and Venezuelan officials took bribes.',
          'The banker is believed to be hiding in Venezuala.',
        ),
      ),
    ).toEqual([['Venezuala', 'Venezuela']]);
  });
});

describe('a name typed without its accent', () => {
  it('is held to the accented spelling the story uses as often or more', () => {
    expect(
      fixes(
        findings(
          'Claudia Díaz, 50, was convicted in December. Díaz wept.',
          'Diaz’s lawyer, Jose Quinon, said she would appeal.',
        ),
      ),
    ).toEqual([['Diaz', 'Díaz']]);
  });

  it('leaves a given name, an everyday word, and a name used more without it', () => {
    expectClean([
      'José Díaz and Jose Ortega spoke for the union.',
      'The Confédération Européenne and the Confederation met.',
    ]);
    expect(
      fixes(findings('Diaz spoke first. Diaz then left.', 'Her lawyer, Ana Díaz, said no.')),
    ).toEqual([]);
  });
});

describe('compliment and affect', () => {
  it('flags praise written as complement and a verb written as effect', () => {
    expectEachFixed([
      ['"The best complement you could pay her was silence," he said.', 'compliment'],
      ['Voters paid him a complement on the plan.', 'compliment'],
      ['The rules make headlines but effect relatively few drivers.', 'affect'],
    ]);
    expectClean([
      'The wine is the best complement to the fish.',
      'The effect only lasted a day.',
      'The side effects significantly reduced pain.',
    ]);
  });
});

describe('assess, accept, pleaded, saw, and American -er spellings', () => {
  it('flags each, and leaves the right uses of the same words', () => {
    expectEachFixed([
      ['Engineers will asses the damage on Monday.', 'assess'],
      ['The board refused to except the offer.', 'accept'],
      ['Lawmakers must except one drawn by the court.', 'accept'],
      ['Two deputies plead guilty and resigned.', 'pleaded'],
      ['"The jury seen that," the lawyer said.', 'saw'],
      ['The new district is centred on the river.', 'centered'],
      ['The tower is 90 metres tall.', 'meters'],
    ]);
    expectClean([
      'Everyone came except the mayor.',
      'They plead not guilty today, their lawyer said.',
      'The suspect seen in the video fled.',
      'The Rogers Centre reopened in May.',
    ]);
  });
});

describe('a small American town in a story set abroad', () => {
  it('is held to a city of the country the story names, where it stands as a place', () => {
    expect(
      fixes(
        findings(
          'MEXICO CITY — Mexico’s Senate approved the plan, and protests spread to Guadalajara.',
          '"Markets want calm," said an economist at a bank in Monterey.',
        ),
      ),
    ).toEqual([['Monterey', 'Monterrey']]);
    expectClean(['LONDON — Britain and Germany signed the pact, unknown to Anglo-Saxon critics.']);
  });
});

describe('supersede and employs', () => {
  it('flags each', () => {
    expectEachFixed([
      ['The 1849 law was superceded by later ones.', 'superseded'],
      ['The plant employes about 900 people.', 'employs'],
      ['He is a retired steel worker from Clairton.', 'steelworker'],
    ]);
    expectClean(['Leaders of the steel workers union met on Monday.']);
  });
});

describe('one thing, a participle and a plural after "by"', () => {
  it('takes the verb for one', () => {
    expectEachFixed([
      ['Crews said a fire line built by bulldozers were holding.', 'was'],
      ['The plan proposed by lawmakers are costly.', 'is'],
    ]);
    expectClean([
      'The lines built by bulldozers were holding.',
      'A majority made up of voters were clear.',
      'The jury picked by lawyers were seated Monday.',
    ]);
  });
});

describe('a surname ending in s with another s', () => {
  it('is that surname’s slip, not its family (which is “the Norrises”)', () => {
    expect(
      fixes(
        findings(
          'Board member Jackie Norris voted no.',
          'The vote was close. Norriss said she would ask for a delay.',
        ),
      ),
    ).toEqual([['Norriss', 'Norris']]);
    expectClean(['John Smith spoke first. The Smiths said they were pleased.']);
  });
});

describe('one l in American spelling', () => {
  it('is a style finding on leveled, labeled and modeling', () => {
    expect(
      fixes(findings('Attendance had levelled off, and the drugs were labelled as safe.')),
    ).toEqual([
      ['levelled', 'leveled'],
      ['labelled', 'labeled'],
    ]);
  });
});

describe('an s left off a plural before an adverb', () => {
  it('offers the plural first, and the possessive before an adjective in -ly', () => {
    expect(
      findings('Officials will watch whether the batterys actually deliver.')[0]?.suggestions[0],
    ).toBe('batteries');
    expect(findings('The companys early years were hard.')[0]?.suggestions[0]).toBe("company's");
  });
});

describe('a verb in -s after "tries to"', () => {
  it('is the plain verb before what it acts on', () => {
    expectEachFixed([
      ['The track tries to wins back fans after a bad year.', 'win'],
      ['The city hoped to passes the budget by June.', 'pass'],
    ]);
    expectClean([
      'Lawmakers agreed to terms the union wanted.',
      'Anyone who seeks to discuss it must wait.',
      'He wanted to press his luck.',
    ]);
  });
});
