import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Found in the forty-fifth round on cold copy (a Tacoma rail yard, a Lake Charles LNG permit,
// Duluth school buses, Flagstaff rentals, Pooler traffic, a Camden ferry), written here as
// news copy of our own, with the slips the same checks must still catch beside them.

const { expectEachFixed, expectClean, findings } = proofingCases();

describe('“-man” for “-men” before who and a plural verb', () => {
  it('catches a singular opening the sentence', () => {
    expectEachFixed([
      ['Fisherman who work the bay say the water has turned brown.', 'Fishermen'],
      ['Lobsterman who fish the outer ledges lost traps in the storm.', 'Lobstermen'],
      ['Some lineman who work nights said the pay was not enough.', 'linemen'],
    ]);
  });

  it('leaves one fisherman and the plural alone', () => {
    expectClean([
      'The fisherman who works the bay said the water had turned brown.',
      'Fishermen who work the bay say the water has turned brown.',
      'A lobsterman who fished the ledges for 40 years retired.',
    ]);
  });
});

describe('“most” before a noun used as a modifier', () => {
  it('leaves most summer weekends and most day care centers', () => {
    expectClean([
      'The only road to the beach is jammed most summer weekends.',
      'Most day care centers in the county have waiting lists.',
      'Crews work most night shifts without a break.',
    ]);
  });

  it('still catches most with a singular count', () => {
    expectEachFixed([['The ferry runs most weekend, the captain said.', 'weekends']]);
  });
});

describe('“one of” after “and” joining two subjects', () => {
  it('leaves a compound subject plural', () => {
    expectClean([
      'The walkway and one of its lanes are closed for repairs.',
      'The clinic and one of its two pharmacies were damaged.',
    ]);
  });

  it('still catches one of after a comma and a new clause', () => {
    expectEachFixed([
      ['The bridge is old, and one of its lanes are closed.', 'is'],
      ['She said one of the pumps were broken.', 'was'],
    ]);
  });
});

describe('an acronym opening a paragraph', () => {
  it('is no misspelled place unless it opens a dateline', () => {
    expectClean([
      'PATCO, the rail line that crosses the bridge, added trains on Monday.',
      'NOAA said the storm would weaken by Friday.',
    ]);
    expect(fixes(findings('OAKLAN, Calif. — The council met Tuesday.'))).toEqual([
      ['OAKLAN', 'OAKLAND'],
    ]);
  });
});

describe('traffic words', () => {
  it('knows signals are retimed', () => {
    expectClean([
      'The county will retime 40 traffic lights along the parkway.',
      'Engineers retimed the signals in June, and retiming the rest will take a year.',
    ]);
  });
});

describe('wary of, a cue, and a y plural', () => {
  it('leaves wary before of', () => {
    expectClean([
      'Bankers say lenders have grown wary of subdivisions that depend on the plant.',
      'Voters are wary of another tax increase.',
    ]);
  });

  it('catches que for cue before to', () => {
    expectEachFixed([['Parents should take the report as a que to act.', 'cue']]);
  });

  it('offers the plural beside the possessive for a y word with s', () => {
    const [finding] = findings('Deputys cover the whole county, the sheriff said.');
    expect(finding?.suggestions.slice(0, 2)).toEqual(["Deputy's", 'Deputies']);
  });
});

describe('where after a place and a comma, a plural opening before who', () => {
  it('catches were for where after a place', () => {
    expectEachFixed([
      ['Developers may build higher near Second Avenue, were buildings had been limited.', 'where'],
      ['The plant sits by the river, were barges once loaded coal.', 'where'],
    ]);
  });

  it('leaves were after a place as a verb', () => {
    expectClean([
      'In Boston, were there any protests?',
      'The buildings on Main Street were sold in 2019.',
      'Residents of the town were told to boil water.',
    ]);
  });

  it('catches a singular noun opening a sentence before who', () => {
    expectEachFixed([
      ['Grower who had contracts with the plant said they learned of it from the news.', 'Growers'],
      ['Resident who live near the yard say the horns wake them.', 'Residents'],
    ]);
  });

  it('leaves a plural or one with an article alone', () => {
    expectClean([
      'Growers who had contracts with the plant said they learned of it from the news.',
      'A grower who had a contract with the plant said he learned of it from the news.',
    ]);
  });
});

describe('a small town of the story’s state', () => {
  it('is no slip of a bigger place when the dateline names the state', () => {
    expectClean(['RAPID CITY, S.D. — She taught in Oglala and Manderson for two decades.']);
    expect(fixes(findings('DENVER — She taught in Oglala and Manderson for two decades.'))).toEqual(
      [['Manderson', 'Anderson']],
    );
  });
});

describe('storms', () => {
  it('leaves a storm named like a town', () => {
    expectClean(['Hurricane Idalia in 2023 and Hurricane Helene in 2024 flooded the town.']);
    expectEachFixed([['Hurricane Harvy flooded Houston in 2017.', 'Harvey']]);
  });
});

describe('it’s opening a sentence before a noun and its verb', () => {
  it('catches it’s for its', () => {
    expectEachFixed([
      ['"The district was a city within a city. It\'s story deserves a museum," she said.', 'Its'],
      ["It's history dates to 1921.", 'Its'],
    ]);
  });

  it('leaves it is before a noun phrase', () => {
    expectClean([
      "It's people like him who keep the town going.",
      "It's time the council acted, she said.",
      "It's going to take years.",
    ]);
  });
});

describe('regional words', () => {
  it('knows the words of the Southwest and the coastal South', () => {
    expectClean([
      'Police cleared camps along the Rio Grande bosque near the kivas of the old pueblo.',
      'Ristras of red chile hung from the vigas, and luminarias lined the walk to the casita.',
      'The fire burned into the pocosins, where peat can smolder for weeks.',
    ]);
  });

  it('still catches a slip of one', () => {
    expectEachFixed([['Crews cleared camps along the bosqe near the river.', 'bosque']]);
  });
});

describe('a name written with and without its accent', () => {
  it('holds only the plain spelling to the accented one, once', () => {
    for (const story of [
      ['“We did it,” said Rosa Mejía, a loader.', 'Mejia said co-workers had been nervous.'],
      ['“We did it,” said Rosa Mejía, a loader. Mejía said so.', 'Mejia said they voted.'],
      ['“We did it,” said Rosa Mejia, a loader.', 'Mejía said co-workers had been nervous.'],
    ])
      expect(fixes(findings(...story)), story.join(' ')).toEqual([['Mejia', 'Mejía']]);
  });
});
