import { describe, expect, it } from 'vitest';
import { Proofreader } from '../../../shared/proofing/proofreader';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Cases from the thirtieth and thirty-first probes (a river diversion, a steel contract, a
// river's water; Front Range water, a jail death, Hill Country quarries), each written in
// other words than the probe's own.

const { findings, resources } = proofingCases();

describe('wrong words spelled right, from a thirtieth probe', () => {
  it('flags each confusion with the right word', () => {
    const found = findings(
      'Trout could dye off in the heat; the bass dyed off last year.',
      'Tenants were scarred to death. He runs a bate shop and sells live bate.',
      'Voters will weight for the results. The bass salary is low.',
      'She got a singing bonus. The measure was past unanimously.',
      'Bring a peace of paper. Hundreds of thousand lost power.',
      'It is the nation’s larges refinery. Growers said there biggest worry was frost.',
      'Floods ruined there crops. Critics doubt it’s benefits will last.',
    );
    expect(fixes(found)).toEqual([
      ['dye', 'die'],
      ['dyed', 'died'],
      ['scarred', 'scared'],
      ['bate', 'bait'],
      ['bate', 'bait'],
      ['weight', 'wait'],
      ['bass', 'base'],
      ['singing', 'signing'],
      ['past', 'passed'],
      ['peace', 'piece'],
      ['thousand', 'thousands'],
      ['larges', 'largest'],
      ['there', 'their'],
      ['there', 'their'],
      ['it’s', 'its'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'The wool was dyed in Peru. His hands were scarred by the fire.',
        // "adjusted to weight for age" and "a peace of sorts" are questioned by the
        // sound-alike check (context-slips.test.ts, its known limits).
        'The survey carries more weight for older voters. A bass player sang; the choir kept singing.',
        'The deadline is past. The peace of the valley held, and several thousand marched.',
        'He was there first. Out there children play. Get there early.',
      ),
    ).toEqual([]);
  });
});

describe('short places and dropped letters, from a thirtieth probe', () => {
  it('reads a four-letter state with two letters swapped as the state', () => {
    expect(
      fixes(findings('Trucks cross at the Nevada-Utha line.', 'She moved from Iwoa.')),
    ).toEqual([
      ['Utha', 'Utah'],
      ['Iwoa', 'Iowa'],
    ]);
  });

  it('reads a four-letter slip where a place goes as a place the story keeps naming', () => {
    const story = [
      'Farmers in Yuma say water is short.',
      'Yoma-area growers met at the Yuma fairgrounds.',
    ];
    expect(fixes(findings(...story))).toEqual([['Yoma', 'Yuma']]);
    // Named once, the place is no reason to doubt a name: "Yoma" stays a name.
    expect(findings('Yoma-area growers met in Yuma.')).toEqual([]);
    expect(findings('They met Kahn and Lenz in Yuma. Yuma is hot.')).toEqual([]);
  });

  it('puts back the last s of a place of two words', () => {
    expect(
      fixes(findings('The case is in court in New Orlean.', 'He drove to Des Moine.')),
    ).toEqual([
      ['New Orlean', 'New Orleans'],
      ['Des Moine', 'Des Moines'],
    ]);
    // Without the s the last word is a word: it may be meant.
    expect(findings('They drove to Palm Spring.')).toEqual([]);
  });
});

describe('suggestions ranked by the story, from a thirtieth probe', () => {
  it('offers an everyday word before a name for a word typed in lowercase', () => {
    expect(fixes(findings('The church sits in a rural parrish.'))).toEqual([['parrish', 'parish']]);
  });

  it('offers a name after a storm word', () => {
    expect(fixes(findings('Hurricane Harvy flooded homes.'))).toEqual([['Harvy', 'Harvey']]);
  });

  it('offers the name the story uses for a slip of it, in a deferred check too', () => {
    const story = [
      '“We stay,” said Dana Cooper, a ranger.',
      'Coopper said the trail would reopen.',
    ];
    expect(fixes(findings(...story))).toEqual([['Coopper', 'Cooper']]);
    const deferred = new Proofreader(resources(), { deferSuggestions: true });
    const filled = deferred.fillSuggestions(deferred.check(story));
    expect(fixes(filled.flatMap((r) => r.findings))).toEqual([['Coopper', 'Cooper']]);
  });
});

describe('wrong words spelled right, from a thirty-first probe', () => {
  it('flags each confusion with the right word', () => {
    const found = findings(
      'He was warned three time before. Inmates said they could not breath.',
      'Guards slammed his sell door and stayed over night.',
      'Lawmakers have not acted one the bill. We came for the quite.',
      'Officials have know authority here. Crews paved the excess road last moth.',
      'Fees have past $40,000. It is one of the busiest airport in the state.',
      'The new rule’s will raise costs.',
    );
    expect(fixes(found)).toEqual([
      ['time', 'times'],
      ['breath', 'breathe'],
      ['sell', 'cell'],
      ['over night', 'overnight'],
      ['one', 'on'],
      ['quite', 'quiet'],
      ['know', 'no'],
      ['excess', 'access'],
      ['moth', 'month'],
      ['past', 'passed'],
      ['airport', 'airports'],
      ['rule’s', 'rules'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'It was the first time in years. Take a deep breath of air.',
        'Stores sell doors and windows. A moth flew in. He was quite sure.',
        'It is one of the best known in town, one of the most visited in Ohio.',
        'The people’s will prevail. The nation’s will to fight is strong.',
        'The storm is past. We know one thing.',
      ),
    ).toEqual([]);
  });
});

describe('names and compounds, from a thirty-first probe', () => {
  it('holds an everyday word said once to the name the story gives a first name', () => {
    const story = ['“It is dry,” said Kevin Reidy, a specialist.', '“It rains,” Ready said.'];
    expect(fixes(findings(...story))).toEqual([['Ready', 'Reidy']]);
    // A coach named in full with the everyday spelling still holds the other to it.
    expect(fixes(findings('Coach P.J. Fleck said they won.', '“We won,” Flek said.'))).toEqual([
      ['Flek', 'Fleck'],
    ]);
  });

  it('knows a closed compound on "builders"', () => {
    expect(findings('Homebuilders and shipbuilders say homebuilding is slow.')).toEqual([]);
  });
});

describe('verbs and other wrong words, from a thirty-second probe', () => {
  it('flags each confusion with the right word', () => {
    const found = findings(
      'The city would gave up fares. Crews have went home. Pilots had been flew in.',
      'We have been threw worse. Riders sited safety. Prices are near there 2019 levels.',
      'We want to server riders. The sales tacks pays for it. Patients waited for daze.',
      'The audit was over due, and the bill is coming dew. Cases of COVID-91 rose.',
    );
    expect(fixes(found)).toEqual([
      ['gave', 'give'],
      ['went', 'gone'],
      ['flew', 'flown'],
      ['threw', 'through'],
      ['sited', 'cited'],
      ['there', 'their'],
      ['server', 'serve'],
      ['tacks', 'tax'],
      ['daze', 'days'],
      ['over due', 'overdue'],
      ['dew', 'due'],
      ['COVID-91', 'COVID-19'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'I did not use to like it. They do not use to cities the water they sell.',
        'It had been threw out? No: it had been thrown out. The morning dew formed.',
        'He walked in a daze. The server crashed. There 2,019 people voted.',
      ),
    ).toEqual([]);
  });
});

describe('capitalized slips, from a thirty-second probe', () => {
  it('flags a common noun in -y given a plain s, and a short region slip after an article', () => {
    expect(
      fixes(findings('Buses link the Twin Citys.', 'Beds closed across the rural Midwst.')),
    ).toEqual([
      ['Citys', 'Cities'],
      ['Midwst', 'Midwest'],
    ]);
    expect(findings('Tyrese Botsford, a nurse, works nights. Rays and Hays won.')).toEqual([]);
  });

  it('keeps the spelling finding of a sentence-opening typo over a name two slips away', () => {
    expect(
      fixes(findings('Childern are not small adults.', 'She works at Childrens Nebraska.')),
    ).toEqual([['Childern', 'Children']]);
  });
});

describe('rankings by the story, on rechecks', () => {
  it('follow the story’s names as they change, and stay while they do not', () => {
    const proofreader = new Proofreader(resources());
    const first = (blocks: string[]): string[][] =>
      fixes(proofreader.check(blocks).flatMap((r) => r.findings));
    // (Opening a sentence before no verb of saying, where a name's slip is a spelling one.)
    const story = ['“We stay,” said Dana Cooper, a ranger.', 'Coopper then walked the trail.'];
    expect(first(story)).toEqual([['Coopper', 'Cooper']]);
    // An edit elsewhere in the story keeps the ranking.
    expect(first([...story, 'The trail is long.'])).toEqual([['Coopper', 'Cooper']]);
    // The ranger's name spelled otherwise: the slip is ranked against the new name.
    expect(first(['“We stay,” said Dana Coppler, a ranger.', story[1]!])).toEqual([
      ['Coopper', 'Copper'],
    ]);
  });
});
