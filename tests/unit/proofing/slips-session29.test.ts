import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the 129th probe (a lobster closure in Maine, truck-plant layoffs in Michigan,
// rebuilding after a New Mexico wildfire, a state basketball final in Indiana), read once as
// copy the checker had never seen, then written here in other words, with right uses of the
// same words beside them.

const { findings, expectEachFixed } = proofingCases();

describe('the words before a slip choose its fix', () => {
  it('offers the plain form of a verb after a modal or "to"', () => {
    expect(fixes(findings('The coach said the team would not defind its title.'))).toEqual([
      ['defind', 'define'],
    ]);
    expect(fixes(findings('Voters will be asked to aproved the levy in May.'))).toEqual([
      ['aproved', 'approve'],
    ]);
  });

  it('keeps a plural first after "to" that is a preposition', () => {
    const [found] = findings('She has rented the cottage to vacationars since 1994.');
    expect(found!.suggestions[0]).toBe('vacationers');
  });

  it('offers the participle after "had" or "was"', () => {
    expect(fixes(findings('The district had recieve the letter by Friday.'))).toEqual([
      ['recieve', 'received'],
    ]);
  });

  it('offers the head of a name after a capitalized word', () => {
    expect(fixes(findings('The buoy sits east of Mount Desert Isand in the gulf.'))).toEqual([
      ['Isand', 'Island'],
    ]);
  });

  it('offers a proper noun before an everyday word inside a sentence', () => {
    expect(fixes(findings('Sales of pickups fell across the Midwets this year.'))).toEqual([
      ['Midwets', 'Midwest'],
    ]);
  });
});

describe('real words in the wrong place', () => {
  it('finds the slips of the probe', () => {
    const cases: Array<[string, string]> = [
      ['The worry here is lest about whales than about mortgages.', 'less'],
      ['It could mean the lost of a single breeding female.', 'loss'],
      ['Fewer than 400 of the birds are though to remain.', 'thought'],
      ['Heart disease and cancer are the leading cases of death.', 'causes'],
      ['Workers wonder what happens of the layoff lasts past March.', 'if'],
      ['The Army Corp of Engineers will widen the channel.', 'Corps'],
      ['The Tigers held on to beet Carmel in overtime.', 'beat'],
      ['"I was never going to past it," she said.', 'pass'],
      ['Crews cleared the fallen tress from Route 9.', 'trees'],
      ['The board will hold hearing in Bangor next month.', 'hearings'],
      ['She cut the cook’s ours in half.', 'hours'],
      ['Nobody said it excepted the plant to close.', 'expected'],
    ];
    expectEachFixed(cases);
  });

  it('leaves the same words where they are right', () => {
    expect(
      findings(
        'He stayed quiet lest the deal fall apart.',
        'The lost dog was found on Tuesday; the lost city of Atlantis is a legend.',
        'Even though to some it seemed late, the vote went ahead.',
        'Two cases of measles were reported, the first cases of the year.',
        'Compared to past seasons, the Tigers scored more.',
        'A company, Acme Corp., bought the site; Corp. is its own abbreviation.',
        'The farm grows beet sugar and sells it to beet processors.',
        'The tress of her hair fell over her shoulder.',
        'That hearing lasted six hours; the house is ours.',
        'He asked what happens of course to the money.',
      ),
    ).toEqual([]);
  });

  it('lets "than" stand after a comparative a few words back', () => {
    expect(findings('"These guys owe more on the boat than they will make," he said.')).toEqual([]);
  });
});

// From the 130th probe (Anchorage under record snow, flood-insurance rates in south
// Louisiana, the Great Salt Lake's level), written after everything above.
describe('the 130th probe', () => {
  it('finds its real-word slips, written in other words', () => {
    const cases: Array<[string, string]> = [
      ['Rain has fallen every day since snow-melt begun in April.', 'began'],
      ['Officials asked drivers to be patients, and most were.', 'patient'],
      ['Forecasters expect rain with gust up to 45 mph.', 'gusts'],
      ['"The voters knew it, and I believe then."', 'them'],
      ['Two cars were pushed in to the river by the flood.', 'into'],
      ['Lorna Diaz, a retried bus driver, spoke first.', 'retired'],
      ['The utility’s loses topped $4 million.', 'losses'],
      ['Cities use more water in summer then they did in 1990.', 'than'],
      ['The crowd was far large than organizers expected.', 'larger'],
    ];
    expectEachFixed(cases);
  });

  it('leaves the same words where they are right', () => {
    expect(
      findings(
        'Work has begun on the levee, and patients were moved before the storm.',
        'A gust of 70 mph knocked out power; the strongest gust up to then was 61.',
        'He paid them back, then left town. The case was retried in March.',
        'It is better to be safe than sorry, and she would rather walk than drive.',
        'She turned herself in to the police. He spent more time outside, then came in.',
        'Passengers were rebooked on later flights.',
      ),
    ).toEqual([]);
  });

  it('fixes a letter typed twice after a prefix closed onto a word', () => {
    expect(fixes(findings('The roads were clear by midmorninng on Friday.'))).toEqual([
      ['midmorninng', 'midmorning'],
    ]);
  });
});

describe('more words confused in writing, read by the words around them', () => {
  it('questions a word the words beside it make unlikely', () => {
    const cases: Array<[string, string]> = [
      ['On windy days the toxic dusk blows into town.', 'dust'],
      ['"I though it was over," she said.', 'thought'],
      ['The film is for those how do not know the story.', 'who'],
    ];
    expectEachFixed(cases);
  });

  it('leaves them where they fit', () => {
    expect(
      findings(
        'The dust settled at dusk. He thought it over, though not for long.',
        'Winning raises that keep up with prices was the goal. Show people how to vote.',
        'They lost lots of money, a loss they own up to. You can leave in a taxi.',
      ),
    ).toEqual([]);
  });
});

// From the 131st probe (a Wisconsin paper mill closing, Colorado ski resorts on man-made
// snow, an obituary from Jackson, Miss.), written after everything above.
describe('the 131st probe', () => {
  it('finds its real-word slips, written in other words', () => {
    const cases: Array<[string, string]> = [
      ['Most of the visitors came form Texas and Oklahoma.', 'from'],
      ['Harlan dyed Tuesday at a hospital in Memphis.', 'died'],
      ['He did most of the work him self.', 'himself'],
    ];
    expectEachFixed(cases);
  });

  it('reads "form" after a plural, a pronoun or "to" as the verb', () => {
    expect(
      findings(
        'The results form the basis of the plan. Clouds form over the lake by noon.',
        'Workers voted to form a union, and they form a majority. Fill out Form 1040.',
        'She dyed her hair red. Her self-esteem grew. They built it themselves.',
      ),
    ).toEqual([]);
  });
});

// From the 132nd probe (Maricopa County's heat deaths, Florida's shrinking orange crop, a
// Kansas City ballpark tax), written after everything above.
describe('the 132nd probe', () => {
  it('finds its slips, written in other words', () => {
    const cases: Array<[string, string]> = [
      ['The city kept too of the shelters open all night.', 'two'],
      ['The fans were loud but where not rowdy.', 'were'],
      ['Analysts said prices will fell to their lowest level.', 'fall'],
      ['Ridership hit its peek in 2019.', 'peak'],
      ['The plant sits in the hart of the old mill district.', 'heart'],
      ['Sales topped the record set lost year.', 'last'],
      ['Growers planted trees bread to resist the disease.', 'bred'],
      ['The county mailed a cheque to each family.', 'check'],
      ['Organizers said they except a crowd of 5,000.', 'expect'],
      ['Volunteers can can help sort the donations.', 'can'],
    ];
    expectEachFixed(cases);
  });

  it('leaves the same words where they are right', () => {
    expect(
      findings(
        'The can can be recycled. Crews will fell the dead trees before winter.',
        'She took a peek at the plans. They lost a year to the pandemic.',
        'Everyone came except the mayor. The bakery sells bread for $4 a loaf.',
        'The two of them left. Where not to build is the question.',
      ),
    ).toEqual([]);
  });

  it('leaves a name a legislator’s title stands before, and a stadium named for someone', () => {
    expect(
      findings(
        'County Legislator Manny Abarca voted no.',
        'The tax pays for upkeep of Kauffman Stadium, the Royals’ home.',
      ),
    ).toEqual([]);
  });
});

describe('a name spelled once against a word the story names twice', () => {
  it('holds an unknown spelling to a capitalized word used twice or more', () => {
    expect(
      fixes(
        findings(
          'Fans packed Grenbrier Stadium on Friday.',
          'The Greenbrier team won again, and Greenbrier will host the final.',
        ),
      ),
    ).toEqual([['Grenbrier', 'Greenbrier']]);
  });

  it('leaves a name with a letter added at its end, and one given a first name', () => {
    expect(
      findings(
        'The painter Pierre-Auguste Renoir was born in 1841.',
        'He left in August and came back in August.',
        'Coach Dana Whitewter spoke; Whitewater won, and Whitewater fans cheered.',
      ),
    ).toEqual([]);
  });
});

// From the 133rd probe (Laredo rationing water, North Dakota's flaring rule, a West Hartford
// school budget), written after everything above.
describe('the 133rd probe', () => {
  it('finds its slips, written in other words', () => {
    const cases: Array<[string, string]> = [
      ['By August the dock was barley above the water.', 'barely'],
      ['"We intent to finish by May," she said.', 'intend'],
      ['The district had to scale beck its plans.', 'back'],
      ['Crews found two leeks of natural gas on Elm Street.', 'leaks'],
      ['The board tabled the purposed parking ordinance.', 'proposed'],
      ['Students still share text books in some classes.', 'textbooks'],
      ['Average class sises grew to 29.', 'sizes'],
      ['On Monday the Village Counsel voted to hire two officers.', 'Council'],
    ];
    expectEachFixed(cases);
  });

  it('leaves the same words where they are right', () => {
    expect(
      findings(
        'Wheat and barley prices fell; the main crop was barley.',
        'Our intent to sue stands, and the aide was at his beck and call.',
        'Leeks are in season. The Town Counsel said the contract was legal.',
        'We were all ready to go when the books arrived.',
      ),
    ).toEqual([]);
  });
});

// From the 134th probe (Oregon's crab season delayed, a crew launched to the space station),
// written last.
describe('the 134th probe', () => {
  it('finds its slips, written in other words', () => {
    const cases: Array<[string, string]> = [
      ['The apples were still to small to pick.', 'too'],
      ['The club will post it’s opening day roster online.', 'its'],
      ['The jet lifted of from Runway 9 at dawn.', 'off'],
      ['Crews worked through the our after midnight.', 'hour'],
      ['A second team will relive the crew on Sunday.', 'relieve'],
      ['Sales doubled during the holiday weak.', 'week'],
      ['The ferry arrived 40 minutes latte.', 'late'],
      ['He hauled up a trap fool of crabs.', 'full'],
    ];
    expectEachFixed(cases);
  });

  it('leaves the same words where they are right', () => {
    expect(
      findings(
        'It’s opening the door to more tourists, and we know that our town is ready.',
        'He made a fool of himself. The weak economy hurt sales.',
        'She ordered a latte. It was hard to relive that day. Every hour counts.',
      ),
    ).toEqual([]);
  });
});
