import { beforeAll, describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { proofreadBlocks } from '../../../shared/proofing/proofreader';
import type { ProofingResources } from '../../../shared/proofing/proofreader';
import type { Finding } from '../../../shared/proofing/types';

let resources: ProofingResources;
beforeAll(() => {
  resources = loadProofingResources();
}, 30_000);

function names(...blocks: string[]): Finding[] {
  return proofreadBlocks(blocks, resources)
    .flatMap((r) => r.findings)
    .filter((f) => f.kind === 'name');
}

describe('places judged against the story', () => {
  it('takes “Berkley” in a Bay Area story for Berkeley', () => {
    const [hit] = names(
      'Riders in Oakland and Emeryville waited an hour for a train.',
      'The Berkley station reopened at noon.',
    );
    expect(hit).toMatchObject({ text: 'Berkley', suggestions: ['Berkeley'] });
  });

  it('leaves Berkley alone in a story about Detroit’s suburbs', () => {
    expect(
      names(
        'ROYAL OAK, Mich. — Snow closed schools in Ferndale and Royal Oak on Monday.',
        'The Berkley district followed, and Hazel Park stayed open.',
      ),
    ).toEqual([]);
  });

  it('uses the dateline’s state', () => {
    const [hit] = names('SPRINGFIELD, Ill. — Lawmakers met in Peroia on Tuesday.');
    expect(hit?.suggestions[0]).toBe('Peoria');
  });

  it('reads “X and Y counties” as naming counties', () => {
    // Larimer is also a Pennsylvania town; the plural cue says the word is a county.
    const [hit] = names('BOULDER, Colo. — Crews from Boulder and Larimar counties held the line.');
    expect(hit).toMatchObject({ text: 'Larimar', suggestions: ['Larimer'] });
    expect(names('Officials in Larimar and Boulder counties met.')[0]?.text).toBe('Larimar');
  });

  it('keeps a near miss to the state of the place the word is said to be in', () => {
    // Romeville, La., is one letter from Roseville, Calif. (147,000 people).
    expect(
      names('Residents of Convent and Romeville in St. James Parish packed the hearing.'),
    ).toEqual([]);
    expect(names('Voters in Fresnoo, in Fresno County, waited.')[0]?.suggestions[0]).toBe('Fresno');
  });

  it('reads a surname the dictionary knows joined to “-based” as a place', () => {
    expect(names('A Huston-based company will build the line.')[0]?.suggestions[0]).toBe('Houston');
    expect(names('A Hudson-based company will build the line.')).toEqual([]);
  });

  it('takes a place the story names, with its letters in another order, for that place', () => {
    const findings = proofreadBlocks(
      [
        'Creighton beat Nebraska in Omaha on Tuesday.',
        'Criehgton returns to Ohama to face Texas Tech.',
      ],
      resources,
    ).flatMap((r) => r.findings);
    expect(findings.map((f) => [f.kind, f.text, f.suggestions[0]])).toEqual([
      ['consistency', 'Criehgton', 'Creighton'],
      ['consistency', 'Ohama', 'Omaha'],
    ]);
  });

  it('leaves a place in another state the story names alone', () => {
    // Lea County is in New Mexico; Texas has a Lee County.
    const story = 'LUBBOCK, Texas — Cases rose again in Gaines County.';
    expect(names(story, 'New Mexico has reported cases in Lea County.')).toEqual([]);
    expect(names(story, 'Officials reported cases in Lea County.')[0]?.suggestions[0]).toBe(
      'Lee County',
    );
  });

  it('prefers a place that keeps the first letter', () => {
    const [hit] = names('ASHEVILLE, N.C. — Studios in West Ashville reopened.');
    expect(hit?.suggestions[0]).toBe('Asheville');
  });

  it('reads a word after a name the dictionary knows only as a name as a surname', () => {
    // Butler is a place in several states; "Harrison Butker" is a kicker.
    expect(names('Harrison Butker kicked a 41-yard field goal.')).toEqual([]);
    expect(names('Crews in Greater Sacremento worked late.')[0]?.suggestions[0]).toBe('Sacramento');
  });

  it('keeps a one-slip place a name finding when the story spells the place right elsewhere', () => {
    const findings = proofreadBlocks(
      ['The ferry runs from Oakland.', 'Riders in Oaklan waited.'],
      resources,
    ).flatMap((r) => r.findings);
    expect(findings.map((f) => [f.kind, f.text, f.suggestions[0]])).toEqual([
      ['name', 'Oaklan', 'Oakland'],
    ]);
  });

  it('does not read a name after a personal title as a place', () => {
    expect(names('“Limit your time outdoors,” said Dr. Lindsey Park, a pulmonologist.')).toEqual(
      [],
    );
    expect(names('Crews in Lindsey Park worked late.')[0]?.suggestions[0]).toBe('Lindsay Park');
  });

  it('does not read a byline’s names as places', () => {
    // Thibodaux is a Louisiana city; Thibodeaux a common Cajun surname.
    expect(names('By Marcus Thibodeaux', 'BATON ROUGE, La. — The permit was approved.')).toEqual(
      [],
    );
  });

  it('gives a long word with a place cue two slips', () => {
    expect(names('Crews in Sunnyvail and San Jose worked overnight.')[0]?.suggestions[0]).toBe(
      'Sunnyvale',
    );
  });
});

describe('how far a bare word may reach for a place', () => {
  it('leaves a company or surname alone when the only near place is a small town elsewhere', () => {
    // Energy, Ill. (1,100 people); Lindi, a Tanzanian region; Devine, Texas.
    expect(
      names(
        'BATON ROUGE, La. — Entergy said its crews would work through the night.',
        'Linde said its plant was safe. Gov. Mike DeWine spoke in Ohio later.',
      ),
    ).toEqual([]);
    // The words are still unknown names, shown quietly with a way to add them.
    const hints = proofreadBlocks(['Crews from Entergy would work.'], resources)[0]!.hints;
    expect(hints.map((h) => h.text)).toContain('Entergy');
  });

  it('still offers a big city, a place in the story’s state, or any place after a cue', () => {
    expect(
      names('BATON ROUGE, La. — Sacremento lawmakers and McAlen officials met.').map(
        (f) => f.suggestions[0],
      ),
    ).toEqual(['Sacramento', 'McAllen']);
    expect(names('OAKLAND, Calif. — Emeryvile officials said nothing.')[0]?.suggestions[0]).toBe(
      'Emeryville',
    );
    expect(
      names('BATON ROUGE, La. — Officials in Emeryvile said nothing.')[0]?.suggestions[0],
    ).toBe('Emeryville');
    expect(names('BATON ROUGE, La. — Emeryvile officials said nothing.')).toEqual([]);
  });
});

describe('short places and countries', () => {
  it('finds a letter typed into a four-letter place', () => {
    expect(names('DES MOINES, Iowa — He farms near Aimes with his sons.')[0]?.suggestions[0]).toBe(
      'Ames',
    );
    expect(
      names('HILO, Hawaii (AP) — Traffic on the highway from Hillo was slow.')[0]?.suggestions[0],
    ).toBe('Hilo');
  });

  it('knows countries, so a slip in one is offered back', () => {
    expect(names('Brazil and Argentia expanded their harvests.')[0]?.suggestions[0]).toBe(
      'Argentina',
    );
    expect(names('Troops left Afganistan in 2021.')[0]?.suggestions[0]).toBe('Afghanistan');
    expect(names('Trade with Bosnia and Herzegovina and Trinidad and Tobago grew.')).toEqual([]);
  });
});

describe('regions and neighbourhoods', () => {
  it('knows neighbourhoods and does not turn one compass region into another', () => {
    expect(
      names(
        'Crews in the East Bay and the South Bay worked through the night.',
        'Residents of Del Paso Heights and Del Paso met in Sacramento.',
        'The San Joaquin Valley had more rain than the Westside of Santa Barbara.',
      ),
    ).toEqual([]);
  });
});

describe('names that only look like near misses', () => {
  it('leaves a month and a surname alone in a Georgia story (Augusta, Sparks are in Georgia)', () => {
    expect(
      names(
        'FORT VALLEY, Ga. — Growers in Macon and Valdosta lost most of the crop.',
        'Packing sheds run from late May through August.',
        'The commissioner, Wendell Parks, toured orchards on Monday.',
      ),
    ).toEqual([]);
  });

  it('takes a plural of a known name for itself (“the South Hills”, not “South Hill”)', () => {
    expect(names('Some commuters from the South Hills gave up and went home.')).toEqual([]);
  });

  it('reads St., Ft. and Mt. names as the places GeoNames spells out, and fixes them as written', () => {
    expect(
      names('Leaders from St. Paul, Ft. Myers and Mt. Vernon met with the St. Paul City Council.'),
    ).toEqual([]);
    expect(names('The St. Pual council voted.')).toEqual([
      expect.objectContaining({ text: 'St. Pual', suggestions: ['St. Paul'] }),
    ]);
  });

  it('knows a name with a particle joined by an apostrophe (Coeur d’Alene)', () => {
    const all = proofreadBlocks(
      ["Schools in Spokane and Coeur d'Alene, Idaho, closed on Wednesday."],
      resources,
    ).flatMap((r) => r.findings);
    expect(all).toEqual([]);
  });
});

describe('closed compounds with everyday prefixes', () => {
  const spelling = (text: string) =>
    proofreadBlocks([text], resources)
      .flatMap((r) => r.findings)
      .filter((f) => f.kind === 'spelling')
      .map((f) => f.text);

  it('accepts telehealth, paratransit and midmorning', () => {
    expect(
      spelling('By midmorning the paratransit vans were running and telehealth lines were busy.'),
    ).toEqual([]);
  });

  it('still flags slips that split into a prefix and a word', () => {
    expect(spelling('The interpeter waited untill noon.')).toEqual(['interpeter', 'untill']);
  });
});

describe('regions, valleys and lakes (WordNet)', () => {
  it('knows them, so they are never flagged', () => {
    expect(
      names(
        'Boaters on Lake Mead and growers across the San Joaquin Valley watched the Pacific Northwest.',
        'Rain reached the Great Plains and the Gulf Coast, and Silicon Valley stayed dry.',
      ),
    ).toEqual([]);
  });

  it('offers them back for a slip', () => {
    const found = names(
      'Growers in the San Joaqin Valley said the level at Lake Meed fell again.',
      'Storms crossed the Pacfic Northwest.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['San Joaqin Valley', 'San Joaquin Valley'],
      ['Lake Meed', 'Lake Mead'],
      ['Pacfic Northwest', 'Pacific Northwest'],
    ]);
  });

  it('takes what people from a place are called for that place', () => {
    expect(
      names('South Korean and North Korean envoys met as Middle Eastern diplomats watched.'),
    ).toEqual([]);
  });
});

