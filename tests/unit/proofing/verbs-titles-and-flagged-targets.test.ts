import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Cases from a thirty-fourth probe (a tornado outbreak, a hospital merger, a slow count),
// each written in other words than the probe's own.

const { findings } = proofingCases();

describe('wrong words spelled right, from a thirty-fourth probe', () => {
  it('flags each confusion with the right word', () => {
    const found = findings(
      'Winds tore threw the town. Three people dyed overnight. He road out the storm.',
      'Power may be out for a weak. Crews cleared downed tress near the birth place of jazz.',
      'The city opened shelter’s in two gyms. Clinics offer cancer car. She would led it.',
      'Prices often raise after a merger. It could lead too layoffs. Mayor Ruiz sad that.',
      'A state law that bares clerks. Count the male ballots. Lawmakers have tide the change.',
      'Its tedious work. He urged patients. The two sides..',
    );
    expect(fixes(found)).toEqual([
      ['threw', 'through'],
      ['dyed', 'died'],
      ['road', 'rode'],
      ['weak', 'week'],
      ['tress', 'trees'],
      ['birth place', 'birthplace'],
      ['shelter’s', 'shelters'],
      ['car', 'care'],
      ['led', 'lead'],
      ['raise', 'rise'],
      ['too', 'to'],
      ['sad', 'said'],
      ['bares', 'bars'],
      ['male', 'mail'],
      ['tide', 'tied'],
      ['Its', "It's"],
      ['patients', 'patience'],
      ['..', '.'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'Red dyed hair. The road out of town. A weak economy. She led it. Will Ruiz took the ball.',
        'May Lee won. The shelter’s in Clarksdale. Its time in office was short. Doctors have patients.',
        'Rates could raise money. Fire Forces met. Wait... no. Too many came; it led too far.',
      ),
    ).toEqual([]);
  });
});

describe('names, from a thirty-fourth probe', () => {
  it('reads a name after a county official’s title as a person', () => {
    expect(findings('Coahoma County Coroner Scotty Meredith spoke.')).toEqual([]);
  });

  it('holds no slip to another slip of the same place', () => {
    const story = ['Storms hit west Tennesee overnight.', 'In Tennesse, crews worked.'];
    expect(fixes(findings(...story))).toEqual([
      ['Tennesee', 'Tennessee'],
      ['Tennesse', 'Tennessee'],
    ]);
  });
});

// Cases from a thirty-fifth probe (an obituary, a voucher ruling, empty offices), in other
// words than the probe's own.
describe('wrong words spelled right, from a thirty-fifth probe', () => {
  it('flags each confusion with the right word', () => {
    const found = findings(
      'A lumbar mill closed. Snow was rear here. Civil Right Act. She dies in 2015.',
      'It overstepped it’s authority. The mall will house shop’s. They cannot right into law.',
      'A reading of the statue. The law suit lacks over sight. Whats next?',
      'He moved hundred of them. The budget gab grew. We tried to lour them and pay are rent.',
      'It will make the streets fell safe.',
    );
    expect(fixes(found)).toEqual([
      ['lumbar', 'lumber'],
      ['rear', 'rare'],
      ['Right', 'Rights'],
      ['dies', 'died'],
      ['it’s', 'its'],
      ['shop’s', 'shops'],
      ['right', 'write'],
      ['statue', 'statute'],
      ['law suit', 'lawsuit'],
      ['over sight', 'oversight'],
      ['Whats', "What's"],
      ['hundred', 'hundreds'],
      ['gab', 'gap'],
      ['lour', 'lure'],
      ['are', 'our'],
      ['fell', 'feel'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'Lumbar pain. The rear door. He dies in the film. A statue of Lee. A hundred of them.',
        'Who will right the ship? See whats-new on the site, a gab session.',
        'The tree fell. Prices fell sharply.',
      ),
    ).toEqual([]);
  });
});

describe('names and places, from a thirty-fifth probe', () => {
  it('puts back a place’s last s where a place goes, before a place one letter off', () => {
    expect(fixes(findings('He studied in Athen for a year.'))).toEqual([['Athen', 'Athens']]);
  });

  it('gives a company an apostrophe before what it owns, not before a verb', () => {
    expect(fixes(findings('It is home to Intels largest plant. Toyotas sold well.'))).toEqual([
      ['Intels', "Intel's"],
    ]);
  });

  it('holds an everyday word used once to the name the story uses three times', () => {
    const story = [
      'Malcolm R. Hatcher, a former mayor, died.',
      'Hatcher, a Democrat, won twice. His son, Ray Hatcher Jr., spoke.',
      'Hatchet served two terms.',
    ];
    expect(fixes(findings(...story))).toEqual([['Hatchet', 'Hatcher']]);
  });
});

// Cases from a thirty-sixth probe (a drought sell-off, weekend subway closures), measured
// once before these rules, in other words than the probe's own.
describe('wrong words spelled right, from a thirty-sixth probe', () => {
  it('flags each confusion with the right word', () => {
    const found = findings(
      'We knew its bad. Hang unto the rail. The Draught Monitor says so. Crews had to hall water.',
      'Prices have climb. Its slaughter wait fell. Keep the bets ones. The amount of riders fell.',
      'Service is the key too winning riders. She singed the bill. We had planed to go.',
      'Bikes will be aloud. Ask them to due so. They sold 500 heads of cattle. The office manger quit.',
      'Busses ran late. The trail ends at Harper Ferry, W.Va.',
    );
    expect(fixes(found)).toEqual([
      ['its', "it's"],
      ['unto', 'onto'],
      ['Draught', 'Drought'],
      ['hall', 'haul'],
      ['climb', 'climbed'],
      ['wait', 'weight'],
      ['bets', 'best'],
      ['amount', 'number'],
      ['too', 'to'],
      ['singed', 'signed'],
      ['planed', 'planned'],
      ['aloud', 'allowed'],
      ['due', 'do'],
      ['heads', 'head'],
      ['manger', 'manager'],
      ['Busses', 'Buses'],
      ['Harper Ferry', 'Harpers Ferry'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'Its right to sue stands; its worth is clear. The town hall met.',
        'They have help from the state. We wait. He bets on horses. She read it aloud.',
        'It singed her hair. He planed the board down. Due process is owed to due diligence.',
        'The manger scene. Heads of state met. A large amount of money. We are too tired, waiting.',
      ),
    ).toEqual([]);
  });
});

describe('a past form after “have to”, “going to” and their kin, from a thirty-ninth probe', () => {
  it('offers the plain verb', () => {
    const found = findings(
      'The county voted to gave the land back. Riders had to spent the night in the station.',
      'The city is trying to brought in more buses, and officials plan to went ahead.',
    );
    expect(fixes(found)).toEqual([
      ['gave', 'give'],
      ['spent', 'spend'],
      ['brought', 'bring'],
      ['went', 'go'],
    ]);
  });

  it('leaves a past form that describes a noun alone', () => {
    expect(
      findings(
        'The utility agreed to spent-fuel storage and plans to spent fuel casks next year.',
        'Workers are going to paid leave; the gap is due to lost revenue.',
        'She has to give notice, and they went to the polls after they had to wait.',
      ),
    ).toEqual([]);
  });
});

describe('“its” where “it’s” is meant, from a thirty-ninth probe', () => {
  it('reads “its” before gone, got, getting, also and never as “it’s”', () => {
    const found = findings(
      'When its gone, the town has nothing. Its got a new roof, and its also paid for.',
      'The council said its getting late, and its never been cheaper.',
    );
    expect(fixes(found)).toEqual([
      ['its', "it's"],
      ['Its', "It's"],
      ['its', "it's"],
      ['its', "it's"],
      ['its', "it's"],
    ]);
  });

  it('leaves the possessive alone', () => {
    expect(findings('The board ended its never-ending debate over its budget.')).toEqual([]);
  });
});

describe('a surname said once without its s, from a thirty-ninth probe', () => {
  it('holds “Field said” to the Paula Fields the story names', () => {
    const found = findings(
      'Superintendent Paula Fields told the board the plan would save money.',
      'Field said the savings would pay for reading specialists.',
      'Fields said the vote was hard.',
    );
    expect(found.map((f) => [f.kind, f.text, f.suggestions[0]])).toEqual([
      ['consistency', 'Field', 'Fields'],
    ]);
  });

  it('leaves a family’s plural, and plural words opening a sentence, alone', () => {
    expect(
      findings(
        'Officer John Smith said the family would stay. The Smiths said they would sell.',
        'Officials said the plan was set. Parents said the bus rides were long.',
        'Coach Dana Rivers said the team was ready. Rivers said the gym was full.',
      ),
    ).toEqual([]);
  });
});

describe('“to” where “too” is meant, from a thirty-eighth probe', () => {
  it('reads “to” before a word of degree that ends its phrase as “too”', () => {
    const found = findings(
      'It was to early to know what started the fire. The fare is to expensive, riders say.',
      'Officials said there were to many to count.',
    );
    expect(fixes(found)).toEqual([
      ['to', 'too'],
      ['to', 'too'],
      ['to', 'too'],
    ]);
  });

  it('leaves “to” before a noun, in a range, and before “and” alone', () => {
    expect(
      findings(
        'The district moved to early voting. Prices went from early to late.',
        'The park is open to young and old alike, and grants go to big and small firms.',
        'She spoke to many, including the mayor, and listened to much of it.',
      ),
    ).toEqual([]);
  });
});

describe('a count with its noun left singular, from a thirty-ninth probe', () => {
  it('offers the plural', () => {
    const found = findings(
      'The district will move about 900 student into newer buildings.',
      'Police said two officer were hurt, and the storm destroyed 40 home.',
    );
    expect(fixes(found)).toEqual([
      ['student', 'students'],
      ['officer', 'officers'],
      ['home', 'homes'],
    ]);
  });

  it('leaves one, a count before another noun, and a year alone', () => {
    expect(
      findings(
        'A 900 student school opened, and 1 student was hurt.',
        'Two student athletes spoke. Three family members were hurt.',
        'The 2024 student loans were forgiven. The race covered 26.2 miles.',
      ),
    ).toEqual([]);
  });
});
