import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/proofing/tokenize';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read in the forty-third round, written here in other words and
// other places, with right uses of the same words beside them.

const { expectEachFixed, expectClean, findings } = proofingCases();

describe('“it’s” where the owner’s “its” is meant', () => {
  it('catches it after a verb that acts on something, and before a plural or an owned thing', () => {
    expectEachFixed([
      ["Topeka upgraded it's water plant in 2019.", 'its'],
      ["The county repaved it's busiest road last summer.", 'its'],
      ["The mill trained it's welders in Pueblo.", 'its'],
      ["The airline said it's pilots would strike.", 'its'],
      ["The museum closed and it's paintings went to auction.", 'its'],
      ["The co-op sold its trucks and it's warehouse on Route 9.", 'its'],
      ["The district posted it's job openings in three languages.", 'its'],
    ]);
  });

  it('leaves it is and it has, clefts and measures', () => {
    expectClean([
      'Officials said it’s time to act, and the mayor agreed.',
      "The chief conceded it's been a hard year.",
      "It's voters who decide, not consultants.",
      "It's years away, and it's miles from town.",
      "It's moments like these that matter, he said.",
      "It's always been this way, and it's sometimes frustrating.",
      "Nobody expected it's going to pass.",
      "It's home to 3,000 people, and its school board meets Monday.",
    ]);
  });
});

describe('homophones in a place, a distance and a verb', () => {
  it('catches where for were, father for farther and their for there', () => {
    expectEachFixed([
      ['Deputies said no weapons where found in the car.', 'were'],
      ['Investigators said 14 bodies where recovered from the river.', 'were'],
      [
        'The city wants to move the fence farther from the road and the benches father back.',
        'farther',
      ],
      ['Crews will set the new homes father inland.', 'farther'],
      ['Every day the barge sits their, the co-op loses money.', 'there'],
    ]);
  });

  it('leaves a father and a place named', () => {
    expectClean([
      'He brought his father back to Ohio after the stroke.',
      'Her father away at war, she ran the farm.',
      'She called father back home.',
      'Residents said the place where found objects are kept is a shed.',
      'The students sat their exams in June.',
    ]);
  });
});

describe('a courtesy title and the name after it', () => {
  it('ends no sentence with its full stop', () => {
    const starts = tokenize('"Mr. Bowen sold his vote," Gov. Ortiz said. Sgt. Lee agreed.')
      .filter((t) => t.sentenceStart)
      .map((t) => t.text);
    expect(starts).toEqual(['Mr', 'Sgt']);
  });

  it('holds a surname written as an everyday word after Mr. or Ms. to the story’s spelling', () => {
    const found = findings(
      'Dale Fisher, 61, was charged Monday.',
      'Fisher ran the district for 12 years. Fisher resigned in May.',
      '"Mr. Fishers took what was not his," the prosecutor said.',
    );
    expect(fixes(found)).toEqual([['Fishers', 'Fisher']]);
  });
});

describe('a speaker’s grammar and a brand’s lowercase', () => {
  it('leaves "we was" in a quotation and flags it outside one', () => {
    expectClean(['"We was here before the plant," said Ruth Ames, 80.']);
    expectEachFixed([['We was told the road would reopen by noon.', 'were']]);
  });

  it('knows bp, for basis points and for BP’s companies', () => {
    expectClean(['The Fed cut by 25 bp, and Lightsource bp built the array.']);
  });
});

