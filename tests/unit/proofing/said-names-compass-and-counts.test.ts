import { readFileSync } from 'node:fs';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Cases from the fortieth to forty-second probes (a Gulf Coast power outage, a Western water
// fight, a big-city budget vote), each written in other words than the probe's own.

const { findings } = proofingCases();

describe('a source named two ways', () => {
  it('holds a slip of a name to a surname the dictionary lists as a place and a word', () => {
    // "Grant" is a word, a name and a county: said to speak, it is the source's name.
    const story = [
      'Utility spokesperson Marta Grnat said crews were working.',
      '“We hear you,” Grant said on Friday.',
    ];
    expect(fixes(findings(...story))).toEqual([['Grnat', 'Grant']]);
    // An everyday word the dictionary does not list as a name still defers to the full name.
    expect(
      fixes(findings('“It is dry,” said farmer Luis Reidy.', '“It rains,” Ready said.')),
    ).toEqual([['Ready', 'Reidy']]);
  });

  it('holds a surname said without its s to the spelling given with a first name', () => {
    const story = [
      'said Tomas Arrellanos, who farms barley near Yuma.',
      'Arrellano said he had left half his land dry.',
    ];
    expect(fixes(findings(...story))).toEqual([['Arrellano', 'Arrellanos']]);
  });

  it('leaves a family named in the plural alone', () => {
    expect(
      findings(
        'said Dora Arrellano, who farms near Yuma.',
        'The Arrellanos have farmed there since 1952.',
      ),
    ).toEqual([]);
    expect(findings('Marta Grant said crews were out.', 'Grant said the lines were down.')).toEqual(
      [],
    );
  });
});

describe('names of everyday words after a possessive', () => {
  it('flags a slip at the end of such a name', () => {
    expect(fixes(findings('Water is scarce in the river’s Upper Bassin.'))).toEqual([
      ['Bassin', 'Basin'],
    ]);
    expect(fixes(findings("Farms in the district's Upper Feild went dry."))).toEqual([
      ['Feild', 'Field'],
    ]);
  });

  it('leaves a name after a title alone', () => {
    expect(findings('The county’s Sheriff Baca said the road was closed.')).toEqual([]);
  });
});

describe('compass points', () => {
  it('flags a long compass word one slip off wherever it stands', () => {
    const found = findings(
      'Aldermen from the Northwest Side and the Soutwest Side voted no.',
      'Storms hit Nortwest Indiana and the Southeasten Conference moved a game.',
    );
    expect(fixes(found)).toEqual([
      ['Soutwest', 'Southwest'],
      ['Nortwest', 'Northwest'],
      ['Southeasten', 'Southeastern'],
    ]);
  });

  it('leaves short surnames near a compass word alone', () => {
    expect(findings('The singer J.D. Souther and the actress Ann Sothern were there.')).toEqual([]);
  });
});

describe('a famous city before a word of a small town’s name', () => {
  it('leaves "Chicago City Council" alone but still catches a slip of the small town', () => {
    expect(findings('The Chicago City Council approved the budget on Wednesday.')).toEqual([]);
    expect(fixes(findings('Officials in Chisago Cty, Minn., said the road was open.'))).toEqual([
      ['Chisago Cty', 'Chisago City'],
    ]);
  });
});

describe('wrong words in budgets and votes', () => {
  it('flags each confusion with the right word', () => {
    const found = findings(
      'The plan costs $4.2 billon over five years.',
      'Turnout fell lats year. Two members voted know.',
      'The layoffs that where on the table are gone. Workers who where not paid sued.',
    );
    expect(fixes(found)).toEqual([
      ['billon', 'billion'],
      ['lats', 'last'],
      ['know', 'no'],
      ['where', 'were'],
      ['where', 'were'],
    ]);
  });

  it('leaves the right uses alone', () => {
    expect(
      findings(
        'He said that where on the map the line falls matters. We know where you live.',
        'Billon coins were minted in the 1700s. The lats was Latvia’s money.',
        'Voters who know the candidates turned out.',
      ),
    ).toEqual([]);
  });
});

describe('a space left out after "a"', () => {
  it('prefers a doubled letter put back when that makes a common word', () => {
    const [aprove] = findings('The board will aprove the contract.');
    expect(aprove?.suggestions[0]).toBe('approve');
    const [alot] = findings('It takes alot of time.');
    expect(alot?.suggestions[0]).toBe('a lot');
  });
});

describe('ordinary copy that was flagged', () => {
  it('accepts loanwords written with their accents', () => {
    expect(
      findings(
        'The café hired her after she sent a résumé. Her fiancée ordered jalapeño poppers.',
        'The décor was a cliché; the exposé named his protégé. Cafés and piñatas lined the street.',
      ),
    ).toEqual([]);
    // The words around them are still checked.
    expect(fixes(findings('The café servd lunch.'))).toEqual([['servd', 'served']]);
  });

  it('accepts pitchers by their throwing hand', () => {
    expect(findings('The right-hander beat two left-handers.')).toEqual([]);
    expect(findings('The right-handre pitched.').map((f) => f.text)).toEqual(['handre']);
  });

  it('accepts closed compounds on water, walls, land and workers', () => {
    expect(
      findings(
        'Polluted stormwater and floodwaters reached the seawalls.',
        'Snowmelt feeds the farmland; autoworkers and officeholders met in newsrooms.',
      ),
    ).toEqual([]);
    // Not a little word run into one of those heads.
    expect(fixes(findings('He left theroom with thewater.')).map(([word]) => word)).toEqual([
      'theroom',
      'thewater',
    ]);
  });

  it('does not take a big city in a roundup for a small town of another state', () => {
    const roundup = [
      'PITTSBURGH — UPMC said it would cut jobs in Allegheny County.',
      'PHOENIX — Officials urged voters in Mesa, Chandler and Scottsdale to vote early.',
    ];
    expect(findings(...roundup)).toEqual([]);
  });
});

describe('words of other languages and idioms', () => {
  it('leaves a lowercase word with accents the dictionary lacks alone', () => {
    expect(findings('She spoke at her morning mañanera and ordered crème brûlée.')).toEqual([]);
    expect(findings('The bill is a no-brainer, he said.')).toEqual([]);
    // The second syllable of a Korean given name.
    expect(findings('The owners, Min-ji and Daniel Park, met Seo-yeon Kim.')).toEqual([]);
    expect(findings('A well-knwn owner runs it.').map((f) => f.text)).toEqual(['knwn']);
  });
});

describe('regions named by a compass point', () => {
  it('flags a word one slip from the region’s head after a compass point', () => {
    const found = findings(
      'Riders from the East Bey take BART.',
      'Unions in the Tri-Vally backed the tax.',
    );
    expect(fixes(found)).toEqual([
      ['Bey', 'Bay'],
      ['Vally', 'Valley'],
    ]);
  });

  it('leaves real places and names after a compass point alone', () => {
    expect(
      findings(
        'Crews reached South Bend, East Orange, West Point, East Lansing and South Gate.',
        'The Upper East Side and the West End; North Bergen and West Palm Beach.',
        'Anna Smith-Tunel said the Mid-Cities area was calm.',
      ),
    ).toEqual([]);
  });
});

describe('phrases of law, other languages and the sciences (WordNet)', () => {
  it('accepts their words written out in full', () => {
    expect(
      findings(
        'The habeas corpus petition drew amicus briefs; a firm took the case pro bono.',
        'Smith et al. found the pasta al dente. The Aedes aegypti mosquito spreads dengue.',
        'Divers filmed Stygiomedusa gigantea off the coast.',
      ),
    ).toEqual([]);
  });

  it('still flags a slip inside or beside such a phrase', () => {
    const found = findings('He works pro bnoo. The habeus corpus petition was denied.');
    expect(found.map((f) => f.text)).toEqual(['bnoo', 'habeus']);
    // A word of a phrase is right only inside it: "al" alone is "all" mistyped.
    expect(fixes(findings('They al voted.'))).toEqual([['al', 'all']]);
  });

  it('ships a sorted word file with its licence', () => {
    const text = readFileSync(new URL('../../../resources/phrases.txt', import.meta.url), 'utf8');
    const keys = text
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => line.slice(0, line.indexOf('\t')));
    expect(keys.length).toBeGreaterThan(5000);
    expect(keys.every((key, k) => k === 0 || keys[k - 1]! < key)).toBe(true);
    const licence = readFileSync(
      new URL('../../../resources/phrases.LICENSE', import.meta.url),
      'utf8',
    );
    expect(licence).toContain('Princeton University');
  });
});

