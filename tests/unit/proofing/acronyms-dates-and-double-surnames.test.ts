import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Cases from the sixty-fourth to seventy-first probes (a Texas grid alert, a Maine fishery
// hearing, a Minnesota teachers' vote, a New Mexico wildfire), each written in other words
// than the probe's own, with right uses of the same words beside them.

const { findings } = proofingCases();

describe('a slip opening a sentence before an acronym', () => {
  it('is a typo, not a first name before a surname', () => {
    const found = findings('Becuase FEMA ran out of trailers, families stayed in motels.');
    expect(fixes(found)).toEqual([['Becuase', 'Because']]);
  });

  it('leaves a first name before a surname', () => {
    expect(findings('Jaelen Moore said FEMA ran out of trailers.')).toEqual([]);
  });
});

describe('a word ending a name after a state, a country or a place of two words', () => {
  it('is judged as a word: “the Georgia Aquariam”', () => {
    const found = findings('Divers at the Georgia Aquariam counted the sharks.');
    expect(fixes(found)).toEqual([['Aquariam', 'Aquarium']]);
  });

  it('leaves a surname after a town that is a first name too, and a team', () => {
    const found = findings(
      'Harrison Butker kicked the winner, and the Kansas City Chiefs held on.',
      'The Minnesota Vikings lost.',
    );
    expect(found).toEqual([]);
  });
});

describe('a weekday slip where a date stands', () => {
  it('flags one that is also a town’s or a person’s name, and offers the day first', () => {
    const found = findings(
      'The hearing was moved to Munday at 10 a.m.',
      'Ballots are due by Thrusday, the clerk said.',
      'The vote is set for Satuday morning.',
    );
    expect(fixes(found)).toEqual([
      ['Munday', 'Monday'],
      ['Thrusday', 'Thursday'],
      ['Satuday', 'Saturday'],
    ]);
  });

  it('leaves the surname and the town where no date stands', () => {
    const found = findings(
      'Officer Dana Munday wrote the report.',
      'The ranch is near Munday, Texas, west of Wichita Falls.',
    );
    expect(found).toEqual([]);
  });
});

describe('a surname said without its s', () => {
  it('is that name when the dictionary lists the shorter one too', () => {
    const found = findings(
      'Principal Darnell Fairbanks said the school would stay open.',
      '“We have a plan,” Fairbanks said.',
      '“We will need buses,” Fairbank said.',
    );
    expect(fixes(found)).toEqual([['Fairbank', 'Fairbanks']]);
  });

  it('leaves a first name that is the surname’s stem', () => {
    const found = findings('Robert Ellis and Lisa Roberts ran the count.');
    expect(found).toEqual([]);
  });
});

describe('the second part of a double surname', () => {
  it('is held to the spelling the story gives it, even with its first letter off', () => {
    const found = findings(
      'Mayor Rosa Garza-Vela spoke first.',
      'Garza-Vela said the plan was sound.',
      'Garza-Bela left before the vote.',
    );
    expect(fixes(found)).toEqual([['Bela', 'Vela']]);
  });

  it('leaves two people whose surnames share no first part', () => {
    const found = findings('Rosa Garza-Vela and Tomas Ruiz-Bela spoke first.');
    expect(found).toEqual([]);
  });
});

describe('a county in a list of counties', () => {
  it('is offered the county of the list’s state two slips away, before a town', () => {
    const found = findings(
      'OAKLAND, Calif. — Turnout was low.',
      'The measure failed in Solona and Napa counties.',
    );
    expect(fixes(found)).toEqual([['Solona', 'Solano']]);
  });

  it('leaves the counties as written', () => {
    const found = findings(
      'OAKLAND, Calif. — Turnout was low.',
      'The measure failed in Solano and Napa counties.',
    );
    expect(found).toEqual([]);
  });
});

describe('“thru”', () => {
  it('is “through” in AP style, but not in a drive-thru', () => {
    const found = findings('Crews worked thru the night.', 'The drive-thru closed at 10.');
    expect(fixes(found)).toEqual([['thru', 'through']]);
    expect(found[0]!.kind).toBe('style');
  });
});

describe('a place of two words with an everyday word typed for its own', () => {
  it('is that place misspelled: “Des Planes”', () => {
    const found = findings('CHICAGO — It snowed.', 'She moved to Des Planes in 1979.');
    expect(fixes(found)).toEqual([['Des Planes', 'Des Plaines']]);
  });

  it('leaves a place named for a person: “the Weber River”', () => {
    expect(findings('OGDEN, Utah — The Weber River rose a foot.')).toEqual([]);
  });
});

describe('a word after an institution’s head and “of”', () => {
  it('is judged as a word: “Chamber of Comerce”, “Court of Apeals”', () => {
    const found = findings(
      'The Chamber of Comerce backed the plan.',
      'The Court of Apeals heard the case.',
    );
    expect(fixes(found)).toEqual([
      ['Comerce', 'Commerce'],
      ['Apeals', 'Appeals'],
    ]);
  });
});

describe('a region named “Country” after a compass point', () => {
  it('is the region, not a county misspelled: “the North Country”', () => {
    const found = findings('Hospitals in the North Country of upstate New York cut services.');
    expect(found).toEqual([]);
  });
});

describe('an abbreviation said as a word', () => {
  it('takes “a” when it opens with a consonant’s sound, four letters or more', () => {
    const found = findings(
      'A SWAT team, a SNAP benefit, a NIMBY fight, a NOAA ship, a SCOTUS ruling and a HIPAA rule.',
      'It was an NASA probe.',
    );
    expect(fixes(found)).toEqual([['an', 'a']]);
  });

  it('still takes “an” where it is spelled out letter by letter', () => {
    const found = findings(
      'An SNL skit, an NCAA title, an NAACP chapter, an NYPD officer, an FHA loan and an LGBTQ group.',
    );
    expect(found).toEqual([]);
  });

  it('is no place misspelled inside a sentence: “a LIDAR scan”', () => {
    expect(findings('Crews ran a LIDAR scan of the bridge.')).toEqual([]);
  });
});

describe('names from world news', () => {
  it('leaves Arabic’s article joined to a name, and a place in AP’s romanization', () => {
    const found = findings(
      'Hassan al-Bashir, Abdel Fattah el-Sisi and the al-Shabab group were named.',
      'Fighting continued in Khan Younis and Rafah.',
    );
    expect(found).toEqual([]);
  });

  it('still offers a place a letter off, and a name misspelled in its own letters', () => {
    const found = findings('Protests in Tehraan grew.', 'They beat the Huston Rockets.');
    expect(fixes(found)).toEqual([
      ['Tehraan', 'Tehran'],
      ['Huston Rockets', 'Houston Rockets'],
    ]);
  });

  it('takes two short surnames two slips apart for two people', () => {
    const found = findings(
      'Ta-Nehisi Coates spoke first, and Rep. Alexandria Ocasio-Cortez spoke next.',
    );
    expect(found).toEqual([]);
  });
});

describe('names a sports or world desk writes every day', () => {
  it('leaves Hamas and a team’s plural possessive', () => {
    const found = findings(
      'Hamas said talks would resume.',
      'The Lakers’ coach praised the defense, and the Lakers won.',
    );
    expect(found).toEqual([]);
  });
});

describe('a place joined by “de” or “del”', () => {
  it('is looked up whole, so a slip in it is offered back', () => {
    const found = findings('They flew to Rio de Janiero.', 'Ships sail past Tierra del Feugo.');
    expect(fixes(found)).toEqual([
      ['Rio de Janiero', 'Rio de Janeiro'],
      ['Tierra del Feugo', 'Tierra del Fuego'],
    ]);
  });

  it('is known whole: “Ranchos de Taos” is no possessive', () => {
    expect(findings('TAOS, N.M. — She lives in Ranchos de Taos.')).toEqual([]);
  });
});
