import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Cases from the fifty-fourth and fifty-fifth probes (a Louisiana air-permit hearing, a
// Colorado avalanche), each written in other words than the probe's own, with right uses of
// the same words beside them.

const { findings } = proofingCases();

describe('a place written with a capital inside it', () => {
  it('offers the place its capital belongs to, in the writer’s style', () => {
    const found = findings(
      'HOUMA, La. — The levee board met.',
      'Angela Roy, a teacher who lives in LaPalce, said the board waited too long.',
    );
    expect(fixes(found)).toEqual([['LaPalce', 'LaPlace']]);
  });

  it('leaves the place as its town writes it, and a name whose capital differs', () => {
    const found = findings(
      'HOUMA, La. — The levee board met.',
      'Angela Roy, a teacher who lives in LaPlace, said the board waited too long.',
      'Gov. Mike DeWine of Ohio sent a letter.',
    );
    expect(found).toEqual([]);
  });
});

describe('an abbreviation written twice', () => {
  it('flags “a.m. a.m.” with one as the fix', () => {
    const found = findings('The shelter opened at 6 p.m. p.m. Friday.');
    expect(fixes(found)).toEqual([['p.m. p.m.', 'p.m.']]);
    expect(found[0]!.kind).toBe('repeat');
  });

  it('leaves a sentence that ends with “U.S.” and a next one that opens with it', () => {
    expect(findings('The talks moved to the U.S. U.S. officials did not comment.')).toEqual([]);
  });
});

describe('real words in the place of others', () => {
  it('flags each slip with the word meant', () => {
    const found = findings(
      'A spokesman, Raymond Thibault, sad the plant would stay open.',
      'Fireworks lite up the harbor. We breath the smoke every summer.',
      'A team of for climbers started on a west-facing slop at dawn.',
      'The storm dropped ruffly 2 feet of snow on a week layer of ice.',
      'Hikers kept heading in to the canyon. Few were wiling to turn back.',
    );
    expect(fixes(found)).toEqual([
      ['sad', 'said'],
      ['lite', 'lit'],
      ['breath', 'breathe'],
      ['for', 'four'],
      ['slop', 'slope'],
      ['ruffly', 'roughly'],
      ['week', 'weak'],
      ['in to', 'into'],
      ['wiling', 'willing'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'Coach Ryan Doyle, sad and tired, left the field.',
      'She bought lite beer. Take a deep breath. A group of for-profit schools sued.',
      'The slop from the feedlot ran off. He turned himself in to the police.',
      'It lasted a week. They were wiling away the afternoon.',
    );
    expect(found).toEqual([]);
  });
});

// From the fifty-sixth probe (a Michigan assembly plant idled for retooling).
describe('a verb without its -s after “it”, “he” or “she” opening a clause', () => {
  it('flags the verb with its -s form', () => {
    const found = findings(
      'Ford will pay its crews while it retool the Dearborn line.',
      'Because she work nights, the shelter holds her bed.',
      'Nobody knows whether it matter to voters.',
    );
    expect(fixes(found)).toEqual([
      ['retool', 'retools'],
      ['work', 'works'],
      ['matter', 'matters'],
    ]);
  });

  it('leaves modals, pasts written like presents and adverbs alone', () => {
    const found = findings(
      'When it last rained, the river rose. As it cost more, buyers left.',
      'After it hit the coast, it weakened. When he saw the map, he laughed.',
      'As it wound through town, the parade slowed. It will do as it damn well pleases.',
      'Because it can wait, and since she will not, while he still works.',
    );
    expect(found).toEqual([]);
  });
});

describe('more real words in the place of others', () => {
  it('flags each slip with the word meant', () => {
    const found = findings(
      'Stellantis will idle it’s Belvidere plant. Workers went on lay off in March.',
      'The dealer sold four new SUV’s. "Nobody talked to use about it," one said.',
      'Her brother, who seen the crash, called 911. The fund made hole the families.',
      'Drivers had to weight, then left. Sales were weaker-then-expected.',
      'Carmakers slowed there hiring. Warren Mayer Lori Stone said the city would help.',
    );
    expect(fixes(found)).toEqual([
      ['it’s', 'its'],
      ['lay off', 'layoff'],
      ['SUV’s', 'SUVs'],
      ['use', 'us'],
      ['seen', 'saw'],
      ['hole', 'whole'],
      ['weight', 'wait'],
      ['weaker-then-', 'weaker-than-'],
      ['there', 'their'],
      ['Mayer', 'Mayor'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'She said it’s Delta’s call. The plant will lay off 300 workers.',
      'The SUV’s brakes failed. Which tool to use first is up to you.',
      'Have you seen the crash? They had seen it before. The drill made a hole.',
      'Judges had to weight the scores. Sales fell more than expected.',
      'Prices were cut there last year. Louis B. Mayer founded the studio.',
    );
    expect(found).toEqual([]);
  });
});

// From the fifty-seventh probe (a Pennsylvania school board returns library books).
describe('wrong words at a public meeting', () => {
  it('flags each slip with the word meant', () => {
    const found = findings(
      'The Library Bored met Monday. The zoning bored voted 4-1.',
      'Staff removed they from the display. Parents stood in the isles.',
      'Opponents of the plan where red shirts. She purposed a new schedule.',
      'Students can borough laptops. The ordinance was adapted in March.',
      'The rule aloud residents to speak. Since it begun, sales rose.',
      'The union filled a formal grievance. Officials said they excepted delays.',
    );
    expect(fixes(found)).toEqual([
      ['Bored', 'Board'],
      ['bored', 'board'],
      ['they', 'them'],
      ['isles', 'aisles'],
      ['where', 'wore'],
      ['purposed', 'proposed'],
      ['borough', 'borrow'],
      ['adapted', 'adopted'],
      ['aloud', 'allowed'],
      ['begun', 'began'],
      ['filled', 'filed'],
      ['excepted', 'expected'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'The students were bored. Once they agreed they would vote.',
      'Tourists visit the British Isles. Places where masks are worn stayed open.',
      'The warehouse was repurposed as housing. The Bronx is a borough.',
      'The plan was adapted from a Denver model. She read the letter aloud to the board.',
      'Work has begun on the bridge. The crowd filled the hall.',
      'Farms were excepted from the rule.',
    );
    expect(found).toEqual([]);
  });
});

// From the fifty-eighth probe (Puget Sound ferry cuts).
describe('ferry-story slips', () => {
  it('flags each slip with the word meant', () => {
    const found = findings(
      'SEATTLE — The ferry system serves Puget Sound.',
      'The Seattle-Bremerten run loses a boat. Riders were told too plan ahead.',
      'Be patient with are crews. Many riders take the boot to work.',
      'Riders face weights of up to two hours. The state funded boats in 2202.',
      'The shipbuilding contact stalled. A plan to covert three boats slipped.',
      'The system has to few mates. Routes will each loose a boat.',
    );
    expect(fixes(found)).toEqual([
      ['Bremerten', 'Bremerton'],
      ['too', 'to'],
      ['are', 'our'],
      ['boot', 'boat'],
      ['weights', 'waits'],
      ['2202', '2022'],
      ['contact', 'contract'],
      ['covert', 'convert'],
      ['to', 'too'],
      ['loose', 'lose'],
    ]);
  });

  it('leaves names written twice, forecasts and right uses alone', () => {
    const found = findings(
      'SEATTLE — The ferry system serves Puget Sound.',
      'The Walla Walla is in dry dock. Seas may rise a foot by 2150 and more by 2300.',
      'It was too close the whole way. The dumbbells had weights of 20 pounds.',
      'He got the boot from the team. Agents ran covert operations.',
      'She has to pay. The rope came loose. We kept in contact with the crew.',
    );
    expect(found).toEqual([]);
  });
});

// From the fifty-ninth probe (an Alberta wildfire).
describe('wildfire-story slips', () => {
  it('flags each slip with the word meant', () => {
    const found = findings(
      'A plum of smoke rose over the old saw-mil town.',
      'Officials said the providence had asked for help.',
      'Troops have been place on standby. Forecasters have warn of drier weeks.',
    );
    expect(fixes(found)).toEqual([
      ['plum', 'plume'],
      ['saw-mil', 'saw-mill'],
      ['providence', 'province'],
      ['place', 'placed'],
      ['warn', 'warned'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'She ate a plum. The mil rate rose. The townsite burned.',
      'They trusted in the providence of God. He moved to Providence.',
      'Be alert on the roads. The best place is home.',
    );
    expect(found).toEqual([]);
  });
});

// From the sixtieth probe (an NBA game story).
describe('game-story slips', () => {
  it('flags each slip with the word meant', () => {
    const found = findings(
      'The Nets snapped a five-game loosing streak. A late run put them a head by nine.',
      '"We needed this won," the guard said. Dinwiddie lead the team with 24 points.',
      'Claxton scored 18 18 and had the bets season of his career.',
      'Brooklyn outscored Miami 48-30 in the pain.',
    );
    expect(fixes(found)).toEqual([
      ['loosing', 'losing'],
      ['a head', 'ahead'],
      ['won', 'one'],
      ['lead', 'led'],
      ['18 18', '18'],
      ['bets', 'best'],
      ['pain', 'paint'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'The horse that won. They each won twice. A head of lettuce cost $3.',
      'The Celtics lead the league. He felt the pain of the loss. The totals were 22 22 18.',
      'She placed bets on the game. He has 20 20 vision. Those loose balls hurt.',
    );
    expect(found).toEqual([]);
  });
});

// From the sixty-first probe (a deputy convicted of beating a driver).
describe('courtroom slips', () => {
  it('flags each slip with the word meant', () => {
    const found = findings(
      'A jury on Monday convinced the former officer. Her murder trail opens in May.',
      'He asked why he was been searched. The last blew landed hard.',
      'He was not resiting. The verdict was red aloud.',
      'Her car had a broken tail light.',
    );
    expect(fixes(found)).toEqual([
      ['convinced', 'convicted'],
      ['trail', 'trial'],
      ['been', 'being'],
      ['blew', 'blow'],
      ['resiting', 'resisting'],
      ['red', 'read'],
      ['tail light', 'taillight'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'The jury was convinced by the video. The trail in the park reopened.',
      'He has been searched. The wind blew hard. The city is resiting the depot.',
      'The sign was red.',
    );
    expect(found).toEqual([]);
  });
});

// From the sixty-second probe (a state budget passes).
describe('budget-story slips', () => {
  it('flags each slip with the word meant', () => {
    const found = findings(
      'The spending plane passed. Fees payed by drivers rise. The bill did to little.',
      'Pandemic aide ran out. It does not clothes the gap. Spending stays at currant levels.',
      'They waited for for the bus.',
    );
    expect(fixes(found)).toEqual([
      ['plane', 'plan'],
      ['payed', 'paid'],
      ['to', 'too'],
      ['aide', 'aid'],
      ['clothes', 'close'],
      ['currant', 'current'],
      ['for for', 'for'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'We will be paying for for years. A business plane landed. A Senate aide resigned.',
      'She bought clothes the next day. Currant jelly sold out. The rope was payed out.',
    );
    expect(found).toEqual([]);
  });
});

// From the sixty-third probe (a chipmaker's sales warning).
describe('earnings-story slips', () => {
  it('flags each slip with the word meant', () => {
    const found = findings(
      'Shares fell 4% 4% after the firm warmed that margins in the quarter would shrink.',
      'Sales came in bellow forecasts, sighting weaker demand and a slow down in China.',
      'It reported prophet of 40 cents a share on a conference cal. "It is a paws," she said.',
      'Orders should recover in the second have. Demand remained strung.',
      'Investors are losing patients. It cannot offset every thing else.',
      'The stock trades on PC’s. The plan aims to safe $200 million.',
    );
    expect(fixes(found)).toEqual([
      ['4% 4%', '4%'],
      ['warmed', 'warned'],
      ['bellow', 'below'],
      ['sighting', 'citing'],
      ['slow down', 'slowdown'],
      ['prophet', 'profit'],
      ['cal', 'call'],
      ['paws', 'pause'],
      ['have', 'half'],
      ['strung', 'strong'],
      ['patients', 'patience'],
      ['every thing', 'everything'],
      ['PC’s', 'PCs'],
      ['safe', 'save'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'The sun warmed that corner. Fans spotted a bear, sighting a cub too.',
      'Drivers slow down in fog. The prophet of doom spoke. The dog licked its paws.',
      'Hospitals are losing patients to clinics. The lights were strung across the street.',
      'The CEO’s office called. The vault was safe.',
    );
    expect(found).toEqual([]);
  });
});