describe('more slips from the round’s probes', () => {
  it('catches they’re before a noun and its verb, minuets for minutes and were for we’re', () => {
    expectEachFixed([
      ['The cattle went thirsty while they’re ranch hands waited for parts.', 'their'],
      ["They're lawyers said the appeal would be filed Monday.", 'Their'],
      ['Help arrived in minuets, the chief said.', 'minutes'],
      ['"It’s been a long year. And were hoping for rain," she said.', 'we’re'],
    ]);
  });

  it('leaves they’re describing people, a dance and a compound verb', () => {
    expectClean([
      "They're nurses trained in Ohio, not in Texas.",
      "They're teachers who stayed.",
      'The quartet played two Haydn minuets before intermission.',
      'The crews came back and were working by noon.',
    ]);
  });

  it('holds a nine-letter capital with a letter put into a common word as a slip', () => {
    const found = findings('Regina Barrow, a Democract from Ohio, voted no.');
    expect(found.map((f) => f.text)).toEqual(['Democract']);
    expect(found[0]!.suggestions).toContain('Democrat');
  });

  it('reads an acronym beside the word it spells as no repeat', () => {
    expectClean(['The Lookouts have played at AT&T Field since 2000.']);
    expectEachFixed([['The team played at at home on Sunday.', 'at']]);
  });
});

describe('names, places and endings from the round’s later probes', () => {
  it('holds an owner’s form of a listed name to the story’s surname with an s', () => {
    const found = findings(
      'Dana Rhodes, 41, of Macon, was charged Friday.',
      "Rhode's lawyer said his client would plead not guilty.",
      'Rhodes is due in court in March.',
    );
    expect(fixes(found)).toEqual([["Rhode's", "Rhodes'"]]);
  });

  it('catches an ending written for the one that sounds alike, in a name too', () => {
    expectEachFixed([
      ['Economists at the Purdue Extention office said yields fell.', 'Extension'],
      ['The Independance Day parade was canceled.', 'Independence'],
    ]);
  });

  it('reads a place’s own word before another head as that place’s', () => {
    expectClean(['MILWAUKEE — The plant stands in the Menomonee Valley, near the stadium.']);
    expectEachFixed([['The Sacremento Valley had no rain in May.', 'Sacramento']]);
  });

  it('catches are for our after a preposition, and its for it’s before a clause', () => {
    expectEachFixed([
      ['"They are pushing people out of are neighborhood," she said.', 'our'],
      ['Visitors use the trails, and its only fair that they help pay for them.', "it's"],
    ]);
    expectClean([
      'The towns they come from are home to 5,000 people.',
      'The county and its only fair closed in 2019.',
    ]);
  });

  it('catches its about time, cites for cities and a bare opener before said', () => {
    expectEachFixed([
      ['"We waited nine years for this. Its about time," she said.', "It's"],
      ['The state lends water to cites in dry years.', 'cities'],
      ['Resident said the smell was worse in summer.', 'Residents'],
    ]);
    expectClean([
      'The brief cites three cases, and its about page lists them.',
      'A resident said the smell was worse. Economist says rates will fall.',
    ]);
  });

  it('catches are for our after during, and leaves a preposition left at a clause’s end', () => {
    expectEachFixed([['"They will dig up the road during are busiest month," she said.', 'our']]);
    expectClean(['The towns we talked about are first in line for the money.']);
  });
});

describe('counts, peaks and burdens', () => {
  it('catches too for two, peeked for peaked and bare for bear', () => {
    expectEachFixed([
      ['It was the city’s answer to too shootings in October.', 'two'],
      ['The river peeked at 31 feet on Tuesday.', 'peaked'],
      ['Renters will bare the cost of the new fee.', 'bear'],
    ]);
  });

  it('leaves too before a quantity or an adjective, a peek at a thing and bare skin', () => {
    expectClean([
      'Rents rose too much, and too many people left.',
      'The plans were too ambitious and too costly.',
      'She peeked at the results before the meeting.',
      'He stood in the cold with bare arms and bare feet.',
    ]);
  });
});

describe('an agency’s possessive, researchers, phosphorus and their record', () => {
  it('catches the slips', () => {
    expectEachFixed([
      ['The bloom was small, researches at Ohio State said.', 'researchers'],
      ['Farm runoff carries phosphorous into the lake.', 'phosphorus'],
      ['The Bulldogs have lost three of there last four games.', 'their'],
    ]);
  });

  it('leaves an acronym’s possessive after a figure, and a chemist’s compound', () => {
    expectClean([
      'The storm was rated 4.2 on NOAA’s scale, up from 3 on FEMA’s list.',
      'The plant makes phosphorous acid for fertilizers.',
      'She researches at the lab three days a week.',
    ]);
  });
});

