import { describe, it } from 'vitest';
import { proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read last round, written here in other words and other places, with
// right uses of the same names beside them.

const { expectEachFixed, expectClean } = proofingCases();

describe('places of two words or more', () => {
  it('reads a compass word opening a dateline or a sentence as part of the place', () => {
    expectEachFixed([
      [
        'NORTH LITTEL ROCK, Ark. — A warehouse fire closed two streets Monday.',
        'NORTH LITTLE ROCK',
      ],
      ['West Palm Beech commissioners delayed the vote until June.', 'West Palm Beach'],
      ['SOUTH BURLINTON, Vt. — The school board met Thursday night.', 'SOUTH BURLINGTON'],
    ]);
    expectClean([
      'WEST HARTFORD, Conn. — The town council met Tuesday.',
      'North Little Rock police said no one was hurt.',
      'The Dalles Chamber of Commerce canceled its dinner.',
      'West of the river, the levee held.',
    ]);
  });

  it('holds a slip to the place the state after it has, though its word names a place elsewhere', () => {
    expectEachFixed([
      ['The plant in Wisconsin Rapides, Wis., will close in March.', 'Wisconsin Rapids'],
    ]);
    expectClean(['The plant in Wisconsin Rapids, Wis., will close in March.']);
  });
});

describe('colleges and universities', () => {
  it('holds a slip in a college’s name to the college', () => {
    expectEachFixed([
      [
        'She earned her law degree at Bringham Young University in 2004.',
        'Brigham Young University',
      ],
      ['The choir from Howord University sang at the service.', 'Howard University'],
      ['As a student at Tougalo College she joined the sit-ins.', 'Tougaloo College'],
    ]);
    expectClean([
      'He studied at Howard University, then taught at Tougaloo College.',
      'Brigham Young University and Union College both declined to comment.',
    ]);
  });
});

describe('a capitalized word a letter short of a common word', () => {
  it('is a slip at eight or nine letters when the letter is dropped from inside', () => {
    expectEachFixed([
      ['Sales estimates come from Cox Automotve, a research firm.', 'Automotive'],
      ['Officials said the Definitly final figure was due Monday.', 'Definitely'],
    ]);
    expectClean([
      'The Programme of Action was adopted in Vienna.',
      'She wrote for Audio Technica and Equatoria Weekly.',
      'Anna Whitcomb and Joel Hargrove spoke first.',
    ]);
  });
});

describe('words confused in writing, weighed by the words around them', () => {
  it('questions a word of a set the model never heard', () => {
    expectEachFixed([
      ['Dry weather now covers most of the sate.', 'state'],
      ['Sorghum needs loss water than corn does.', 'less'],
    ]);
    expectClean([
      'Food will sate the crowd, the organizer said.',
      'The loss was the team’s third in a row.',
      'Her mother taught school for 30 years.',
    ]);
  });

  it('leaves "raise" with an object after "costs to"', () => {
    expectClean([
      'Growers say it costs more than $5 a bushel to raise it, and costs to raise them keep climbing.',
    ]);
    expectEachFixed([['Costs continue to raise each year.', 'rise']]);
  });
});

describe('one thing opening a sentence, then a verb for many', () => {
  it('offers the verb for one after a count noun or a state', () => {
    expectEachFixed([
      ['The transit system carry about 19 million riders a year.', 'carries'],
      ['Nebraska grow more popcorn than any other state.', 'grows'],
      ['The hospital serve patients from three counties.', 'serves'],
    ]);
  });

  it('leaves nouns for many, demands, compounds and words between', () => {
    expectClean([
      'The fish swim upstream each fall.',
      'The law requires that the city provide a plan.',
      'The first two take office in May.',
      'The crew carry their own gear.',
      'The lady should still feel welcome.',
      'This would help keep costs down.',
      'The almost minimalist feel of the film suits it.',
    ]);
  });
});

describe('a word of three letters opening a sentence', () => {
  it('is an opening word with a letter dropped, before a word no name is followed by', () => {
    expectEachFixed([
      ['Som farmers are giving up on wheat.', 'Some'],
      ['Mos residents left before the storm.', 'Most'],
      ['Tey want the levy repealed by May.', 'They'],
    ]);
    expectClean(['Nam said the plan had failed.', 'Wen was not available Friday.']);
  });
});

describe('a deed in -ing opening a sentence, then a verb for many', () => {
  it('offers the verb for one', () => {
    expectEachFixed([
      ['Rebuilding have been slowed by a shortage of crews.', 'has'],
      ['Flooding were worse along the river in 2019.', 'was'],
    ]);
    expectClean([
      'Buildings have been slowed by a shortage of crews.',
      'Rebuilding has been slowed, and cleanup crews are short.',
    ]);
  });
});

describe('a count asked with "how may"', () => {
  it('is "how many" before "of" or a clause’s end, and "how may" in a question of leave', () => {
    expectEachFixed([
      ['She would not say how may of the jobs remain.', 'many'],
      ['It is unclear how may.', 'many'],
    ]);
    expectClean(['How may I help you?', 'How may people vote by mail?']);
  });

  it('the company is one', () => {
    expectEachFixed([['The company say construction will continue.', 'says']]);
  });
});

describe('articles before capitals said letter by letter', () => {
  it('takes "an" before SUV, SEC, SAT and LED, as AP spells them out', () => {
    expectEachFixed([
      ['The company disclosed the loss in a SEC filing on Friday.', 'an'],
      ['A deputy was hit by a SUV on the shoulder.', 'an'],
    ]);
    expectClean(['She wrote an SEC filing and drove an SUV.', 'The group formed a PAC.']);
  });
});

describe('a compound whose last part opens a place with an abbreviation', () => {
  it('checks the first part of "Minneaplois-St. Paul"', () => {
    expectEachFixed([['Traffic in the Minneaplois-St. Paul area eased by noon.', 'Minneapolis']]);
    expectClean(['Traffic in the Minneapolis-St. Paul area eased by noon.']);
  });
});

describe('a question with a modal before its subject', () => {
  it('leaves the plural subject after "why would", "what can", "how may"', () => {
    expectClean([
      'Why would residents leave a town their families built?',
      'What can farmers do when the rain does not come?',
      'How may voters register after the deadline?',
    ]);
    expectEachFixed([['Officials said the storm could floods the valley.', 'flood']]);
  });
});

describe('a neighbourhood the source data misspells', () => {
  it('knows Playa del Rey as it spells itself', () => {
    expectClean(['The company moved its offices to Playa del Rey in March.']);
  });
});

describe('a Spanish word and its other gender', () => {
  it('leaves El Niño and La Niña as two words', () => {
    expectClean(['Rain is likelier during El Niño and drought during La Niña, forecasters said.']);
  });
});

describe('an article before a capital standing alone', () => {
  it('reads the letter’s name: "a U-Haul", "an X"', () => {
    expectClean(['He made a U turn, rented a U Haul and marked an X on the map.']);
    expectEachFixed([['The treasure was under a X on the map.', 'an']]);
  });
});
