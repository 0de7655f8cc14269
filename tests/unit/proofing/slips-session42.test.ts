import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the probes read in the forty-second round, written here in other words and
// other places, with right uses of the same words beside them.

const { expectEachFixed, expectClean, findings } = proofingCases();

describe('a plural written for an owner', () => {
  it('offers the owner’s form where the word after belongs to it', () => {
    expectEachFixed([
      ['The states budget depends on sales taxes more than it used to.', "state's"],
      ['She had been staying at a friends house in Tempe since the fire.', "friend's"],
      ['The nations capital was quiet on Sunday.', "nation's"],
      ['Commissioners will set next years seasons in January.', "year's"],
      ['The rules take effect with this summers hunting season.', "summer's"],
    ]);
  });

  it('leaves an owner written with care, and plurals that describe', () => {
    expectClean([
      "The court rejected the author's claim and the critic's appeal.",
      'The jobs report came out Friday, and the sales tax rose.',
      'The teachers union and the farmers market both backed the levy.',
      'The parents said no, and the states said the same.',
      'He spent the last years of his life in Dayton.',
      'Over the next years the plant grew, and last years were hard.',
      'The arms race and the savings account were on the agenda.',
    ]);
  });
});

describe('homophones and near-homophones in a verb’s place', () => {
  it('catches threw, have, who’s, its and were', () => {
    expectEachFixed([
      ['A federal appeals court through out an earlier version in 2023.', 'threw'],
      ['The judge through out the charges on Monday.', 'threw'],
      ['No family should half to live like this, she said.', 'have'],
      ["We'll half to wait and see.", 'have'],
      ['"The young ones are the ones whose leaving," he said.', "who's"],
      ['Ask anyone whose been to a hearing.', "who's"],
      ['The port will finish the year with it’s second-best year.', 'its'],
      ['That is just how things where done, he said.', 'were'],
      ['The ballots where thrown out after the recount.', 'were'],
    ]);
  });

  it('leaves the right uses beside them', () => {
    expectClean([
      'Snow fell through the night, and she walked through it.',
      'The court threw out the case; schools throughout the state closed.',
      'He cut the pie in half to share it.',
      'The man whose leaving party was Friday and the woman whose home burned spoke.',
      'It’s best not to wait, and it’s second nature to her.',
      'The rooms where kept records were stored flooded.',
      'The towns where made goods were sold are gone.',
    ]);
  });
});

describe('more slips of the round’s second set', () => {
  it('catches planned, these and their', () => {
    expectEachFixed([
      ['The study covers the housing developments planed near the interstate.', 'planned'],
      ['"Theses are the last wild rivers we have," she said.', 'These'],
      ['They woke up with water in they’re living rooms.', 'their'],
    ]);
    expectClean([
      'The boat planed across the lake at dawn.',
      'Her theses are due Friday, and those theses run long.',
      'Once they get in they’re stuck for the night.',
    ]);
  });

  it('reads a paragraph’s state from a place, not from a company’s home in a compound', () => {
    const found = findings(
      'MARYSVILLE, Ohio — Residents met Tuesday.',
      'The developer, Illinois-based Sunfield Energy, needs approval from the siting board, which will hold a hearing in Marysvile next month.',
    );
    expect(fixes(found)).toEqual([['Marysvile', 'Marysville']]);
  });
});

describe('a slip opening a sentence inside a compound, and a town missing its last s', () => {
  it('judges the first part of "Peice-rate" as a word, as it would "Peice rates"', () => {
    expectEachFixed([
      ['The pickers said so. Peice-rate pay discourages breaks.', 'Piece'],
      ['Most riders drive. Comuter-rail riders complained anyway.', 'Commuter'],
    ]);
    expectClean([
      'The line runs along the Arizona-Utah border. Okafor-Mills said so.',
      'Rate cuts came. Piece-rate pay and Tri-Valley towns were discussed.',
    ]);
  });

  it('offers the town a place’s everyday last word left its s', () => {
    expectEachFixed([
      ['BIRMINGHAM, Ala. — The money went to Mountain Brook and Vestavia Hill.', 'Vestavia Hills'],
      ['PALM DESERT, Calif. — He moved to Palm Spring last year.', 'Palm Springs'],
    ]);
    expectClean([
      'She is a Green Bay Packer fan, and it is the only Great Lake she has seen.',
      'BIRMINGHAM, Ala. — Vestavia Hills and Palm Springs were both named.',
    ]);
  });
});