describe('wrong words at a school board meeting, from a forty-fifth probe', () => {
  it('flags each confusion with the right word', () => {
    const found = findings(
      'Forty parents singed up to speak about the long buss rides.',
      '“The teachers no him here,” she said of the schools slatted to close.',
    );
    expect(fixes(found)).toEqual([
      ['singed', 'signed'],
      ['buss', 'bus'],
      ['no', 'know'],
      ['slatted', 'slated'],
    ]);
  });

  it('leaves the right uses alone', () => {
    expect(
      findings(
        'The fire singed the curtains. Her answer was no. They told her no, him too.',
        'He said no her way. A slatted fence; slatted blinds. Buss was an old word for kiss.',
      ),
    ).toEqual([]);
  });
});

describe('names that only look like one name spelled two ways', () => {
  it('keeps a first name and a surname apart', () => {
    const story = [
      'The Seahawks won behind two passes from Sam Darnold, and the Kraken lost.',
      '“We need help,” said Darnell Hughes, who owns a barbershop.',
    ];
    expect(findings(...story)).toEqual([]);
    // A slip of the surname is still held to it.
    expect(fixes(findings(story[0]!, 'Darnld said the offense was fine.'))).toEqual([
      ['Darnld', 'Darnold'],
    ]);
  });

  it('takes "Sea-Tac Airport" for the airport’s style of SeaTac', () => {
    expect(
      findings('Gusts reached 60 mph at Sea-Tac Airport and on the Tacoma Narrows Bridge.'),
    ).toEqual([]);
  });
});

