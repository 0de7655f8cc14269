import { describe, expect, it } from 'vitest';
import { proofingCases } from '../../helpers/proofing-findings';

// Found in the forty-sixth round on cold copy (Klamath dam remnants, an Ohio four-day school
// week, Vermont buyouts, Phoenix heat deaths, the Mille Lacs walleye limit, Gulf shrimpers),
// written here as news copy of our own, with the right forms beside them.

const { expectEachFixed, expectClean, findings } = proofingCases();

describe('a count mistyped before a superlative or a plural', () => {
  it('catches too, to and tow for two', () => {
    expectEachFixed([
      ["The state's too biggest utilities agreed not to cut off power.", 'two'],
      ['The district closed its to oldest schools in June.', 'two'],
      ['The slopes were mud flats tow years ago.', 'two'],
      ['Deputies found tow children in the car.', 'two'],
    ]);
  });

  it('leaves a tow truck and things too big alone', () => {
    expectClean([
      'A tow truck pulled the bus out of the ditch.',
      'The plan was too big for the county to pay for.',
      'Crews will tow the barge upriver on Monday.',
      "The city's too-small shelter turned people away.",
    ]);
  });
});

describe('homophones in new places', () => {
  it("catches they're under, seen then yet, whether after a verb, accept after not", () => {
    expectEachFixed([
      ['"I understand the pressure their under," she said.', "they're"],
      ['The union said it had not seen then yet.', 'them'],
      ['The law requires restaurants to disclose wether shrimp is imported.', 'whether'],
      ['The agency would not except a quick fix.', 'accept'],
    ]);
  });

  it('leaves their own words, then and a bad spell of weather alone', () => {
    expectClean([
      'Their undergraduates pay less than those at private colleges.',
      'She had seen the river rise then fall within a day.',
      'Everyone came except the mayor.',
    ]);
  });
});

describe('a noun for people mistyped as a verb opening a sentence', () => {
  it('catches Researches with the department', () => {
    expectEachFixed([['Researches with the state tagged 42 fish in October.', 'Researchers']]);
  });

  it('leaves the verb alone', () => {
    expectClean(['She researches with the state fisheries team every summer.']);
  });
});

describe('animals counted the same one or many', () => {
  it('leaves the perch are and the walleye are alone', () => {
    expectClean([
      'The bass fishing is good, and the perch are coming back, she said.',
      'The walleye that hatch are not finding enough to eat.',
      'Crews counted salmon redds as far upstream as the old dam.',
    ]);
  });

  it('still catches a plain count noun with a plural verb', () => {
    expectEachFixed([['The tourist have returned to the lake.', 'has']]);
  });
});

describe('words run together and split apart', () => {
  it('offers the two words first for upto and eventhough', () => {
    expectEachFixed([
      ['Drivers waited upto 30 minutes at the tunnel.', 'up to'],
      ['Eventhough it rained, the crews kept working.', 'Even though'],
    ]);
  });

  it('joins every thing, with in and through out', () => {
    expectEachFixed([
      ['"We lost every thing in the barn," he said.', 'everything'],
      ['Green shoots came up with in weeks, he said.', 'within'],
      ['The college owns dozens of buildings through out downtown.', 'throughout'],
    ]);
  });

  it('leaves upselling, every single thing and caught up with in a city alone', () => {
    expectClean([
      'The shop was accused of upselling customers on needless repairs.',
      'They checked every single thing in the barn.',
      'The plan would bring the state up to code.',
    ]);
  });
});

describe('homophones after a rate, a plural and a name', () => {
  it('catches know for now, their for there, effects for affects', () => {
    expectEachFixed([
      ['"Fence is about $15,000 a mile know, if you can get a crew."', 'now'],
      ['"Our buyers their want stability," he said.', 'there'],
      ['"Whatever happens in Washington effects my milk check," he said.', 'affects'],
    ]);
  });

  it('leaves the effects their policies had and thanks to their families alone', () => {
    expectClean([
      'The effects their policies had were large.',
      'The mayor thanks their families for waiting.',
      'The workers know their rights, she said.',
    ]);
  });

  it('catches a plural written as an owner after replace', () => {
    expectEachFixed([["The state has helped owners replace stove's since 2016.", 'stoves']]);
  });
});

