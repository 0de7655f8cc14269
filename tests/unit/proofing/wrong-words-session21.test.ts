import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the ninety-fifth and ninety-sixth probes (a New Orleans levee contract, a
// Kentucky-Tennessee overtime game, Kansas wheat in a drought, Minneapolis school cuts, an
// Everett aerospace supplier's layoffs; a Texas cold snap, Colorado River cuts in Arizona, a
// Utah avalanche), written in other words than the probe's own, with right uses of the
// same words beside them. Each rule and check was run over 20,118 paragraphs of outside prose
// (fortune files, dependency READMEs) and every clean story of the corpus before it was kept.

const { findings } = proofingCases();

describe('wrong words a rule can see', () => {
  it('flags each with the right word', () => {
    const found = findings(
      'The port reopened the biding on Monday.',
      'About 60 people came to the meting.',
      'Over the passed decade, rents doubled.',
      'The firm cited its passed work for the Navy.',
      'It was a tough lose for the Rams.',
      'The mill announced lay offs on Friday.',
      'She left for the privet sector.',
      'It was a pour start for the wheat.',
      'He was forced to sale the farm.',
      'The shot bounced of the rim.',
      'The Hawks had one their last four games.',
      'Coaches praised freshmen guard Ana Ruiz.',
      'He signed a freshmen from Ohio.',
      'These is the rules, she said.',
      'The shop is the suppliers largest customer.',
      'They talked all weak about the vote.',
      'The order lasts for at lease 30 days.',
      'The town is 40 mile north of Wichita.',
    );
    expect(fixes(found)).toEqual([
      ['biding', 'bidding'],
      ['meting', 'meeting'],
      ['passed', 'past'],
      ['passed', 'past'],
      ['lose', 'loss'],
      ['lay offs', 'layoffs'],
      ['privet', 'private'],
      ['pour', 'poor'],
      ['sale', 'sell'],
      ['of', 'off'],
      ['one', 'won'],
      ['freshmen', 'freshman'],
      ['freshmen', 'freshman'],
      ['is', 'are'],
      ['suppliers', "supplier's"],
      ['weak', 'week'],
      ['lease', 'least'],
      ['mile', 'miles'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    const found = findings(
      'He was biding his time until the vote.',
      'The judge was meting out sentences all day.',
      'The bill passed the Senate last week.',
      'Congress passed work requirements in May.',
      'Voters who lose their homes get help.',
      'The city will lay off 40 workers.',
      'The privet hedges were cut back.',
      'Crews began the pour of the new foundation.',
      'The house went up for sale in June.',
      'The best came of the deal in the end.',
      'She has one the best records in the state.',
      'The freshmen were the first to arrive.',
      'Among those was a former mayor.',
      'The candidates best positioned to win spoke first.',
      'Workers in the weeks leading up to the vote knocked on doors.',
      'The candidates were all weak.',
      'At least 14 people came.',
      'He is 6 foot tall.',
    );
    expect(fixes(found)).toEqual([]);
  });
});

describe('the participle after “have”', () => {
  it('flags a plain verb where the participle belongs', () => {
    const found = findings(
      'He had miss his first five shots.',
      'I’ve rebuild my house twice.',
      'The plant has reduce its output.',
      'The board has finally adopt the plan.',
    );
    expect(fixes(found)).toEqual([
      ['miss', 'missed'],
      ['rebuild', 'rebuilt'],
      ['reduce', 'reduced'],
      ['adopt', 'adopted'],
    ]);
  });

  it('leaves participles, nouns and plain forms that are their own participle', () => {
    const found = findings(
      'The delay has cost the city $2 million.',
      'I have found the report.',
      'We have met the enemy.',
      'They had trouble the first time.',
      'We have time this week.',
      'The mayor has not the slightest idea.',
      'Every problem she has with her landlord is old.',
      'The storm has hit the coast twice.',
    );
    expect(fixes(found)).toEqual([]);
  });
});

describe('more wrong words and verb forms', () => {
  it('flags each with the right word', () => {
    const found = findings(
      'Rescuers digged through the night.',
      'Rebates help residents plant dessert shrubs.',
      'Use is highest during the evening peek.',
      'Crews work hardest in peek fire season.',
      'Voters lined up before down on Tuesday.',
      'Damage from last weeks storms is still being counted.',
      'Then they begun to dig.',
      'The pass was closed for several hour Sunday.',
      'Two hikers set out with too companions.',
      'The plan would shut too middle schools.',
      'It is a reserve the city can drew on.',
      'Customers may seen higher bills.',
    );
    expect(fixes(found)).toEqual([
      ['digged', 'dug'],
      ['dessert', 'desert'],
      ['peek', 'peak'],
      ['peek', 'peak'],
      ['down', 'dawn'],
      ['weeks', 'week’s'.replace('’', "'")],
      ['begun', 'began'],
      ['hour', 'hours'],
      ['too', 'two'],
      ['too', 'two'],
      ['drew', 'draw'],
      ['seen', 'see'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    const found = findings(
      'The dessert menu changed.',
      'She took a peek inside the tent.',
      'Prices went down on Monday.',
      'In the last weeks of the season, attendance fell.',
      'They had begun to dig.',
      'The city too faces cuts.',
      'The rules are too strict, and the lines too long.',
      'He understands too and laughs.',
      'Crews will fell the dead trees.',
      'She may found a school of her own.',
      'Farmers in Pinal Conuty, who have fallowed fields, are waiting.',
    );
    expect(fixes(found)).toEqual([['Pinal Conuty', 'Pinal County']]);
  });
});

describe('an obituary, an earnings story and a police brief', () => {
  it('flags each with the right word', () => {
    const found = findings(
      'He is survived by a sun and two daughters.',
      'Quarterly profit feel 9% on weak demand.',
      'Shoppers traded down to cheeper brands.',
      'It was the worst drop sense 2019.',
      'The victim, a 41-year-old men, was hurt.',
      'The corner has been the sight of several crashes.',
      'We have maid progress, she said.',
      'One loss is one to many.',
      'Slow down before you hit some one.',
      'Nobody came a weak after the vote.',
      'The firm had expect $1.20 a share.',
      'Shoppers need a reason to chose it.',
      'Talks has stalled again.',
    );
    expect(fixes(found)).toEqual([
      ['sun', 'son'],
      ['feel', 'fell'],
      ['cheeper', 'cheaper'],
      ['sense', 'since'],
      ['men', 'man'],
      ['sight', 'site'],
      ['maid', 'made'],
      ['to', 'too'],
      ['some one', 'someone'],
      ['weak', 'week'],
      ['expect', 'expected'],
      ['chose', 'choose'],
      ['has', 'have'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    const found = findings(
      'The sun rose over the bay.',
      'I feel 100% sure of it.',
      'It made sense to them.',
      'The sight of the crash stayed with her.',
      'She was maid of honor at the wedding.',
      'The pitcher threw to first, then to left.',
      'Brooks has the ball.',
      'Ours is a small town.',
      'Sales tax is due.',
    );
    expect(fixes(found)).toEqual([]);
  });
});

describe('words confused in writing, judged by the words around them', () => {
  // Pairs added to the sound-alike sets of resources/word-pairs.txt this round
  // (scripts/build-word-pairs.mjs): the language model decides between them.
  it('questions the one the words around it do not fit', () => {
    const found = findings(
      'The family was too pour to pay the rent.',
      'The road has been closed sense the storm.',
      'She decided to quite her job in May.',
      'Auditors made a through review of the records.',
      'The trail begins Monday in federal court.',
      'A conservation with the mayor ran long.',
      'They met at a diner party on Main Street.',
      // (The word after must say it too: after "the" alone, a noun talked of more is no
      // slip, session 35.)
      'The landlord evicted the tenet who fell behind on rent.',
      'Officials cited a resent change in the law.',
      'The drug had no averse effects in the trial.',
    );
    expect(fixes(found)).toEqual([
      ['pour', 'poor'],
      ['sense', 'since'],
      ['quite', 'quit'],
      ['through', 'thorough'],
      ['trail', 'trial'],
      ['conservation', 'conversation'],
      ['diner', 'dinner'],
      ['tenet', 'tenant'],
      ['resent', 'recent'],
      ['averse', 'adverse'],
    ]);
  });

  it('leaves each where it fits', () => {
    const found = findings(
      'Crews pour concrete on Monday.',
      'It makes sense to wait.',
      'The results were quite good.',
      'They walked through the park.',
      'The trail runs along the river.',
      'The state runs a conservation program.',
      'They met at a diner on Main Street.',
      'Most people in this county are farmers.',
      'At lease signing, the tenant paid.',
      'A core tenet of the plan is speed.',
      'Some residents resent the new fees.',
      'She is averse to risk.',
      'No homes burned, though several barns were lost.',
      'Its piers will be protected by rock islands.',
      'She told her tale on camera.',
      'Those minors who need care can ask a judge.',
    );
    expect(fixes(found)).toEqual([]);
  });
});

describe('closed prefixes', () => {
  it('takes a prefix closed onto a longer word the dictionary knows for a word', () => {
    // "pandemic" is in the dictionary but not among SCOWL's commoner sizes.
    expect(fixes(findings('Ridership is still below its prepandemic peak.'))).toEqual([]);
    expect(fixes(findings('Ridership is still below its prepandemik peak.'))).not.toEqual([]);
  });
});

describe('names', () => {
  it('takes a surname after a given name that is a word too for a person, not a town a slip away', () => {
    const people = findings(
      'The store drew writers from Pat Conroy to Anne Tyler.',
      'The council heard from Sue Renner and Frank Hessel on Tuesday.',
    );
    expect(fixes(people)).toEqual([]);
    const places = findings('Near Oaklan, crews worked.', 'Crews worked in the East Bey area.');
    expect(fixes(places)).toEqual([
      ['Oaklan', 'Oakland'],
      ['Bey', 'Bay'],
    ]);
  });
});

describe('suggestions', () => {
  it('ranks a k after a c, a silent e at the end and a run-on “no one”', () => {
    const found = findings(
      'You learn not to panick.',
      'They erased a nine-point deficite.',
      'Noone on the board wanted this.',
    );
    expect(fixes(found)).toEqual([
      ['panick', 'panic'],
      ['deficite', 'deficit'],
      ['Noone', 'No one'],
    ]);
  });
});
