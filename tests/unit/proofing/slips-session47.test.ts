import { describe, expect, it } from 'vitest';
import { proofingCases } from '../../helpers/proofing-findings';
import { suggestionsFor } from '../../../shared/proofing/suggestions';

// Found in the forty-seventh round on cold copy (Puget Sound ferry fares, a Hays County water
// limit, a Mahoning Valley battery plant, Leech Lake algae, a Terrebonne Parish levee, a
// Potter County maternity ward), written here as news copy of our own.

const { expectEachFixed, expectClean, findings, resources } = proofingCases();

describe('a slip whose nearest word the house spells otherwise', () => {
  it('offers toward, not towards, for twords', () => {
    expectEachFixed([['The county will put the money twords road repairs.', 'toward']]);
    // Opening a sentence, with its capital.
    expectEachFixed([['Twords the end of the meeting, the board voted.', 'Toward']]);
  });

  it('leaves the dictionary’s answer to the bare suggestions (the bench’s lists)', () => {
    expect(suggestionsFor('twords', resources())).toContain('towards');
  });
});

describe('suggestions that are not sound-alikes, chosen by the words on both sides', () => {
  it('puts property before properly in "a propery tax"', () => {
    expectEachFixed([
      ['Voters will decide on a propery tax increase in May.', 'property'],
      ['Commissioners want a new propery tax for the jail.', 'property'],
    ]);
  });

  it('keeps the nearest form of the word: "requirment of" is requirement', () => {
    expectEachFixed([['The district met the requirment of 180 days.', 'requirement']]);
  });

  it('leaves the ranking alone with only one side to go by', () => {
    const found = findings('He said it was done propery.');
    expect(found.map((f) => f.suggestions[0])).toEqual(['properly']);
  });
});

describe('an owner’s its opening a comparison', () => {
  it('catches "Its like" opening a sentence or a quotation', () => {
    expectEachFixed([
      ['"Its like a carpet on the bottom of the lake," she said.', "It's"],
      ['The ice went out early. Its like nothing anyone here has seen.', "It's"],
    ]);
  });

  it('leaves its likeness and its like alone inside a sentence', () => {
    expectClean([
      'The statue and its likeness on the coin were unveiled together.',
      'A storm and its like are rare this far north.',
    ]);
  });
});

describe('a numbered road typed as a rout', () => {
  it('catches Rout 44', () => {
    expectEachFixed([['The crash closed Rout 44 near the county line for three hours.', 'Route']]);
  });

  it('leaves a rout alone', () => {
    expectClean(['The Tigers won in a rout, 42-7, on Friday night.']);
  });
});

describe('a verb opening a clause after "that"', () => {
  it('leaves "every farm that closes takes" alone', () => {
    expectClean(['Every small farm that closes takes a little piece of the town with it.']);
  });

  it('still catches a plural subject after "said that" or "found that"', () => {
    expectEachFixed([
      ['The study found that drivers wants more lanes.', 'want'],
      ['He argued that teachers deserves a raise.', 'deserve'],
    ]);
  });
});

describe('the words of a chip plant', () => {
  it('are not flagged', () => {
    expectClean(['The company plans four fabs and will supply etchants to both of them.']);
  });
});

describe('places in context', () => {
  it('reads "near Eugne in August" as a place and a month, not a place in August, Calif.', () => {
    const found = findings(
      'SALEM, Ore. — Growers counted their losses.',
      'A wildfire that burned near Eugne in August blanketed vineyards with smoke.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Eugne', 'Eugene']]);
  });

  it('reads a survivor’s home town: "Miguel of Phenix" in an Arizona story', () => {
    const found = findings(
      'TUCSON, Ariz. — A teacher who taught for 42 years has died.',
      'Survivors include two sons, Miguel of Phenix and Luis of Las Cruces, N.M.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Phenix', 'Phoenix']]);
  });

  it('leaves "the Bank of" and a Virginia Phenix alone', () => {
    expectClean(['The Bank of Phenix and the Duke of Marlborough were named in the suit.']);
    expect(
      findings('BOSTON — A teacher has died.', 'Survivors include a son, Miguel of Phenix, Va.'),
    ).toEqual([]);
  });

  it('gives back the apostrophe of a city the story names, before its stadium', () => {
    const found = findings(
      'MOBILE, Ala. — The council voted for a ballpark in Mobile.',
      'Mobiles stadium would sit on land the city owns near the cruise terminal.',
      'Mobile would pay for the stadium with bonds.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]?.replace('’', "'")])).toEqual([
      ['Mobiles', "Mobile's"],
    ]);
  });
});