describe('the names of works', () => {
  it('does not take a word of a quoted title for a place', () => {
    const story = [
      'Quincy Jones died at his home in the Bel Air neighborhood of Los Angeles.',
      'Maggie Smith, known for “The Prime of Miss Jean Brodie” and “Downton Abbey,” died at 89.',
    ];
    expect(findings(...story)).toEqual([]);
    // A place in a quotation that is a sentence is still a place.
    expect(fixes(findings('“We love Pittsbrugh,” he said.'))).toEqual([
      ['Pittsbrugh', 'Pittsburgh'],
    ]);
  });
});

describe('a verb after "to", and wrong words in a box score, from a forty-sixth probe', () => {
  it('flags a verb in -ed after "to" before its object', () => {
    const found = findings(
      'She hit a jumper to tied the game. The board voted to closed the plant.',
      'He tried to carried them home, and they agreed to stopped it.',
    );
    expect(fixes(found)).toEqual([
      ['tied', 'tie'],
      ['closed', 'close'],
      ['carried', 'carry'],
      ['stopped', 'stop'],
    ]);
  });

  it('leaves adjectives and verbs in -ed alone', () => {
    expect(
      findings(
        'Prices rose due to increased demand. Crews returned to closed roads.',
        'They need to feed the cattle and to succeed him. Fans went to the game.',
      ),
    ).toEqual([]);
  });

  it('flags each confusion with the right word', () => {
    const found = findings(
      'The win moved them with in a game of first place.',
      'It was her finale season. She played 38 minuets.',
    );
    expect(fixes(found)).toEqual([
      ['with in', 'within'],
      ['finale', 'final'],
      ['minuets', 'minutes'],
    ]);
    expect(
      findings(
        'Compared with in 2019, sales fell. The season finale aired.',
        'The orchestra played the minuets.',
      ),
    ).toEqual([]);
  });
});

describe('the shipped wrong-word and style rules', () => {
  it('all compile and each has its own id', () => {
    const { ruleErrors, rules } = loadProofingResources();
    expect(ruleErrors).toEqual([]);
    const ids = rules.map((compiled) => compiled.rule.id);
    expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
  });
});

describe('people after a title and brands', () => {
  it('leaves a surname after a title and a first name that is also a word alone', () => {
    expect(findings('Sheriff Mike Linder said the jail would open by 2027.')).toEqual([]);
    // A slip of an everyday word inside a name of everyday words is still one.
    expect(fixes(findings('The Grand Canyon Visitr Center opened.'))).toEqual([
      ['Visitr', 'Visitor'],
    ]);
  });

  it('knows the money and city words of current news', () => {
    expect(
      findings(
        'Megacap stocks rose; crypto firms and fintech startups lobbied for stablecoin rules.',
        'YIMBY groups back upzoning for walkability; hyperlocal news is livestreaming it.',
      ),
    ).toEqual([]);
  });

  it('leaves a brand’s inner capitals on a known word alone', () => {
    expect(findings('He was treated at UK HealthCare’s hospital; PowerSchool was down.')).toEqual(
      [],
    );
  });
});

describe('a statehouse story, from a forty-seventh probe', () => {
  it('holds a surname that is also a place, used once each way, to its introduction', () => {
    const story = [
      'said Sen. Julie Gonzalez, a Denver Democrat who sponsored the bill.',
      'Gonzales said she had made changes to win support.',
    ];
    // The later spelling, typed again without the first name, is the one flagged; its
    // finding offers the introduction's, so the desk sees both.
    expect(fixes(findings(...story))).toEqual([['Gonzales', 'Gonzalez']]);
    // Neither written with a first name: either may be the slip, and each offers the other.
    expect(
      fixes(findings('Gonzalez said the bill was fair.', 'Gonzales said she had made changes.')),
    ).toEqual([
      ['Gonzalez', 'Gonzales'],
      ['Gonzales', 'Gonzalez'],
    ]);
    // Forms of one place stay apart.
    expect(findings('Texas voters and Texan ranchers; Russia and Russian troops.')).toEqual([]);
  });

  it('flags each confusion with the right word', () => {
    const found = findings(
      'Where am I suppose to go? It was suppose to open in May.',
      'It never worked any where it was tried. Caps rise 3% or inflation, which ever is higher.',
      'Parks were bought by private equality firms.',
    );
    expect(fixes(found)).toEqual([
      ['suppose', 'supposed'],
      ['suppose', 'supposed'],
      ['any where', 'anywhere'],
      ['which ever', 'whichever'],
      ['equality', 'equity'],
    ]);
  });

  it('leaves the right uses alone', () => {
    expect(
      findings(
        'I suppose to some people it matters. Is there any where to go?',
        'Which ever did you pick? Marriage equality groups rallied.',
      ),
    ).toEqual([]);
  });
});
