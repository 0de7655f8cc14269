import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read in issue 9's 36th session, written here in other words and
// other places, with right uses of the same words beside them.

const cases = proofingCases();
const { expectEachFixed, expectClean, findings } = cases;

describe('a past in -t the verb does not have', () => {
  it('offers the regular past first', () => {
    expect(fixes(findings('She earnt about $40 a week picking apples.'))).toEqual([
      ['earnt', 'earned'],
    ]);
  });
});

describe('a Mc name written without its capital', () => {
  it('is a slip of person or place, with or without a cue around it', () => {
    expect(fixes(findings('Mcconnell said the vote would wait.'))).toEqual([
      ['Mcconnell', 'McConnell'],
    ]);
    expect(fixes(findings('Clinics in Navajo, Apache and Mckinley counties closed.'))).toEqual([
      ['Mckinley', 'McKinley'],
    ]);
  });

  it('leaves a name written with it, and one in capitals', () => {
    expectClean(['McKinley County declared an emergency.', 'MCCONNELL SAYS NO VOTE THIS WEEK']);
  });
});

describe('a rare word in s opening a sentence before "said"', () => {
  it('is held to a surname the story introduces one slip away', () => {
    expect(
      fixes(findings('Organizer Leticia Gomez led the march.', 'Gomes said more would come.')),
    ).toEqual([['Gomes', 'Gomez']]);
  });

  it('leaves plural words that speak for a group', () => {
    expectClean(['Dana Officer chaired it. Officials said the board would meet again.']);
  });
});

describe('there and who’s where ownership is meant', () => {
  it('before a noun of ownership', () => {
    expectEachFixed([
      ['Members are waiting on there assignments from the clerk.', 'their'],
      ['The plan depends on there contributions.', 'their'],
      ['No matter who’s custody the records are in, they must be kept.', 'whose'],
      ['It’s contract with the county ends in June.', 'Its'],
    ]);
  });

  it('leaves there as a place or a subject', () => {
    expectClean([
      'Are there assignments left for new hires?',
      'The crews got there ahead of the storm.',
      'Is there evidence of fraud?',
      'Out there, residents waited for help.',
      'Who’s responsible for the cleanup remains unclear.',
    ]);
  });
});

describe('were for we’re after a verb of knowing', () => {
  it('opens the clause with its subject', () => {
    expectEachFixed([['“We lost a season, but we know were coming back,” she said.', 'we’re']]);
  });

  it('leaves were with its own subject', () => {
    expectClean([
      'The cuts we knew were coming arrived in March.',
      'We know they were working late.',
    ]);
  });
});

describe('it’s, too, they, here and their where a stranger’s copy slips', () => {
  it('fixes each', () => {
    expectEachFixed([
      ['“Its on them to fix it,” the coach said.', 'It’s'],
      ['We have heard that promise to many times.', 'too'],
      ['"The just raise rents and we pay," a tenant said.', 'They'],
      ['"Stay hear tonight," the deputy told him.', 'here'],
      ['Smoke drifted over there roofs all night.', 'their'],
      ['Quotas cut the money paid to fisherman in Maine.', 'fishermen'],
    ]);
  });

  it('leaves the same words used rightly', () => {
    expectClean([
      'The plan grew to many times its first cost.',
      'The often overlooked towns got nothing.',
      '“Did you hear?” she asked.',
      'Over there, roofs were torn away.',
      'The fisherman said the quota was too low.',
      'Its owners sold the boat.',
    ]);
  });
});

describe('AP spellings and capitals', () => {
  it('capitalizes a state’s Legislature and spells dependents the American way', () => {
    expect(fixes(findings('The Ohio legislature and the state legislature both met.'))).toEqual([
      ['legislature', 'Legislature'],
      ['legislature', 'Legislature'],
    ]);
    expect(fixes(findings('Workers and their dependants keep the plan.'))).toEqual([
      ['dependants', 'dependents'],
    ]);
  });

  it('leaves a legislature in general', () => {
    expectClean(['Every state legislature must pass a budget.', 'Canada’s legislature met.']);
  });
});