describe('words of world news and the sports pages', () => {
  it('are not flagged', () => {
    expectClean([
      'Demining crews have cleared about a third of the farmland near the front.',
      'Hartenstein, signed from the Knicks, had eight points; the Phillies and Mets play twice.',
      'Brains from the later group held about half again as much plastic.',
    ]);
  });
});

describe('homophones of a jail suit, a beach town and a fire season', () => {
  it('catches its, through, affects and our where they were meant', () => {
    expectEachFixed([
      ["The jail held nearly twice it's capacity last month.", 'its'],
      ["The town will charge at 23 of it's 37 beach accesses.", 'its'],
      ['Meters will run from March threw October.', 'through'],
      ['Tourism effects nearly every business in the town.', 'affects'],
      ['"August is are best month," she said.', 'our'],
    ]);
  });

  it('leaves it’s with a verb, side effects and thrown things alone', () => {
    expectClean([
      "It's capacity, not demand, that limits the jail, the sheriff said.",
      'Side effects every patient should know about are listed on the label.',
      'He threw the first pitch in March at the home opener.',
      'The bill would have capped them at $5 a day.',
    ]);
  });
});

describe('a surname a letter from river after a given name', () => {
  it('is a person where the words around say so', () => {
    expectClean([
      '"Other states would kill for them," said Buddy Rizer, the county\'s economic director.',
      'John Rizer, 54, has run the shop since 1998.',
    ]);
  });

  it('is still a river’s slip after a river’s name', () => {
    const found = findings('Barges on the Mississippi Rivr slowed in October.');
    expect(found.map((f) => f.suggestions[0])).toEqual(['Mississippi River']);
  });
});

describe('off typed as of after a verb of selling or paying', () => {
  it('catches sold of and paid of', () => {
    expectEachFixed([
      ['Thousands of acres have been sold of for houses and warehouses.', 'off'],
      ['The loan was paid of in 2019.', 'off'],
    ]);
  });

  it('leaves what was sold of a thing alone', () => {
    expectClean(['Half of what was sold of the crop went to Brazil.']);
  });
});

describe('homophones of a town grocery and a primary', () => {
  it('catches do, to, far, not, principle, affected and whether where they were meant', () => {
    expectEachFixed([
      ['Residents did what people in small towns due: they held a meeting.', 'do'],
      ['Nobody wanted to drive 70 miles too Kearney for milk.', 'to'],
      ['The group has raised $400,000 so fare, well short of its goal.', 'far'],
      ['The total is fare short of the $1.1 million it needs.', 'far'],
      ['"This is knot just about food," she said.', 'not'],
      ['"The principal is simple," he said.', 'principle'],
      ['The owner said he was effected by rising costs.', 'affected'],
      ['"Weather the parties like it or not, that is worth something," she said.', 'Whether'],
    ]);
    expect(findings('"Its knot just about food," she said.').map((f) => f.suggestions[0])).toEqual([
      "It's not",
    ]);
  });

  it('leaves fares, knots, principals and brought-about changes alone', () => {
    expectClean([
      'Bus riders will pay the fare below the station, as before.',
      'So fare hikes are off the table this year.',
      'The sailor tied a knot in the line.',
      'The principal is retiring after 30 years at the school.',
      'The change was effected by a vote of the board.',
      'The payments owed are due.',
      'The trip is 70 miles to Kearney, or too far for many.',
    ]);
  });
});

describe('homophones of a tribal clinic', () => {
  it('catches they, site and accept where they were meant, and an age in words', () => {
    expectEachFixed([
      ['The doctors said there were lucky he made it.', 'they'],
      ['The tribe plans to open an urgent care sight in the spring.', 'site'],
      ['The clinic would help except the loss of the hospital.', 'accept'],
      ['The first patient was a four-year-old boy with an ear infection.', '4'],
    ]);
  });

  it('leaves there were, a sight to see, except the mayor and an old building alone', () => {
    expectClean([
      'There were lucky breaks and bad ones that season.',
      'The fireworks were a sight to see.',
      'Everyone came to help except the mayor.',
      'The five-year-old building was sold in May.',
    ]);
  });
});

describe('homophones of a hunting-access story, and a brand’s own capitals', () => {
  it('catches right, allowed and which where they were meant', () => {
    expectEachFixed([
      ['"That\'s not write," said a hunter from Butte.', 'right'],
      ['Some have aloud outfitters to guide paying clients on their land.', 'allowed'],
      ['They hunt the land instead, witch critics say is a private business.', 'which'],
    ]);
  });

  it('leaves writing, a witch and a brand alone', () => {
    expectClean([
      'She said she would write, and she did.',
      'The play, a witch hunt drama, opened Friday.',
      'Hunters use maps from the company onX, and some sell gear on eBay.',
    ]);
  });
});
