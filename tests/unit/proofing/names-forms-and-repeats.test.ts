import { beforeAll, describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { proofreadBlocks, suggestionsFor } from '../../../shared/proofing/proofreader';
import type { ProofingResources } from '../../../shared/proofing/proofreader';
import type { Finding } from '../../../shared/proofing/types';

let resources: ProofingResources;
beforeAll(() => {
  resources = loadProofingResources();
}, 30_000);

function findings(...blocks: string[]): Finding[] {
  return proofreadBlocks(blocks, resources).flatMap((r) => r.findings);
}

describe('two places joined by a hyphen', () => {
  it('checks each place: “the Alabma-Mississippi line” is Alabama', () => {
    const [hit] = findings('Forecasters put the center near the Alabma-Mississippi line.');
    expect(hit).toMatchObject({ kind: 'name', text: 'Alabma', suggestions: ['Alabama'] });
    expect(findings('Trains on the Dallas-Fort Worth line ran late.')).toEqual([]);
  });

  it('leaves a double-barrelled surname after a first name alone', () => {
    expect(
      findings(
        'Evangelina Ruiz-Halvorsen, the chief of staff, said hiring was up.',
        'Ruiz-Halvorsen said the agency would keep training crews.',
      ),
    ).toEqual([]);
  });
});

describe('sentence starts', () => {
  it('judges an opener before a place of two words or more: it is no first name', () => {
    const [hit] = findings('Acros Lee County, thousands of families are in limbo.');
    expect(hit).toMatchObject({ kind: 'spelling', text: 'Acros' });
    expect(hit?.suggestions[0]).toBe('Across');
    // Before a surname it may be a first name.
    expect(findings('Acros Delgado said the county would help.')).toEqual([]);
  });

  it('flags a long word one slip from a dictionary word, not long surnames', () => {
    const [hit] = findings('Forcasters expected a surge of 4 to 7 feet.');
    expect(hit).toMatchObject({ kind: 'spelling', text: 'Forcasters' });
    expect(hit?.suggestions[0]).toBe('Forecasters');
    expect(
      findings(
        'Kalogeropoulos said the boiler could wait.',
        'Brancaleone said he would tie up the boat.',
        'Wickersham said the grid held.',
      ),
    ).toEqual([]);
  });
});

describe('repeated words', () => {
  it('“is is” and “had had” are judged by their neighbours', () => {
    const texts = (text: string): string[] => findings(text).map((f) => f.text);
    expect(texts('The first is is not expected until 2029.')).toEqual(['is is']);
    expect(texts('What it is is a mess.')).toEqual([]);
    expect(texts('The grid had had performed well.')).toEqual(['had had']);
    expect(texts('They had had enough of the heat.')).toEqual([]);
  });
});

describe('place names with marks', () => {
  it('knows Kihei and Kaanapali as AP writes them, and offers the plain spelling for a slip', () => {
    expect(findings('Hotels in Kaanapali and Kihei reopened.')).toEqual([]);
    expect(findings('Hotels in Kāʻanapali and Kīhei reopened.')).toEqual([]);
    const [hit] = findings('Shops in Kihie reopened.');
    expect(hit).toMatchObject({ kind: 'name', suggestions: ['Kihei'] });
  });
});

describe('names that are not variants of each other', () => {
  it('two dictionary names two slips apart, and a family name in the plural', () => {
    expect(
      findings(
        'Delta added routes to Europe, Africa and South America.',
        'America is the airline’s biggest market.',
        'The Tollefsruds plan to spend the winter in Arizona.',
        'Arvid Tollefsrud said the knees had decided it.',
      ),
    ).toEqual([]);
  });

  it('still flags one name spelled two ways', () => {
    const flagged = findings(
      'Tenant organizer Rosa Velazquez led the march.',
      'Velazquez said rents had doubled.',
      'Velasquez said the board ignored them.',
    ).filter((f) => f.kind === 'consistency');
    expect(flagged.map((f) => f.text)).toEqual(['Velasquez']);
  });
});

describe('closed compounds on a common word', () => {
  it('accepts bayfront, countywide and concertgoers; not a doubled letter', () => {
    expect(
      findings('Students walked from the bayfront; the countywide drill drew concertgoers.'),
    ).toEqual([]);
    expect(findings('The frontt door stayed shut.').map((f) => f.text)).toEqual(['frontt']);
  });
});

describe('the story’s state ranks the near misses', () => {
  it('“Waren” in an Ohio story is Warren first; AP’s spelled-out states count', () => {
    const [hit] = findings(
      'LORDSTOWN, Ohio — The plant added 400 jobs.',
      'She grew up in nearby Waren and works in Youngstown.',
    ).filter((f) => f.kind === 'name');
    expect(hit?.suggestions[0]).toBe('Warren');
    expect(hit?.message).toContain('“Warren”');
  });

  it('a place inside an institution’s name is not moved to the story’s state', () => {
    expect(
      findings(
        'NEWPORT, Ore. — Researchers at the Hatfield Marine Science Center climbed to the roof.',
        'Crews in Newport and Waldport checked the sirens.',
      ).filter((f) => f.kind === 'name'),
    ).toEqual([]);
  });
});

describe('suggestions keep the typed ending', () => {
  it('a typed plural s is kept: “Scientits” is Scientists, “geologits” geologists before geologist', () => {
    expect(suggestionsFor('Scientits', resources)[0]).toBe('Scientists');
    const geo = suggestionsFor('geologits', resources);
    expect(geo.indexOf('geologists')).toBeLessThan(geo.indexOf('geologist'));
  });
});

describe('names of more than one person', () => {
  it('does not take two first names with different surnames for one name', () => {
    expect(
      findings(
        'Jayson Tatum scored 31 points, and Jaylen Brown added 22.',
        'Jayson Tatum said the team got comfortable.',
      ),
    ).toEqual([]);
  });

  it('still flags a first name spelled two ways before one surname', () => {
    const found = findings(
      'Jayson Tatum scored 31 points.',
      'Jayson Tatum said the team got comfortable. Jaysen Tatum left early.',
    );
    expect(found.map((f) => [f.kind, f.text, f.suggestions[0]])).toEqual([
      ['consistency', 'Jaysen', 'Jayson'],
    ]);
  });

  it('knows the particles inside names', () => {
    expect(
      findings(
        'Commission President Ursula von der Leyen met Guillermo del Toro and Rafael van der Vaart.',
        'The painter Leonardo da Vinci was born near Florence.',
      ),
    ).toEqual([]);
    // Outside a name a particle is what it looks like.
    expect(findings('The mayor said der plan was ready.').map((f) => f.text)).toEqual(['der']);
  });
});

describe('people whose names are also places', () => {
  it('reads a name given an age or said to speak as a person', () => {
    expect(
      findings(
        'The county hired Shannon Mills, 45, to run the program.',
        '“We will be ready,” Garrett said.',
      ),
    ).toEqual([]);
    // A county or a company says things too.
    const [hit] = findings('PHOENIX (AP) — Maricpoa County said the count would take days.');
    expect(hit?.suggestions[0]).toBe('Maricopa County');
  });

  it('does not let a surname that is a town set the story’s state', () => {
    // Jenkins is a town in Kentucky only; Dalton is not in Kentucky, Dayton is.
    expect(
      findings(
        'The county hired Dalton Jenkins to run the program.',
        'Jenkins said the money would come next year.',
        '“We will be ready,” Dalton told the board.',
      ),
    ).toEqual([]);
  });

  it('does not offer a county for a surname outside the county’s state', () => {
    // Collingsworth County, Texas.
    expect(findings('The report was written by Maria Hollingsworth and her staff.')).toEqual([]);
  });
});

describe('long capitalized words', () => {
  it('flags one of twelve letters or more one slip from any dictionary word', () => {
    const [hit] = findings('The Japan Meteorlogical Agency issued no tsunami warning.');
    expect(hit).toMatchObject({ kind: 'spelling', text: 'Meteorlogical' });
    expect(hit?.suggestions[0]).toBe('Meteorological');
  });

  it('leaves a family named by a plural alone', () => {
    expect(findings('The Oppenheimers sold the house in 1962.')).toEqual([]);
  });
});

describe('closed compounds of news', () => {
  it('knows makers of things and bio- words', () => {
    expect(
      findings(
        'Shares of chipmakers rose, and drugmakers fell.',
        'Farmers were paid for biosecurity upgrades.',
      ),
    ).toEqual([]);
    // A slip is still a slip.
    expect(findings('The biosecurty rules changed.').map((f) => f.text)).toEqual(['biosecurty']);
  });
});

describe('names that are one swap from another name', () => {
  it('leaves a first name before a surname alone', () => {
    expect(findings('Argentina scored first on a header by Cristian Romero.')).toEqual([]);
  });

  it('still flags a swap in a place or nationality before another capital', () => {
    const found = findings(
      'Fans of the Baltimore Ravens or Huoston Texans watched.',
      'The Gila River Indain Community leased water.',
    );
    // The team is known by its full name, so the fix is the whole name.
    expect(found.map((f) => f.suggestions[0])).toEqual(['Houston Texans', 'Indian']);
  });

  it('does not take a phrase named for a person for a place', () => {
    expect(findings('She taught at Frederick Douglass High School for 31 years.')).toEqual([]);
  });
});