describe('a plural in -ys before a past tense', () => {
  it('offers the plural first', () => {
    const [finding] = findings('Companys made their bets on the line years ago.');
    expect(finding?.suggestions[0]).toBe('Companies');
  });
});

describe('a neighbourhood a city splits by compass point', () => {
  it('is known by its own name in that state, so its slip is offered it first', () => {
    const [finding] = findings(
      'PITTSBURGH — Parents from Brookline and Homewod spoke against the closings.',
    );
    expect(finding).toMatchObject({ text: 'Homewod' });
    expect(finding?.suggestions[0]).toBe('Homewood');
    expectClean(['PITTSBURGH — Parents from Squirrel Hill and Homewood spoke.']);
  });
});

describe('we’re left without its apostrophe before “supposed to”', () => {
  it('is we’re', () => {
    expectEachFixed([
      ['“Where supposed to wait until June?” a parent asked.', 'We’re'],
      ['Were going to keep pushing, she said.', "We're"],
    ]);
  });

  it('leaves where and were with their own subjects', () => {
    expectClean([
      'Were they supposed to know?',
      'That is where we’re going to build.',
      'Housing is the No. 1 issue, she said.',
    ]);
  });
});

describe('it’s after a verb that takes what it owns', () => {
  it('is its', () => {
    expectEachFixed([['The mill will leave it’s site by the river next year.', 'its']]);
  });

  it('leaves it’s as it is, and a title in capitals', () => {
    expectClean(['Leave it, it’s fine.', 'Bet it’s somewhere in the truck.', 'Leave It’s Way']);
  });
});

describe('a group’s plural slipped, opening a sentence before a verb of saying', () => {
  it('is that plural, first among the suggestions', () => {
    expect(fixes(findings('Landlurds said the new rule would raise rents.'))).toEqual([
      ['Landlurds', 'Landlords'],
    ]);
    expect(fixes(findings('Homowners said the water tasted of metal.'))).toEqual([
      ['Homowners', 'Homeowners'],
    ]);
    expect(fixes(findings('The vote came late. Senatos were told to wait.'))).toEqual([
      ['Senatos', 'Senators'],
    ]);
  });

  it('leaves surnames that speak', () => {
    expectClean([
      'Myers said the plan would cost too much.',
      'Sellers said the bill was unfair.',
      'Peters said she would run again.',
    ]);
  });
});

describe('a big city slipped inside a compound', () => {
  it('is caught at four letters, and with an s added to a name in s', () => {
    expect(fixes(findings('The Tmpa-based chain will close 12 stores.'))).toEqual([
      ['Tmpa', 'Tampa'],
    ]);
    expect(fixes(findings('Remo-area casinos reported record winnings.'))).toEqual([
      ['Remo', 'Reno'],
    ]);
    expect(fixes(findings('The Dallass-based airline added flights.'))).toEqual([
      ['Dallass', 'Dallas'],
    ]);
  });

  it('leaves a short word that is no slip of a big city, and a team’s player', () => {
    expectClean([
      'The Yuma-based unit deployed in May.',
      'She is a longtime Green Bay Packer fan.',
      'The Kahn-led group met Tuesday.',
    ]);
  });
});

describe('an HIV test', () => {
  it('takes “an”: the capitals are spelled out', () => {
    expect(fixes(findings('Clinics offered a HIV test at no cost.'))).toEqual([['a', 'an']]);
    expectClean(['Clinics offered an HIV test at no cost.', 'Buses use an HOV lane.']);
  });
});

