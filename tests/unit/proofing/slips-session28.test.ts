import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the 123rd probe (a transit levy in Milwaukee County, a monsoon flood in Tucson,
// houses falling into the surf on Hatteras Island, a teachers' strike in Portland), measured
// once as copy the checker had never seen, then written here in other words, with right uses
// of the same words beside them.

const { findings } = proofingCases();

describe('datelines and names in capitals', () => {
  it('fixes a place written in capitals in capitals', () => {
    expect(fixes(findings('PHEONIX, Ariz. — The heat broke records on Sunday.'))).toEqual([
      ['PHEONIX', 'PHOENIX'],
    ]);
  });

  it('takes a dateline town the story names again for that town, however small', () => {
    expect(
      findings(
        'RODANTHE, N.C. — The beach at Rodanthe closed on Friday.',
        'Rodanthe has a few hundred year-round residents.',
      ),
    ).toEqual([]);
  });
});

describe('places the story names', () => {
  it('offers the county the story names before a bigger one a letter away', () => {
    const found = findings(
      'Deputies in Pina County closed two roads.',
      'The Pima County sheriff said the roads would reopen Friday.',
    );
    expect(fixes(found)).toEqual([['Pina County', 'Pima County']]);
    expect(found[0]!.message).toContain('Pima County');
  });

  it('knows a place written with an apostrophe GeoNames leaves out', () => {
    expect(
      findings(
        "Diners in Walker's Point waited an hour.",
        "Exports from Côte d'Ivoire rose by a fifth.",
      ),
    ).toEqual([]);
  });

  it('holds a school named for a famous person to that name', () => {
    expect(fixes(findings('Students at Rosevelt High School walked out at noon.'))).toEqual([
      ['Rosevelt', 'Roosevelt'],
    ]);
    expect(
      findings(
        'The reading room at Robarts Library stays open late.',
        'She taught at Douglass Elementary for 20 years.',
      ),
    ).toEqual([]);
  });
});

describe('a name spelled two ways once each', () => {
  it('shows both when the dictionary knows one and the person is given the other', () => {
    const found = findings(
      'Marta Olmstead, who runs the clinic, was not surprised.',
      '"We saw this coming," Olmsted said.',
    );
    expect(fixes(found).sort()).toEqual([
      ['Olmstead', 'Olmsted'],
      ['Olmsted', 'Olmstead'],
    ]);
  });
});

describe('wrong words the probe missed', () => {
  it('finds rain written as reign, and keeps a reign', () => {
    expect(fixes(findings('Crews worked in the reign all night.'))).toEqual([
      ['in the reign', 'in the rain'],
    ]);
    expect(fixes(findings('Bring reign jackets to the game.'))).toEqual([
      ['reign jackets', 'rain jackets'],
    ]);
    expect(
      findings('In the reign of Queen Victoria, the line was built.', 'Her reign lasted decades.'),
    ).toEqual([]);
  });

  it('finds apart written as two words after an object', () => {
    expect(fixes(findings('The dispute kept the two families a part since 2019.'))).toEqual([
      ['kept the two families a part', 'kept the two families apart'],
    ]);
    expect(findings('They kept a part of the money.', 'She held them a part of the time.')).toEqual(
      [],
    );
  });

  it('finds calender, haring, want for what, buy for by and passed for past', () => {
    expect(fixes(findings('The school calender changes in June.'))).toEqual([
      ['calender', 'calendar'],
    ]);
    expect(fixes(findings('The board set a zoning haring for March.'))).toEqual([
      ['zoning haring', 'zoning hearing'],
    ]);
    expect(fixes(findings('Nobody knew want the council would do.'))).toEqual([
      ['knew want', 'knew what'],
    ]);
    expect(fixes(findings('The bridge should reopen buy spring, if the weather holds.'))).toEqual([
      ['buy spring', 'by spring'],
    ]);
    expect(fixes(findings('A canoe drifted passed the dock.'))).toEqual([
      ['drifted passed the', 'drifted past the'],
    ]);
    expect(
      findings(
        'The mill bought a new calender roll.',
        'Shoppers lined up to buy spring flowers.',
        'The bill passed the House.',
        'We know want ads still sell.',
      ),
    ).toEqual([]);
  });

  it('leaves passengers aboard a bus alone', () => {
    expect(
      findings('The bus slid off the road with no students aboard.', 'It had 30 workers aboard.'),
    ).toEqual([]);
    expect(fixes(findings('She studied aboard in Chile.'))).toEqual([
      ['studied aboard', 'studied abroad'],
    ]);
  });
});

describe('suggestions the probe ranked low', () => {
  it('offers night for nite, and a doubled consonant made single before a split', () => {
    expect(fixes(findings('The meeting ran past midnite.'))).toEqual([['midnite', 'midnight']]);
    expect(fixes(findings('The city set asside $2 million.'))).toEqual([['asside', 'aside']]);
    expect(fixes(findings('There was noone at the desk.'))).toEqual([['noone', 'no one']]);
  });
});