describe('homophones the language model cannot tell apart', () => {
  it('catches principle, haul, affect, won and site in their places', () => {
    expectEachFixed([
      ['"This is a principal we have fought for," she said.', 'principle'],
      ['The board agreed in principal to the sale.', 'principle'],
      ['"Every load we hall in from Montana costs money," he said.', 'haul'],
      ['A hydrologist found that blasting could effect groundwater.', 'affect'],
      ['"Nobody one last time," Gregory said.', 'won'],
      ['The lawyer said the sight met every requirement in the code.', 'site'],
    ]);
  });

  it('leaves the words where they are meant', () => {
    expectClean([
      'The principal and interest come due in May, and interest on principal rose.',
      'A principal said so, and the board voted principal Jones out.',
      'They walked down the hall in silence.',
      'The new rules could effect change, and it could effect repairs.',
      'They came in one by one, and we one day hope to return.',
      'The sight of the flooded street stunned him.',
    ]);
  });
});

describe('homophones of the round’s last sets', () => {
  it('catches straight, our, its, peek, hangar, ensure, horde, pore and led', () => {
    expectEachFixed([
      ['They will dig up our streets for two summers strait.', 'straight'],
      ['He said. "Are first job is to protect the beach."', 'Our'],
      ['A dry winter would send it back toward it’s 2022 low.', 'its'],
      ['Neighbors came for a first peak at the plan.', 'peek'],
      ['The yard plans hanger-sized workshops.', 'hangar'],
      ['The money would insure the yard could keep up.', 'ensure'],
      ['It’s a hoard of cars every afternoon.', 'horde'],
      ['The Navy said it would pour over every comment.', 'pore'],
      ['Kansas lead the nation in wheat production last year.', 'led'],
    ]);
  });

  it('leaves the words where they are meant', () => {
    expectClean([
      'And I go George Strait back; ships crowd the Strait of Hormuz.',
      'Are first-time buyers eligible? Are the schools open today?',
      'Prices reached their first peak at the end of May.',
      'A coat hanger-like hook hung there.',
      'He wants to insure the house is covered.',
      'Pour over the pasta and serve.',
      'Kansas will lead the nation next year, and she will lead the team in 2027.',
    ]);
  });
});

describe('classic homophones in news copy', () => {
  it('catches each in the place it is wrong', () => {
    expectEachFixed([
      ['The council will waive goodbye to the old plan.', 'wave'],
      ['The new bridge would compliment the existing ferry service.', 'complement'],
      ["The truck's breaks failed on the hill.", 'brakes'],
      ['The governor will wade in on the dispute.', 'weigh'],
      ['The council voted to rays the money for a park.', 'raise'],
      ['Investigators are trying to determine the course of the fire.', 'cause'],
      ['He was sited for driving without a license.', 'cited'],
      ["The district's principle said the school would reopen.", 'principal'],
      ["The capitol city's budget is under strain.", 'capital'],
      ['He through the ceremonial first pitch.', 'threw'],
      ['The company plans to higher 200 workers.', 'hire'],
      ['The plane truth is that we ran out of money.', 'plain'],
      ['The peddle on the bike broke.', 'pedal'],
      ['Vendors pedal their goods on the boardwalk.', 'peddle'],
      ['The heroin of the story is a nurse.', 'heroine'],
      ['The dog was found in tact.', 'intact'],
      ['The city will hone in on the worst roads first.', 'home'],
      ['A lose dog bit a mail carrier.', 'loose'],
    ]);
  });

  it('leaves the right uses of the same words', () => {
    expectClean([
      'The city agreed to waive the fee, and fans waved goodbye.',
      'She complimented the crews, and the menu complements the wine list.',
      'The workers took their breaks after the rush.',
      'They had to wade in the flooded street.',
      'Rays of light crossed the plaza as the wind changed the course of the fire.',
      'The plant was sited by the state near the river.',
      'The principle of local control matters, the principal said.',
      'The Capitol police guarded the building in the capital.',
      'Prices moved to higher levels as the firm hoped to hire more staff.',
      'The plane landed safely, and riders pedal their bikes to work.',
      'Officers seized heroin, and the hospital is intact.',
      'He gave a lesson in tact, honed his skills and feared a tough loss.',
    ]);
  });
});