describe('sound-alikes a copy desk catches', () => {
  it('fixes each in its sense', () => {
    expectEachFixed([
      ['The district named an interim principle for Lincoln High.', 'principal'],
      ['Traffic remained stationery on the bridge for an hour.', 'stationary'],
      ['She lead the union through two strikes.', 'led'],
      ['Engineers feared the levee would breech overnight.', 'breach'],
      ['Truckers had to break hard on the grade.', 'brake'],
      ['Agents found a horde of cash in the attic.', 'hoard'],
      ['Tempers began to flair at the hearing.', 'flare'],
      ['The loss did not phase the coach.', 'faze'],
      ['Marchers streamed threw downtown at noon.', 'through'],
      ['The board voted to rain in overtime.', 'rein'],
      ['The jail was under lock down after the fight.', 'lockdown'],
      ['The victims family asked for privacy.', "victim's"],
      ['Half of the counties residents lack broadband.', "county's"],
      ['Residents were told to boil there water for a week.', 'their'],
      ['He plead guilty to two counts of fraud.', 'pleaded'],
    ]);
  });

  it('leaves the same words in their own senses', () => {
    expectClean([
      'The principle of equal pay is in the charter.',
      'Pauli described his new principle.',
      'She ordered stationery for the office.',
      'They lead the league in scoring.',
      'The baby was in a breech position.',
      'He pulled on his riding breeches.',
      'Workers will break for lunch at noon.',
      'A horde of fans rushed the field.',
      'She has a flair for drama.',
      'The first phase of the project ends in May.',
      'Heavy rain in the forecast kept crowds away.',
      'Officials will lock down the building.',
      'The victims were identified Tuesday.',
      'Is there water in the basement?',
      'They plead their case before the board each year.',
    ]);
  });
});

describe('more sound-alikes, each where only one sense fits', () => {
  it('fixes each', () => {
    expectEachFixed([
      ['The driver managed to allude deputies for a week.', 'elude'],
      ['Recruits who dessert their unit face charges.', 'desert'],
      ['The mayor agreed to forego her salary.', 'forgo'],
      ['Agents seized 40 grams of heroine at the border.', 'heroin'],
      ['The owner evicted a tenet in June.', 'tenant'],
      ['Parents must sign a liability wavier first.', 'waiver'],
      ['She ignored her lawyer’s advise and testified.', 'advice'],
      ['Taxpayers have born the cost of the stadium.', 'borne'],
      ['The board will here public comment at 6 p.m.', 'hear'],
      ['The cuts would effect thousands of renters.', 'affect'],
      ['The new limits are far more lose than before.', 'loose'],
      ['The bill past the Senate on a 30-19 vote.', 'passed'],
      ['“We use to fish here every spring,” he said.', 'used'],
      ['The campaign took a different tact in the fall.', 'tack'],
      ['He was treated for prostrate cancer in 2019.', 'prostate'],
      ['Neighbors tried to peak into the windows.', 'peek'],
    ]);
  });

  it('leaves each right use', () => {
    expectClean([
      'She alluded to the report in her speech.',
      'Dessert was served after the speeches.',
      'The heroine of the film is a nurse.',
      'Fairness is a tenet of the program.',
      'His hair was wavier than in the photo.',
      'Lawyers advise clients to stay quiet.',
      'She was born in Fresno in 1961.',
      'Here, residents gathered to talk.',
      'The law took effect in May.',
      'Teams that lose twice are out.',
      'Temperatures will peak at 98 degrees.',
      'The tools they use to patrol the river are old.',
      'She handled the matter with tact and patience.',
      'The storm left him prostrate with grief.',
    ]);
  });
});

describe('a neighbourhood of a big city the story names', () => {
  it('is judged in that city’s state, whatever other states the story names', () => {
    expectClean([
      'Snow fell in Texas and Florida. In Seattle, Ballard and Capitol Hill lost power.',
    ]);
  });

  it('still offers the place a slip of it stands for in a state the story names', () => {
    const [finding] = findings('Snow fell across Texas, and roads near Bulard were closed.');
    expect(finding?.suggestions).toContain('Bullard');
  });
});