describe('word pairs a copy desk knows by heart', () => {
  it('catches each in its usual place', () => {
    expectEachFixed([
      ['The landlord would flaunt the city’s own rules again.', 'flout'],
      ['The board is adverse to raising fares this year.', 'averse'],
      ['The suspect was lead away in handcuffs.', 'led'],
      ['Negotiators worked to diffuse the standoff at the prison.', 'defuse'],
      ['The council voted to wave the permit fees for nonprofits.', 'waive'],
      ['The detective tried to illicit a confession.', 'elicit'],
      ['Chaplains were brought in to council families.', 'counsel'],
      ['The investigator said the van’s breaks failed on the hill.', 'brakes'],
      ['Farmers have a steak in the outcome of the trade talks.', 'stake'],
      ['The senator’s roll in the deal is under review.', 'role'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    expectClean([
      'She flaunts her new law degree on every call.',
      'The drug had adverse effects on patients.',
      'The company will lead the project through 2028.',
      'The light was diffused through the fog.',
      'Fans waved flags as the team arrived.',
      'Police seized illicit drugs and cash.',
      'The city council met on Tuesday.',
      'He ordered a steak in the hotel restaurant.',
      'She kept a roll of tape in her desk, and a fog bank rolls in each night.',
    ]);
  });
});

describe('sound-alikes of a second homophone list', () => {
  it('catches each where its sound-alike is meant', () => {
    expectEachFixed([
      ['Officials changed the root of the marathon after the fire.', 'route'],
      ['Investigators said the crash was cause by ice.', 'caused'],
      ['The golf coarse will reopen in May.', 'course'],
      ['The morning family asked for privacy.', 'mourning'],
      ['The sight for the new jail has not been chosen.', 'site'],
      ['The bill would lesson penalties for first offenders.', 'lessen'],
      ['The horses were bread on a farm in Kentucky.', 'bred'],
      ['Inspectors found mold on the sealing of the library.', 'ceiling'],
      ['The measure will vary likely pass in March.', 'very'],
      ['"The dye is cast," the governor said.', 'die'],
      ['Nurses said the patience at the clinic waited for hours.', 'patients'],
      ['Voters will go to the poles on Tuesday.', 'polls'],
    ]);
  });

  it('leaves the words where they are right', () => {
    expectClean([
      'The root of the problem is money.',
      'The course was coarse gravel, and the morning was cold.',
      'The sight of the new stadium thrilled fans.',
      'Rates vary widely, and prices vary little from town to town.',
      'The dye was made from walnut shells.',
      'Crews replaced the utility poles on Main Street.',
      'Her patience was tested as she waited.',
    ]);
  });
});

describe('a place’s first letter', () => {
  it('is not held to a town whose first letter is far from it and unlike it in sound', () => {
    expectClean(['WESTPORT, Conn. — The developer, Summit Saugatuck, used the state law.']);
  });

  it('is still held where a key beside it or a sound-alike was struck', () => {
    expectEachFixed([['He moved from Vleveland, Ohio, in May.', 'Cleveland']]);
  });
});

describe('speech and peoples', () => {
  it('leaves a word whose g the speaker dropped, and peoples of the Gulf and Central Asia', () => {
    expectClean([
      '"I was just sittin\' there, nothin\' to do," she said.',
      '"Darlin\', come home," he sang.',
      'The Bahraini foreign minister met Emirati and Kyrgyz officials.',
      'Kurds, Yazidis and Houthis were named in the report.',
    ]);
  });

  it('still flags a slip with an apostrophe after it that makes no word with its g', () => {
    expectEachFixed([['"We were standin\' in the rian," she said.', 'rain']]);
  });
});

describe('articles before abbreviations read as words', () => {
  it('leaves a state’s abbreviation either way, a compass point by its name and a degree by its letters', () => {
    expectClean([
      'A N.J. couple and an N.Y. judge spoke.',
      'A N. Tarrytown bridge was named for him.',
      'The university gave him an LL.D. in 1937, and her a Ph.D. in 1940.',
    ]);
    expectEachFixed([['The shop is on a E. Main St. corner.', 'an']]);
  });
});

describe('water and dry land', () => {
  it('catches there for their after a verb of water, and dessert for desert', () => {
    expectEachFixed([
      ['The canal feeds there alfalfa fields.', 'their'],
      ['"Without the river, this county is just dessert," he said.', 'desert'],
      ['They crossed the Sonoran Dessert on foot.', 'Desert'],
    ]);
    expectClean([
      'The best part of the meal was dessert.',
      'The canal ends there, near the fields.',
    ]);
  });
});

describe('their, there, they’re, whose and who’s in a third list', () => {
  it('catches each', () => {
    expectEachFixed([
      ['Officials said their working with the state on a fix.', "they're"],
      ['The coach, who’s contract ends in June, did not comment.', 'whose'],
      ['The clinic, whose been short of doctors for years, will close.', "who's"],
      ['The road should reopen to weeks from now.', 'two'],
      ['There expected to vote on the plan in May.', "They're"],
      ['Parents said there tired of waiting.', "they're"],
      ['The players said they’re coach had kept them calm.', 'their'],
    ]);
  });

  it('leaves the right uses', () => {
    expectClean([
      'Their working conditions improved, and their calling to the ministry was clear.',
      'Who’s going to pay for it is unclear.',
      'The artist, whose now-famous mural faces the park, spoke.',
      'He was standing there trying to help.',
      'They said they’re coaches, not referees.',
    ]);
  });
});

describe('they’re opening a sentence and affect at a clause’s end', () => {
  it('catches them', () => {
    expectEachFixed([
      ['"There finding needles in the grass," she said.', "They're"],
      ['The city lacks beds for everyone the ban would effect.', 'affect'],
    ]);
  });

  it('leaves there before being, and effect as bringing about', () => {
    expectClean([
      'There being no objection, the motion passed.',
      'The new board hopes to effect change, and the court could not effect it.',
    ]);
  });
});

describe('a fourth list: your, breathe, it’s, then, through', () => {
  it('catches each', () => {
    expectEachFixed([
      ['Voters should check you’re registration by Friday.', 'your'],
      ['Commuters should breath easier once the lanes reopen.', 'breathe'],
      ['The league said its reviewing the call.', "it's"],
      ['The company said its confident in the merger.', "it's"],
      ['The shelter is full, and its only November.', "it's"],
      ['The governor signed the bill, than left for the coast.', 'then'],
      ['Crews will work threw the weekend.', 'through'],
    ]);
  });

  it('leaves the right uses', () => {
    expectClean([
      'The county kept its only hospital open.',
      'Its funding the county relies on comes from the state.',
      'The trail is longer than the road, and prices are higher than last year.',
      'He threw the first pitch and took a deep breath.',
      'If you’re ready, check your mail.',
    ]);
  });
});

describe('its before a noun in -ing', () => {
  it('is left where it owns the noun', () => {
    expectClean([
      'The plant scaled back its hiring plans, and the district cut its busing the next year.',
    ]);
  });
});

describe('a past tense spelled like its plain form', () => {
  it('is left after an institution', () => {
    expectClean(['The district cut its budget last year.']);
  });
});

describe('their before a choice', () => {
  it('catches they’re before a noun and its verb', () => {
    expectEachFixed([['When rent rises, they’re choice is to pay or leave.', 'their']]);
    expectClean(['Whether they’re right is unclear.']);
  });
});