describe('a place followed by a country it is not in', () => {
  it('offers the city of that country one slip away', () => {
    expectEachFixed([['He led a trade mission to Monterey, Mexico, in October.', 'Monterrey']]);
  });

  it('leaves cities of the country, plain spellings and longer names alone', () => {
    expectClean([
      'She studied in Rome, Italy, and in Paris, France.',
      'The flight landed in Bogota, Colombia, on Friday.',
      'He grew up in Monterey, Calif., and moved to Mexico City.',
      'The plant is in San Pablo de las Salinas, Mexico.',
    ]);
  });
});

describe('the third set: a part of, will too, whales, a plural before be', () => {
  it('catches each', () => {
    expectEachFixed([
      ['"We just want to be apart of the solution," she said.', 'a part'],
      ['"A lot of women out here will to," she said.', 'too'],
      ['"Wales don\'t carry receipts," said a scientist.', 'Whales'],
      ["The family asked that donation's be made to the institute.", 'donations'],
    ]);
  });

  it('leaves apart from, have to, and Wales the country alone', () => {
    expectClean([
      'The two sides remain far apart on pay.',
      'The houses were built 20 feet apart.',
      '"We will, because we have to," she said.',
      'England and Wales are covered by the same courts.',
      'The Prince of Wales visited the hospital.',
    ]);
  });
});

describe('a surname written with an apostrophe before a verb', () => {
  it('offers the name, not its possessive, before said', () => {
    const story = [
      'Rob Samuels, whose family founded a distillery, said sales had slowed.',
      "Samuel's said visitors buy bottles they can't find at home.",
    ];
    const found = findings(...story).filter((f) => f.text.startsWith('Samuel'));
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([["Samuel's", 'Samuels']]);
  });
});

describe('worst for worse after a verb of becoming or going through', () => {
  it('catches it at the end of a clause', () => {
    expectEachFixed([
      ['"These kids have been through worst," he said.', 'worse'],
      ['Traffic got worst after the bridge closed.', 'worse'],
    ]);
  });

  it('leaves the worst alone', () => {
    expectClean(['They have seen the worst.', 'It was the worst storm in years.']);
  });
});

describe('two everyday words run together', () => {
  it('offers them apart first where no word is near the whole', () => {
    expectEachFixed([
      ['"We have been the posterchild for water conservation," he said.', 'poster child'],
      ['The highschool will reopen in the fall.', 'high school'],
    ]);
  });

  it('keeps a word one slip away first, and leaves names alone', () => {
    expectEachFixed([['It was definatly the wettest year.', 'definitely']]);
    expect(findings('The Wildernest inn was full.').map((f) => f.suggestions[0])).not.toContain(
      'Wilder nest',
    );
  });
});

describe('the fifth set: minuets before, its time opening a sentence', () => {
  it('catches each', () => {
    expectEachFixed([
      ['He had called a crisis line minuets before deputies arrived.', 'minutes'],
      ['"Its time the country built something here," he said.', "It's"],
    ]);
  });

  it('leaves a company cutting its time to market alone', () => {
    expectClean(['The company cut its time to market in half.']);
  });
});

describe('a brand that respells a word, used three times, beside the word once', () => {
  it('holds the word to the brand, not the brand to the word', () => {
    const story = [
      'Drivers for Lyft rallied outside City Hall. Lyft said it would raise pay.',
      'Lift said the change would cost it $40 million a year.',
      'A spokesperson for Lyft declined to comment.',
    ];
    expect(findings(...story).map((f) => [f.text, f.suggestions[0]])).toEqual([['Lift', 'Lyft']]);
  });
});
