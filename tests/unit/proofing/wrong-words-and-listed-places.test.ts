import { beforeAll, describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { proofreadBlocks } from '../../../shared/proofing/proofreader';
import type { ProofingResources } from '../../../shared/proofing/proofreader';
import type { Finding } from '../../../shared/proofing/types';
import { fixes } from '../../helpers/proofing-findings';

// Cases from a twenty-second probe (a wildfire, a city budget, a rivalry game), each written
// in other words than the probe's own.

let resources: ProofingResources;
beforeAll(() => {
  resources = loadProofingResources();
}, 30_000);

function findings(...blocks: string[]): Finding[] {
  return proofreadBlocks(blocks, resources).flatMap((r) => r.findings);
}

describe('wrong words spelled right, from a twenty-second probe', () => {
  it('flags each confusion with the right word', () => {
    const found = findings(
      'Pack you’re bags. It’s roof was gone, and you could sea smoke.',
      'We no what happened in homes were the power was out.',
      'Gusts reached up too 60 mph when Coach Dana Ruiz choose to punt.',
      'Fans gave there voices to a team whose defensive lien held.',
    );
    expect(fixes(found)).toEqual([
      ['you’re', 'your'],
      ['It’s', 'Its'],
      ['sea', 'see'],
      ['no', 'know'],
      ['were', 'where'],
      ['too', 'to'],
      ['choose', 'chose'],
      ['there', 'their'],
      ['lien', 'line'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'It’s what is best, you’re right, and it’s been a year. It’s time is what matters?',
        'Boats went out to sea. The sea was calm. No one knew; there was no way.',
        'Schools were closed and buses were parked. What they were doing was legal.',
        'People choose to stay. Why did Dana Ruiz choose to punt? I choose to stay.',
        'Are there children inside? Is there money left? A tax lien was filed. Me too.',
      ),
    ).toEqual([]);
  });
});

describe('places, from a twenty-second probe', () => {
  it('reads a slip before a state as a region word, not a company before its state', () => {
    const found = findings(
      'BEND, Ore. — Smoke drifted across Centrl Oregon and Nothern California.',
      'Entergy Arkansas and Ameren Missouri restored power.',
    );
    expect(fixes(found)).toEqual([
      ['Centrl', 'Central'],
      ['Nothern', 'Northern'],
    ]);
  });

  it('reads a slip before a numeral as the everyday word', () => {
    expect(fixes(findings('They reached the Divison II final. King Henry VIII ruled.'))).toEqual([
      ['Divison', 'Division'],
    ]);
  });

  it('does not take a famous place in a name for a slip of another', () => {
    expect(findings('The Phoenix City Council met in Central Oregon.')).toEqual([]);
    expect(fixes(findings('The Pittsburg Steelers won.'))).toEqual([
      ['Pittsburg Steelers', 'Pittsburgh Steelers'],
    ]);
  });

  it('checks a four-letter place listed with places of one state, and nowhere else', () => {
    const found = findings(
      'Killeen, Wako and Temple added jobs.',
      'Witnesses named Smith, Rena and Jones.',
    );
    expect(fixes(found)).toEqual([['Wako', 'Waco']]);
  });

  it('knows a surname that opens with two particles', () => {
    expect(findings('“Leave now,” van der Berg said, and de la Garza agreed.')).toEqual([]);
  });
});

describe('from a twenty-third probe', () => {
  it('flags more wrong words, each with the right one', () => {
    const found = findings(
      'Crews told people to stay hone, and they left after there boiler failed.',
      'Rain eases the drought but never ends it’s. Board members kept sighting concerns.',
      'Inspectors visit ever school; heath care costs rose, and loan credit’s are due.',
      'They need money too build it; senators past the bill, prices have fell, sales had went',
      'down and the mill, which employees 120 people, closed.',
    );
    expect(fixes(found)).toEqual([
      ['hone', 'home'],
      ['there', 'their'],
      ['it’s', 'it'],
      ['sighting', 'citing'],
      ['ever', 'every'],
      ['heath', 'health'],
      ['credit’s', 'credits'],
      ['too', 'to'],
      ['past', 'passed'],
      ['fell', 'fallen'],
      ['went', 'gone'],
      ['employees', 'employs'],
    ]);
  });

  it('leaves them alone where they are right', () => {
    expect(
      findings(
        'Players hone their skills. From there officials drove home. After there were delays,',
        'the company’s for-profit arm grew, and it’s for you. Heath Ledger won. The heath was dry.',
        'Voters past the age of 65 may vote by mail. Actors have bit parts. Whatever it’s worth,',
        'the 40 employees 45 and older kept working. It’s the best time ever.',
      ),
    ).toEqual([]);
  });

  it('catches a seven-letter slip of a place the story names twice', () => {
    const found = findings(
      'BUFFALO, N.Y. — Snow fell on Buffalo and its suburbs; Buffalo schools closed.',
      'Plows cleared the city of Bufallo by noon.',
    );
    expect(fixes(found)).toEqual([['Bufallo', 'Buffalo']]);
  });

  it('reads a slip before a nationality after an article as a word, not a first name', () => {
    expect(fixes(findings('She is the first Indain American judge in the county.'))).toEqual([
      ['Indain', 'Indian'],
    ]);
  });
});

describe('from a twenty-fourth probe', () => {
  it('flags more wrong words, each with the right one', () => {
    const found = findings(
      'The rule takes affect in May and restores the rites of tenants for at lease a year.',
      'A faulty censor tripped. Crews would rather fix it now then wait; nobody is effected.',
      'Storms grew faster than forecasters predicated and strained the power grind.',
      'The lander sat on it’s legs; crews got use to delays after guitar lesions.',
      'The best know of them will preform, and the hearing will be hold Monday.',
    );
    expect(fixes(found)).toEqual([
      ['affect', 'effect'],
      ['rites', 'rights'],
      ['lease', 'least'],
      ['censor', 'sensor'],
      ['then', 'than'],
      ['effected', 'affected'],
      ['predicated', 'predicted'],
      ['grind', 'grid'],
      ['it’s', 'its'],
      ['use', 'used'],
      ['lesions', 'lessons'],
      ['know', 'known'],
      ['preform', 'perform'],
      ['hold', 'held'],
    ]);
  });

  it('leaves them alone where they are right', () => {
    expect(
      findings(
        'The last rites of the church and a rite of passage. At lease signing, the tenant paid.',
        'The censor cut the film. He would rather wait, and then decide. The firm effected a',
        'change; profits were predicated on growth. It’s on its stand, for it’s worth noting.',
        'Those who best know the area agree. As you well know, it works. Bottle preforms are',
        'molded. They were told to hold on, and the use to which it is put matters.',
      ),
    ).toEqual([]);
  });

  it('suggests no rewording inside a direct quotation, and still does outside one', () => {
    const found = findings(
      '“We acted in order to protect children,” the judge said.',
      'The state acted in order to comply. “It’s a free gift,” he said of the irregardless',
      'clause, adding, “The end result is the same.”',
    );
    expect(fixes(found)).toEqual([
      ['in order to', 'to'],
      ['irregardless', 'regardless'],
    ]);
  });
});

describe('from a twenty-fifth probe', () => {
  it('checks each name of a list of counties as a county of the others’ state', () => {
    const found = findings(
      'CHICO, Calif. — Orchards in Tehama, Glen and Butte counties flooded.',
      'Rain fell on Cook, DuPage and Lake counties and on Lafayette and Vermillion parishes.',
    );
    expect(fixes(found)).toEqual([
      ['Glen', 'Glenn'],
      ['Vermillion', 'Vermilion'],
    ]);
  });

  it('flags more wrong words, each with the right one', () => {
    const found = findings(
      'Growers were told too expect less; clinics offer prenatal car.',
      'It’s chief executive said the road could close for ours.',
    );
    expect(fixes(found)).toEqual([
      ['too', 'to'],
      ['car', 'care'],
      ['It’s', 'Its'],
      ['ours', 'hours'],
    ]);
  });

  it('leaves them alone where they are right', () => {
    expect(
      findings(
        'A child car seat sat in the hospital car park. It’s workers who pay the price.',
        'The win was ours, and their team and ours are close. It was too close to call.',
      ),
    ).toEqual([]);
  });
});

describe('from a twenty-sixth probe', () => {
  it('flags more wrong words, each with the right one', () => {
    const found = findings(
      'Towns risk loosing ground, and the pervious plan failed; water rose close to there doors.',
      'About 12,000 costumers lost power, and we may loose more.',
    );
    expect(fixes(found)).toEqual([
      ['loosing', 'losing'],
      ['pervious', 'previous'],
      ['there', 'their'],
      ['costumers', 'customers'],
      ['loose', 'lose'],
    ]);
  });

  it('leaves them alone where they are right', () => {
    expect(
      findings(
        'The pervious pavement drained. A cafe close to there last year closed.',
        'The bolt was not loose enough, so they let it loose. The costumers sewed gowns.',
      ),
    ).toEqual([]);
  });

  it('reads a slip after a storm word as a given name’s, and a tunnel’s head', () => {
    const found = findings(
      'Roads flooded after Hurricane Katrna.',
      'Traffic stopped at the Eisenhower Tunel.',
    );
    expect(found.map((f) => f.text)).toEqual(['Katrna', 'Tunel']);
    expect(found[0]!.suggestions).toContain('Katrina');
    expect(found[1]!.suggestions[0]).toBe('Tunnel');
  });
});

describe('from a twenty-seventh probe', () => {
  it('flags more wrong words, each with the right one', () => {
    const found = findings(
      'The board lowered it’s forecast, as economists had excepted.',
      'Families working aboard sent less. There is room for two more cut’s.',
      'They scored the finale 10 points in three year.',
      'They took the forth quarter and, two plays latter, went ahead for god.',
      'It was its worse season, and collage football drew crowds after the rule was introduce.',
    );
    expect(fixes(found)).toEqual([
      ['it’s', 'its'],
      ['excepted', 'expected'],
      ['aboard', 'abroad'],
      ['cut’s', 'cuts'],
      ['finale', 'final'],
      ['year', 'years'],
      ['forth', 'fourth'],
      ['latter', 'later'],
      ['god', 'good'],
      ['worse', 'worst'],
      ['collage', 'college'],
      ['introduce', 'introduced'],
    ]);
  });

  it('leaves them alone where they are right', () => {
    expect(
      findings(
        'Officials reported it’s unsafe. Two members were excepted from the rule. They lived',
        'aboard a boat. The latter option won. Back and forth they went. It had a worse record',
        'than last year. Report cards are due; this is cause for concern in the 2029–30 season,',
        'when 85 percent of charge nurses are paid. The season finale aired.',
      ),
    ).toEqual([]);
  });

  it('reads “axe” as AP style, not a misspelling, and leaves a trophy’s name alone', () => {
    const found = findings('They carried the axe to midfield to keep Paul Bunyan’s Axe.');
    expect(found.map((f) => [f.kind, f.text, f.suggestions[0]])).toEqual([['style', 'axe', 'ax']]);
  });
});

describe('from the twenty-eighth and twenty-ninth probes', () => {
  it('flags more wrong words, each with the right one', () => {
    const found = findings(
      'Crews plan too pump sand along it’s shore, the Army Core of Engineers said.',
      'Neighbors who pay’s for parking met for 45 minuets after Mondays meeting.',
      'Critics doubt their affect on prices and ask why their doing it.',
      'Yields fell well bellow average, and income could drops; the mill will watches costs.',
    );
    expect(fixes(found)).toEqual([
      ['too', 'to'],
      ['it’s', 'its'],
      ['Core', 'Corps'],
      ['pay’s', 'pays'],
      ['minuets', 'minutes'],
      // (Curly, as the paragraph's own apostrophe is.)
      ['Mondays', 'Monday’s'],
      ['affect', 'effect'],
      ['their', 'they’re'.replace('’', "'")],
      ['bellow', 'below'],
      ['drops', 'drop'],
      ['watches', 'watch'],
    ]);
  });

  it('leaves them alone where they are right', () => {
    expect(
      findings(
        'Officials said their working conditions improved, citing their right to vote.',
        'He could focus, will always win, may sometimes rest and could bias no one.',
        'Everyone knows who everyone’s watching. Take Mondays off. The core of the plan held.',
        'A bull will bellow. That company’s profits rose.',
      ),
    ).toEqual([]);
  });

  it('writes “forever” as one word, as AP does', () => {
    const found = findings('We cannot outrun the ocean for ever.');
    expect(found.map((f) => [f.kind, f.suggestions[0]])).toEqual([['style', 'forever']]);
  });
});

describe('a surname that is an everyday word', () => {
  it('holds another spelling of it to it, and is never flagged itself', () => {
    const found = findings(
      'The team won, Minnesota coach P.J. Fleck said on Saturday.',
      'Flek said the seniors had earned it.',
    );
    expect(fixes(found)).toEqual([['Flek', 'Fleck']]);
    expect(
      findings('Dana Hart said the plan works.', 'Tom Hurt said it does not. Hurt works nights.'),
    ).toEqual([]);
  });
});
