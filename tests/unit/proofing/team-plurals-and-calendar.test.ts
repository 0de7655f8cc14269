import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Cases from a thirty-third probe (a title game, Inland Empire warehouses, Vermont dairies),
// each written in other words than the probe's own.

const { findings } = proofingCases();

describe('capitalized slips of words, from a thirty-third probe', () => {
  it('reads a plural a letter off after an article as the plural', () => {
    expect(fixes(findings('The Buldogs won, and the Broncoes lost.'))).toEqual([
      ['Buldogs', 'Bulldogs'],
      ['Broncoes', 'Broncos'],
    ]);
    // A family's name differs by a replaced letter, not a dropped one.
    expect(findings('The Cullens and the Hendersons moved in.')).toEqual([]);
  });

  it('reads a month or a weekday a letter off as that word, not before a surname', () => {
    expect(fixes(findings('Sales rose in Septmber and on Wednsday.'))).toEqual([
      ['Septmber', 'September'],
      ['Wednsday', 'Wednesday'],
    ]);
    expect(findings('A coach, Augusto Ruiz, spoke in August.')).toEqual([]);
  });

  it('reads a dateline’s ST. as Saint', () => {
    expect(findings('ST. ALBANS, Vt. — Milk prices fell.')).toEqual([]);
  });

  it('takes no town abroad for the place meant in a US story', () => {
    expect(fixes(findings('Jobs fell in Fontana and Morena Valley, Calif.'))).toEqual([
      ['Morena Valley', 'Moreno Valley'],
    ]);
  });
});

describe('wrong words spelled right, from a thirty-third probe', () => {
  it('flags each confusion with the right word', () => {
    const found = findings(
      'Crews came to sit up the stage. We gave are hearts. I am so prod of them.',
      'He was sacked for times. Brokers says rents fell. Locale officials met.',
      'The diary farms closed. Nothing like it has scene before. My farther farmed.',
      'Phosphorous runoff grew. Little is lift of the barn. Prices are set threw a formula.',
      'The firm kept it’s plants open, and alot of people came.',
    );
    expect(fixes(found)).toEqual([
      ['sit', 'set'],
      ['are', 'our'],
      ['prod', 'proud'],
      ['for', 'four'],
      ['says', 'say'],
      ['Locale', 'Local'],
      ['diary', 'dairy'],
      ['scene', 'seen'],
      ['farther', 'father'],
      ['Phosphorous', 'Phosphorus'],
      ['lift', 'left'],
      ['threw', 'through'],
      ['it’s', 'its'],
      ['alot', 'a lot'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'Please sit up straight. Are hearts healthy? He is a prod to act.',
        'Ask for times and places. The locale was lovely. Her diary was found.',
        'The scene was calm; a scene of joy. He walked farther from town.',
        'The lift broke. Phosphorous compounds glow. The mayor says no.',
      ),
    ).toEqual([]);
  });
});

describe('American spelling and decades, from a thirty-third probe', () => {
  it('suggests AP’s forms, once for each word', () => {
    expect(
      fixes(findings('Labour costs rose in the low 30’s, rumours said, and labourers left.')),
    ).toEqual([
      ['Labour', 'Labor'],
      ['30’s', '30s'],
      ['rumours', 'rumors'],
      ['labourers', 'laborers'],
    ]);
  });

  it('leaves the names and other words alone', () => {
    expect(findings('The Labour Party met. Four hours of flour; a tour of the harbor.')).toEqual(
      [],
    );
  });
});

describe('words run together', () => {
  it('offers the two words first', () => {
    expect(fixes(findings('It took alot of work, infact, and eachother helped.'))).toEqual([
      ['alot', 'a lot'],
      ['infact', 'in fact'],
      ['eachother', 'each other'],
    ]);
  });
});

describe('eggcorns and confused pairs', () => {
  it('flags each with the phrase meant', () => {
    const found = findings(
      'Lawyers poured over the records. Storms wreck havoc. It did not phase him.',
      'The city waved the fees and he excepted the offer. She slammed on the breaks.',
      'The school principle resigned after a breech of contract. Hoards of fans waited.',
      'We make due. It is a mute point. Legal council objected. City counsel met.',
      'Eminent danger, a grizzly murder and coal minors. A plain crash. They fell pray to it.',
      'Homes for sell. I wander if it works. Seek legal advise. The bear minimum.',
    );
    expect(fixes(found)).toEqual([
      ['poured', 'pored'],
      ['wreck', 'wreak'],
      ['phase', 'faze'],
      ['waved', 'waived'],
      ['excepted', 'accepted'],
      ['breaks', 'brakes'],
      ['principle', 'principal'],
      ['breech', 'breach'],
      ['Hoards', 'Hordes'],
      ['due', 'do'],
      ['mute', 'moot'],
      ['council', 'counsel'],
      ['counsel', 'council'],
      ['Eminent', 'Imminent'],
      ['grizzly', 'grisly'],
      ['minors', 'miners'],
      ['plain', 'plane'],
      ['pray', 'prey'],
      ['sell', 'sale'],
      ['wander', 'wonder'],
      ['advise', 'advice'],
      ['bear', 'bare'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'He has flair. Peddle drugs. We waved goodbye. Except the mayor, all came. He wandered off.',
        'The principle of law. The naval base. Plain speech. Break the law. A cord of wood.',
        'A grizzly bear. Legal advisers advise them. Bear arms. The storm was a wreck.',
      ),
    ).toEqual([]);
  });
});

describe('confused pairs inside names', () => {
  it('leaves an organization’s own name alone', () => {
    expect(
      findings('The Natural Resources Defense Council sued. The General Council met.'),
    ).toEqual([]);
  });
});

describe('wrong words from the last probe', () => {
  it('flags each with the word meant', () => {
    const found = findings(
      'Work is expected to being in May. He tolled the board. Services in stead of jail.',
      'The bored voted. A mental heath unit opened. They took a step backwards.',
    );
    expect(fixes(found)).toEqual([
      ['being', 'begin'],
      ['tolled', 'told'],
      ['in stead', 'instead'],
      ['bored', 'board'],
      ['heath', 'health'],
      ['backwards', 'backward'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings('Bells tolled the hour. He was bored. The heath was purple. Mary Heath spoke.'),
    ).toEqual([]);
  });
});
