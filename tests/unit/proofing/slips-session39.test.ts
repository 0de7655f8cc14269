import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read in the thirty-ninth round, written here in other words and
// other places, with right uses of the same words beside them.

const { expectEachFixed, expectClean, findings } = proofingCases();

describe('verbs an institution, a clause or an object makes wrong', () => {
  it('gives a council, board or company one verb of its own after "if" or "when"', () => {
    expectEachFixed([
      ['Work could start in April if the county commission approve the lease.', 'approves'],
      ['When the company need more space, it rents a warehouse.', 'needs'],
      ['The school board vote on the budget each June.', 'votes'],
    ]);
    expectClean([
      'Parents urged that the board approve the budget.',
      'Should the council approve the lease, work starts in April.',
      'Residents want to see the council vote on it.',
      'Let the commission decide the matter.',
    ]);
  });

  it('reads expend before a program or a network as expand', () => {
    expectEachFixed([['The utility expended its charging network to 40 towns.', 'expanded']]);
    expectClean(['Crews expended most of their water on the east flank.']);
  });

  it('reads excepted before an object as accepted', () => {
    expectEachFixed([
      ['Managers excepted the practice for years.', 'accepted'],
      ['The union excepted a smaller raise.', 'accepted'],
    ]);
    expectClean(['Everyone was there, present company excepted.']);
  });

  it('reads base on after rules or estimates as based on', () => {
    expectEachFixed([['The agency wants estimates base on new census data.', 'based']]);
    expectClean(['Scientists base on-site readings on three sensors.']);
  });
});

describe('words typed twice, halved or misheard', () => {
  it('drops a second "that" before a plural and its verb', () => {
    expectEachFixed([['The ruling was something that that lawyers had expected.', 'that ']]);
    expectClean(['She said that that plan would fail.']);
  });

  it('reads all together after what is dropped or avoided as altogether', () => {
    expectEachFixed([
      ['The district may scrap the program all together.', 'altogether'],
      ['By noon the line had vanished all together.', 'altogether'],
    ]);
    expectClean(['The families sat all together in the front row.']);
  });

  it('reads there before what people are doing as they’re', () => {
    expectEachFixed([['Growers say they are frustrated because there losing money.', "they're"]]);
    expectClean(['Because there is no bus, because there were delays, we walked.']);
  });

  it('reads repeatably as repeatedly, and too-year as two-year', () => {
    expectEachFixed([
      ['The suspect kicked the door repeatably.', 'repeatedly'],
      ['The bill sets a too-year pilot program.', 'two-year'],
    ]);
    expectClean(['The test can be run repeatably and reproducibly.', 'It was too late.']);
  });

  it('reads sever as severe where it means harsh', () => {
    expectEachFixed([
      ['Forecasters warned of sever thunderstorms Friday.', 'severe'],
      ['The damage was not as sever as first feared.', 'severe'],
    ]);
    expectClean(['The city voted to sever ties with the contractor.']);
  });

  it('reads hight before schools or winds as high', () => {
    expectEachFixed([['Hight winds closed the bridge.', 'High']]);
  });
});

describe('counties and phrases', () => {
  it('holds a county of other states in a list to the state of the others', () => {
    const found = findings('Shelters opened in Durham and Johnson counties on Tuesday.');
    expect(fixes(found)).toEqual([['Johnson', 'Johnston']]);
    expectClean([
      'Crews worked in Clark and Multnomah counties.',
      'Voters in Cook and Lake counties backed the plan.',
    ]);
  });

  it('knows a phrase of another language written with hyphens', () => {
    expectClean([
      'The house sits at the end of a cul-de-sac.',
      'Two cul-de-sacs were blocked, and the pair had a tete-a-tete.',
    ]);
  });

  it('reads a place with its last word in the other number as that place, in its state', () => {
    expect(fixes(findings('PROVO, Utah — A teacher from American Forks spoke first.'))).toEqual([
      ['American Forks', 'American Fork'],
    ]);
    expect(fixes(findings('DENVER — The team moved to Colorado Spring in May.'))).toEqual([
      ['Colorado Spring', 'Colorado Springs'],
    ]);
    expectClean([
      'MIAMI — A teacher from American Forks spoke first.',
      'PITTSBURGH — She grew up in South Hills and Oak Heights.',
    ]);
  });

  it('reads there before a team’s first or last game as their, and leaves a time', () => {
    expectEachFixed([
      ['The Hornets won there second title in Charlotte.', 'their'],
      ['He had 9 points and 7 assits.', 'assists'],
    ]);
    expectClean(['The band played there last night.', 'We camped there first, then moved on.']);
  });

  it('reads “the other” with a singular noun as right, and knows autoplay and robotaxis', () => {
    expectClean([
      'The other option, which costs more, is a new levee.',
      'The app turns off autoplay, and robotaxis carry riders downtown.',
    ]);
  });

  it('reads past after have as passed, June or July a letter short, and a law’s whole name', () => {
    expectEachFixed([
      ['The Senate has already past the bill twice.', 'passed'],
      ['Hearings resume in Juy 2027.', 'July'],
      ['Ranchers cited the endangered Species Act.', 'Endangered'],
    ]);
    expectClean([
      'He has past convictions for theft.',
      'She had past experience in Jun. and Jul. filings.',
    ]);
  });

  it('reads do to before a cause as due to', () => {
    expectEachFixed([['The ferry stopped running, do to high winds.', 'due']]);
    expectClean([
      'There is little crews can do to the old bridge, and what we do to a house matters.',
    ]);
  });

  it('reads there before what people have as their', () => {
    expectEachFixed([['Voters and there elected leaders met in Eau Claire.', 'their']]);
    expectClean(['Out there, families waited, and once there, children played.']);
  });

  it('reads then after a comparison and before “at any time” or “ever before” as than', () => {
    expectEachFixed([
      ['Home prices rose faster last spring then at any point since 2006.', 'than'],
    ]);
    expectClean(['The crew met at noon, then at any sign of smoke they left.']);
  });

  it('holds a double surname written once without its hyphen to the joined one', () => {
    const found = findings(
      'Trustee Dolores Okafor-Lindqvist voted no.',
      'Okafor Lindqvist said the plan moved too fast.',
    );
    expect(fixes(found)).toEqual([['Okafor Lindqvist', 'Okafor-Lindqvist']]);
    expectClean(['Ana Ruiz-Vega spoke first. Ruiz-Vega said she would vote no.']);
  });

  it('offers a fix that keeps the first letter before one that changes it', () => {
    expectEachFixed([['Friday was the grid’s tighest hour of the summer.', 'tightest']]);
  });

  it('reads a well-known place of two words run together as that place', () => {
    expect(fixes(findings('Highs will reach 101 in Sanantonio and Elpaso.'))).toEqual([
      ['Sanantonio', 'San Antonio'],
      ['Elpaso', 'El Paso'],
    ]);
  });

  it('reads the Atlantic as an ocean, not a slip of a town in the story’s state', () => {
    expectClean([
      'TAMPA, Fla. — Dry air over the eastern Atlantic kept storms from forming near Florida.',
    ]);
  });

  it('knows a prefixed word one letter from the same word under another prefix', () => {
    expectClean(['Lawmakers recriminalized possession after two years.']);
    expectEachFixed([['The clerk recieved the ballots.', 'received']]);
  });
});
