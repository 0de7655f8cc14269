import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read in issue 9's 34th session, written here in other words and
// other places, with right uses of the same words beside them.

const cases = proofingCases();
const { expectEachFixed, expectClean, findings } = cases;

describe('a town followed by its state spelled out', () => {
  it('is cued as a place, as it is with the state abbreviated', () => {
    // "from" alone says nothing (crews from Entergy); the state after it does.
    expect(
      fixes(findings('Crews from Bemidji and Supereor, Wisconsin, cleared the roads by noon.')),
    ).toEqual([['Supereor', 'Superior']]);
    expect(fixes(findings('Relief trucks came from Chatanooga, Tennessee, overnight.'))).toEqual([
      ['Chatanooga', 'Chattanooga'],
    ]);
  });

  it('is held to places in that state', () => {
    // Davidsville is in Pennsylvania: a Davisville in Rhode Island is none of its slips.
    expectClean([
      'The Navy kept a depot in Davisville, Rhode Island, during the war.',
      'A letter from Halvorsen, Georgia officials said, arrived late.',
    ]);
  });
});

describe('every day, than, and compounds AP closes', () => {
  it('flags everyday before the sentence’s subject', () => {
    expectEachFixed([
      ['"Everyday a truck sits idle, we lose money," he said.', 'Every day'],
      ['She said everyday we wait makes it worse.', 'every day'],
    ]);
    expectClean(['Everyday life in the valley changed.', 'It is an everyday problem for them.']);
  });

  it('flags that for than after a comparison', () => {
    expectEachFixed([
      ['The reservoir fell faster that anyone expected.', 'than'],
      ['The lake is warming faster that almost any other in the region.', 'than'],
      ['Costs ran higher that forecast.', 'than'],
    ]);
    expectClean([
      'It grew faster that year than the next.',
      'It is better that anyone who wants to leave does so now.',
      'There was little more that anyone could have done.',
    ]);
  });

  it('closes the prefixes AP writes solid, in its own words and at a sentence start', () => {
    expectEachFixed([
      ['The carrier will add non-stop service to Boise.', 'nonstop'],
      ['Non-profit groups asked for the money back.', 'Nonprofit'],
      ['The county plans to re-open the bridge in March.', 'reopen'],
      ['It was a multi-million dollar settlement.', 'multimillion'],
      ['Both parties backed the bi-partisan bill.', 'bipartisan'],
    ]);
    // Not a name that keeps its hyphen, nor a prefix AP keeps: non-patient, re-elect.
    expectClean([
      'The Organization for Security and Co-operation in Europe sent observers.',
      'The clinic also treats non-patient visitors, and she seeks re-election.',
    ]);
  });

  it('spells out Fort and Mount in place names', () => {
    expect(fixes(findings('Troops from Ft. Hood flew to Mt. Vernon on Tuesday.'))).toEqual([
      ['Ft.', 'Fort'],
      ['Mt.', 'Mount'],
    ]);
  });
});

describe('names of rivers and groups', () => {
  it('leaves a short word before a river or a valley as a native name', () => {
    expectClean(['Crews checked the Tanana bridge and the Knik River crossing on Friday.']);
    expect(fixes(findings('Anglers crowded the Sacramento Rivr on opening day.'))).toEqual([
      ['Sacramento Rivr', 'Sacramento River'],
    ]);
  });

  it('leaves everyday words inside a longer name, after a capital or a plural possessive', () => {
    // La Center is a town in Kentucky and Washington; these are the names of law firms.
    expectClean([
      'She is a lawyer with the Kentucky Citizens Law Center in Hazard, Ky.',
      'He joined the Miners’ Law Center in Pikeville, Ky., last year.',
    ]);
  });
});

describe('excepted, and lead for led', () => {
  it('takes accepted before what is offered, expected elsewhere', () => {
    expectEachFixed([
      ['Union members said they excepted the final offer.', 'accepted'],
      ['Economists excepted the rate to hold steady.', 'expected'],
      ['They excepted a loss in the third quarter.', 'expected'],
    ]);
  });

  it('flags lead for led after a time gone by', () => {
    expectEachFixed([['A similar ban two years ago lead to long lines.', 'led']]);
    expectClean(['Officials hope the new rules will lead to shorter lines.']);
  });
});