describe('regions abroad in a story about their country', () => {
  it('offers a province when the story names its country or another of its provinces', () => {
    const found = names(
      'ANTWERP, Belgium — Growers from Walonia and Flanders drove tractors into the port.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Walonia', 'Wallonia']]);
  });

  it('leaves the same word alone in a story set elsewhere', () => {
    // Without Belgium in the story, "Walonia" is an unknown name, as "Linde" is.
    expect(names('AMARILLO, Texas — Customers of Walonia Bakery lined up before dawn.')).toEqual(
      [],
    );
  });
});

describe('stories set abroad', () => {
  it('does not offer a US state or another country’s province in a story from Japan', () => {
    expect(
      names(
        'TOKYO (AP) — A strong earthquake shook western Japan on Sunday.',
        'Kansai Electric Power said its plants in Fukui prefecture were operating normally.',
      ),
    ).toEqual([]);
  });

  it('still offers a US state in a story that names one', () => {
    const found = names('Growers in Kansas and Kansai Electric Power customers in Nebraska.');
    expect(found.map((f) => f.suggestions[0])).toEqual(['Kansas']);
  });
});

describe('a story with several states', () => {
  it('holds a real place in a state it does not name to the states it does', () => {
    const found = names(
      'The bill adds disaster relief for North Carolina, Florida and Georgia.',
      'Senate Majority Leader John Thune, R-S.D., praised it.',
      'Sen. Elizabeth Warren, D-Mass., opposed it.',
      '“Families in Ashville are still living in campers,” said Sen. Thom Tillis, R-N.C.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Ashville', 'Asheville']]);
    expect(found[0]?.message).toContain('this story names');
    // Where the story names Ohio, Ashville, Ohio, is a real place.
    expect(
      names('Voters in Ohio and North Carolina. Families in Ashville said the road flooded.'),
    ).toEqual([]);
  });
});

describe('famous provinces and short names in phrases', () => {
  it('still offers a province the dictionary knows in a story about other countries', () => {
    const found = names(
      'In Europe, Germany’s DAX rose, and in Asia, Japan’s Nikkei fell on hopes of stimulus from Beijng.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Beijng', 'Beijing']]);
  });

  it('holds a short word of a phrase to one slip', () => {
    // The Alau River is in Nigeria; the Yalu River is two slips from it.
    expect(names('A dam on the Alau River burst after days of rain.')).toEqual([]);
    const found = names('Boaters crowded Lake Meed on Sunday.');
    expect(found.map((f) => f.suggestions[0])).toEqual(['Lake Mead']);
  });
});