describe('rarer homophones, each held to its neighbours', () => {
  it('catches each where its neighbours say the other word', () => {
    expectEachFixed([
      ['She was council for the defense.', 'counsel'],
      ["The company's decent into bankruptcy took two years.", 'descent'],
      ['The dual between the two candidates was heated.', 'duel'],
      ['The report fazed out the old rules.', 'phased'],
      ['The chef added a flare of his own.', 'flair'],
      ['Police fired a flair into the sky.', 'flare'],
      ['The team moved fourth with the plan.', 'forth'],
      ['Crews replaced led pipes on three streets.', 'lead'],
      ['The lessen was clear to everyone.', 'lesson'],
      ['The new medicine should lesson the pain.', 'lessen'],
      ['The mantel of leadership passed to her.', 'mantle'],
      ['The boat was moored at the peer.', 'pier'],
      ['He was tried by a jury of his piers.', 'peers'],
      ['The presents of police calmed the crowd.', 'presence'],
      ['The Senate will proceed the House in voting.', 'precede'],
      ['They road the bus to the rally.', 'rode'],
      ['The rode was closed for repairs.', 'road'],
      ["The ship's sale was torn in the storm.", 'sail'],
      ['The store is having a sail this weekend.', 'sale'],
      ['The seen was chaotic after the shooting.', 'scene'],
      ['The office ordered new stationary with the logo.', 'stationery'],
      ['The tenet was evicted last week.', 'tenant'],
      ['A basic tenant of the party is lower taxes.', 'tenet'],
      ['The clown troop performed at the fair.', 'troupe'],
      ['The troupes returned from overseas.', 'troops'],
      ['The vain of gold ran deep.', 'vein'],
      ['The waist water plant is being upgraded.', 'waste'],
      ['The yolk of oppression was lifted.', 'yoke'],
      ['The players were board during the long delay.', 'bored'],
    ]);
  });

  it('leaves the right uses of the same words', () => {
    expectClean([
      'The city council meets Tuesday, and the council voted to hire outside counsel.',
      'It was a decent offer, and the dual roles suit her.',
      'The plan will phase in over two years; nothing seems to faze her.',
      'A solar flare disrupted radios, and she has a flair for drama.',
      'The fourth quarter was scoreless, and they went back and forth.',
      'He led the search, and the pipes were made of lead.',
      'The lesson was clear, and the medicine should lessen the pain.',
      'The mantel of the fireplace cracked, and he took up the mantle.',
      'She asked her peers, and the pier was closed.',
      'The children opened presents, and a police presence calmed the crowd.',
      'The talks will proceed the same way, and lunch will precede the vote.',
      'They rode the bus down the road, and the ship set sail before the sale.',
      'The scene was seen by many, and the stationary bike was donated.',
      'The tenant paid rent, and a tenet of the faith is charity.',
      'The troupe performed for the troops.',
      'In vain they dug, and the vein of gold ran deep; the waste of it all.',
      'The egg yolk broke, and the board was bored through with holes.',
    ]);
  });
});

describe('the round’s last probe set', () => {
  it('catches a crowded aisle and leaves a surname before an age', () => {
    expectEachFixed([['On opening day the aisles were crowed with shoppers.', 'crowded']]);
    expectClean([
      'The rooster crowed at dawn, and he crowed about his win.',
      '"I almost cried," said Ruth Ann Sundby, 78.',
    ]);
  });

  it('puts a word one letter off before a split after "at" or "as"', () => {
    const found = findings('The plan is to attrack a developer.');
    expect(found[0]?.suggestions.slice(0, 2)).toContain('attract');
    expect(found[0]?.suggestions[0]).not.toBe('at track');
    expectEachFixed([
      ['We need atleast two more votes.', 'at least'],
      ['It was infact true.', 'in fact'],
      ['There was alot of rain.', 'a lot'],
    ]);
  });
});

describe('names the checker read as slips in the round’s last probes', () => {
  it('leaves a Spanish name, and a family named with its particle', () => {
    expectClean([
      'Edgar Franks of Familias Unidas por la Justicia, a farmworker union, said so.',
      'PELLA, Iowa — The fire destroyed the home of the Van Zante family. "We lost everything," said Sarah Van Zante, 41. The Van Zantes plan to rebuild next spring.',
    ]);
  });

  it('still finds a dropped letter inside a name’s word and a possessive missing its apostrophe', () => {
    expectEachFixed([['The deal with Cox Automotve closed Friday.', 'Automotive']]);
    const found = findings(
      'The lawsuit names Barbara Melvin, the agency chief.',
      'Melvins agency denied it.',
    );
    expect(fixes(found)).toEqual([['Melvins', 'Melvin’s']]);
  });
});

describe('false flags of the round’s last stories', () => {
  it('leaves Mc for Mac, and "one of the fastest growing"', () => {
    expectClean([
      'SALEM, Ore. — The fires burned the McKenzie River valley east of Eugene.',
      'Charlotte County has been one of the fastest growing in the state.',
    ]);
    expectEachFixed([
      ['She is one of the best player in the league.', 'players'],
      ['He fished the Mackenzie Rivr in Canada.', 'Mackenzie River'],
    ]);
  });
});

describe('"the people of" a place with a verb for one', () => {
  it('asks for the verb for many', () => {
    expectEachFixed([
      ['"The people of this neighborhood has been asked to carry more," she said.', 'have'],
      ['The people of Tucson is tired of the trucks.', 'are'],
    ]);
    expectClean([
      'The people of this neighborhood have waited, and the people in the house are fine.',
      'The People of the State of California is the plaintiff.',
      'The people of the valley, she said, have waited long enough.',
    ]);
  });
});