describe('names that are words, and the same name two ways', () => {
  it('reads a word before a given name and a surname as a title', () => {
    expect(fixes(findings('Sargeant Ray Evers said the drones would not hover.'))).toEqual([
      ['Sargeant', 'Sergeant'],
    ]);
    // A surname after a given name that is a word too is no name of everyday words.
    expectClean(['Council member Ray Evers said the vote was close.']);
  });

  it('keeps a name’s own spelling of gray and theater, and flags the common nouns once', () => {
    expectClean([
      'Author Zane Grey wrote about the West.',
      'Tickets at the Orpheum Theatre sold out.',
    ]);
    expect(fixes(findings('The grey sky hung over the old theatre.'))).toEqual([
      ['grey', 'gray'],
      ['theatre', 'theater'],
    ]);
    expect(fixes(findings('Grey skies returned on Friday.'))).toEqual([['Grey', 'Gray']]);
  });

  it('holds a joined surname to the spelling given with a first name', () => {
    expect(
      fixes(
        findings(
          '"It isn’t neutral," said attorney Keir Bradford-Grey.',
          'Bradford-Gray said the group would sue.',
        ),
      ),
    ).toEqual([['Gray', 'Grey']]);
    expect(
      fixes(
        findings(
          'The plan was drafted by Nadia Castillo-Smyth, the city planner.',
          'Castillo-Smith said the vote would come in May.',
        ),
      ),
    ).toEqual([['Smith', 'Smyth']]);
  });

  it('writes Band-Aid as the trademark', () => {
    expectEachFixed([['"It is a bandaid on a broken leg," she said.', 'Band-Aid']]);
  });
});

describe('possessives of names, plurals of words, and a town among towns', () => {
  it('offers the possessive of the story’s spelling of a name in s', () => {
    expect(
      fixes(
        findings(
          'The order came from Superintendent Ryan Walters in August.',
          'Walter’s order was never enforced.',
        ),
      ),
    ).toEqual([['Walter’s', 'Walters’']]);
  });

  it('flags a name given an s and no apostrophe before what the person has', () => {
    expect(
      fixes(
        findings(
          'Port director Barbara Melvin said the work paid off.',
          'Melvins agency has spent $2 billion on the harbor.',
        ),
      ),
    ).toEqual([['Melvins', 'Melvin’s']]);
    expectClean(['Arvid Melvin said the family moved in 1990. The Melvins plan to stay.']);
  });

  it('puts a plural first before a verb or a preposition', () => {
    expect(fixes(findings('Companys keep moving here because the port works.'))).toEqual([
      ['Companys', 'Companies'],
    ]);
  });

  it('holds a given name listed with towns to a town of that state', () => {
    expectEachFixed([['Parents from Tulsa, Norman and Edmund filed the suit.', 'Edmond']]);
    expectClean([
      'Her sons Austin, Tyler and Edmund came home.',
      'Markets rose in Stockholm, Amsterdam and Frankfurt and fell in Zurich.',
      'The band toured Los Angeles, India and Brazil.',
    ]);
  });
});

describe('a slip before a weekday, and a small town’s name in a bigger one’s', () => {
  it('judges a sentence’s first word before a day or a month as a word', () => {
    expectEachFixed([['"Evrey Sunday the line is longer," she said.', 'Every']]);
    expectClean(['Kelly Saturday said the pantry ran out of rice.']);
  });

  it('holds a small town’s name typed in a town of size to that town', () => {
    // Menominee, Mich., has a few thousand people; Menomonee Falls, Wis., 38,000.
    expectEachFixed([['She rides two buses to a job in Menominee Falls.', 'Menomonee Falls']]);
  });
});

describe('sound-alikes of what a story means, and a particle joined or spaced', () => {
  it('catches pored, piqued, flouted, further and complements in their senses', () => {
    expectEachFixed([
      ['Auditors poured over every receipt for a month.', 'pored'],
      ['The case peaked national interest last spring.', 'piqued'],
      ['Critics said the agency had flaunted basic fairness.', 'flouted'],
      ['The company said it would not appeal farther.', 'further'],
      ['"This compliments the old square," the architect said.', 'complements'],
    ]);
    expectClean([
      'The mayor complimented the staff on a smooth night.',
      'Prices peaked in June and fell after.',
      'She walked farther than she planned.',
    ]);
  });

  it('holds a surname with a particle to the way the story introduces it', () => {
    expect(
      fixes(
        findings(
          'Board chairman Francis De Luca called the vote.',
          'DeLuca said the board would ask for an audit.',
        ),
      ),
    ).toEqual([['DeLuca', 'De Luca']]);
    expect(
      fixes(
        findings(
          'Chef Maria DeLuca opened the cafe in 2019.',
          'De Luca said the lunch crowd had doubled.',
        ),
      ),
    ).toEqual([['De Luca', 'DeLuca']]);
  });
});
