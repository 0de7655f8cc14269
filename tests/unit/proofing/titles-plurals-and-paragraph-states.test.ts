import { beforeAll, describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { checkBlock } from '../../../shared/proofing/check-block';
import { proofreadBlocks } from '../../../shared/proofing/proofreader';
import { requiredLiteral } from '../../../shared/proofing/rule-screens';
import type { ProofingResources } from '../../../shared/proofing/proofreader';
import type { PlaceMention } from '../../../shared/proofing/place-context';
import type { UnknownName } from '../../../shared/proofing/consistency';
import type { Finding } from '../../../shared/proofing/types';

let resources: ProofingResources;
beforeAll(() => {
  resources = loadProofingResources();
}, 30_000);

function findings(...blocks: string[]): Finding[] {
  return proofreadBlocks(blocks, resources).flatMap((r) => r.findings);
}

function placesIn(text: string): PlaceMention[] {
  const unknown: UnknownName[] = [];
  const places: PlaceMention[] = [];
  checkBlock(text, 0, resources, unknown, places);
  return places;
}

describe('a title before a name', () => {
  it('makes the words after it a person’s, not towns that set the story’s state', () => {
    const places = placesIn('Benton County Sheriff Sharon Aldrich said the road would reopen.');
    expect(places.find((p) => p.name === 'Sharon')).toMatchObject({ inPersonName: true });
    expect(places.find((p) => p.name === 'Benton County')?.inPersonName).toBeUndefined();
  });

  it('does so after a lowercase title too', () => {
    const places = placesIn('“We are ready,” said spokeswoman Dana Troy, who joined in May.');
    expect(places.find((p) => p.name === 'Troy')).toMatchObject({ inPersonName: true });
  });

  it('keeps a town named after a title from deciding which far place a slip is', () => {
    // Quincy is in many states; Barry in one (Illinois): as a judge's first name it no longer
    // makes the Illinois village of Energy a plausible fix in an Arkansas story.
    const found = findings(
      'FORT SMITH, Ark. — Sebastian County Judge Barry Lane said crews worked overnight.',
      'Entergy crews restored power to most homes by Friday.',
    );
    expect(found.some((f) => f.kind === 'name' && f.suggestions.includes('Energy'))).toBe(false);
  });
});

describe('plurals the dictionary leaves out', () => {
  it('accepts the plain plural of a noun made with a noun ending', () => {
    const found = findings(
      'The county offered property tax abatements to three employers.',
      'Shellers in Dawson said the crop was clean, and the refinements were small.',
    );
    expect(found.filter((f) => f.kind === 'spelling')).toEqual([]);
  });

  it('still flags a slip that only looks like a plural', () => {
    const found = findings('The goverments of both counties agreed.');
    expect(found.map((f) => f.text)).toContain('goverments');
  });
});

describe('names with a capital inside', () => {
  it('does not take a name such as TriMet or DoorDash opening a sentence for a typo', () => {
    const found = findings(
      'TriMet added buses on the east side.',
      'DoorDash drivers rallied outside city hall on Monday.',
    );
    expect(found.filter((f) => f.kind === 'spelling')).toEqual([]);
  });
});

describe('heads of names of places', () => {
  it('catches a slip in the word that ends a place’s name', () => {
    const found = findings(
      'Ranchers in the Carson Medows said wells were low.',
      'Leaders of the Walker River Paiute Trbe met with the county.',
      'A festival filled the Riverfront Esplande on Saturday.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Medows', 'Meadows'],
      ['Trbe', 'Tribe'],
      ['Esplande', 'Esplanade'],
    ]);
  });
});

describe('the state a paragraph names', () => {
  it('ranks its places first, over the dateline’s state', () => {
    const found = findings(
      'JONESBORO, Ark. — Rain closed roads in Paragould and Batesville on Sunday.',
      'In Missouri, crews in the Bootheel pumped water from fields near Kenett.',
    );
    expect(found.find((f) => f.text === 'Kenett')?.suggestions[0]).toBe('Kennett');
  });
});

describe('articles', () => {
  it('flags a doubled article once, as a repeat', () => {
    const found = findings('The board will hold a a hearing next week.');
    expect(found.map((f) => f.kind)).toEqual(['repeat']);
  });
});

describe('teams, and names with “of”', () => {
  it('knows professional teams by their full names', () => {
    const found = findings(
      'The Milwaukee Bucs beat the Charlotte Hornets, and the Seattle Kraken lost.',
      'A Texas Ranger testified, and every Dallas Cowboy was there.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Milwaukee Bucs', 'Milwaukee Bucks'],
    ]);
  });

  it('reads “of” inside a known name as part of it', () => {
    const found = findings('Tankers crossed the Strait of Hormoz on Sunday.');
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Strait of Hormoz', 'Strait of Hormuz'],
    ]);
  });

  it('judges the last word of a name with “of” like a word', () => {
    const found = findings('She works for the Department of Natural Resouces in Augusta.');
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Resouces', 'Resources']]);
  });

  it('checks a name after a possessive place, which is no first name', () => {
    const found = findings('Toledo’s Ottowa Hills neighborhood lost power.');
    expect(found.map((f) => f.suggestions[0])).toContain('Ottawa Hills');
  });

  it('catches a swapped title before a name', () => {
    const found = findings('Deputy Secertary Karen Mills spoke first.');
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Secertary', 'Secretary']]);
  });
});

describe('a story set abroad', () => {
  it('is not held to American towns by its countries and cities', () => {
    const found = findings(
      'LONDON (AP) — Trains were canceled across England and Wales on Friday.',
      'Passengers waited at Paddington station, and services to Scotland were cut.',
      'Crowds gathered outside Euston station by noon.',
    );
    expect(found).toEqual([]);
  });

  it('takes a small American town for the famous place one slip away', () => {
    const found = findings(
      'LONDON (AP) — Flights were canceled across Britain on Friday.',
      'Services from Edinburg to Aberdeen were cut, officials in Scotland said.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Edinburg', 'Edinburgh']]);
  });

  it('keeps American places in a story that names a state', () => {
    const found = findings('McALLEN, Texas — Officials in Edinburg said the road would reopen.');
    expect(found).toEqual([]);
  });
});

describe('from a thirteenth probe', () => {
  it('flags Tuscon, a misspelling en_US lists as a name', () => {
    const found = findings('Buses ran between Phoenix, Tuscon and Flagstaff.');
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Tuscon', 'Tucson']]);
  });

  it('catches slips in the heads and ends of names', () => {
    const found = findings(
      'Leaders of the Tohono O’odham Comunity met on Friday.',
      'Kayakers paddled across the Green Lagon at dawn.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Comunity', 'Community'],
      ['Lagon', 'Lagoon'],
    ]);
  });

  it('leaves a surname after an article and a party alone', () => {
    expect(findings('Voters backed the Republican Kari Lake in the primary.')).toEqual([]);
  });

  it('catches a short title swapped before a name', () => {
    const found = findings('The agency said Board Chiar Dana Whitlock would testify.');
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Chiar', 'Chair']]);
  });

  it('catches a language with a letter doubled or dropped wherever it stands', () => {
    const found = findings('Signs were printed in Spannish and Portugese for the first time.');
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Spannish', 'Spanish'],
      ['Portugese', 'Portuguese'],
    ]);
  });

  it('does not offer another first letter for a real town the gazetteer lacks in the state', () => {
    const found = findings(
      'HARRISBURG, Pa. — Farmers met in Carlisle and York on Monday.',
      'In Darlington, Pa., buyers still refused to buy their hay.',
    );
    expect(found).toEqual([]);
  });

  it('judges a word before a known place of two words as no first name', () => {
    const found = findings(
      'HARRISBURG, Pa. — Regional police forces are not new.',
      'Nothern York County officials said their force had grown.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Nothern', 'Northern']]);
  });
});

describe('from a fourteenth probe', () => {
  it('catches a slip in the second part of a written-out number', () => {
    const found = findings(
      'Twenty-there people were hurt and forty-for were treated; twenty-one left.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['there', 'three'],
      ['for', 'four'],
    ]);
  });

  it('flags “then” after a comparative, not “then” in time', () => {
    const found = findings(
      'Shares rose more then tenfold, rather then falling.',
      'Prices were higher, then fell. The then-governor spoke. He was younger then.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['then', 'than'],
      ['then', 'than'],
    ]);
  });

  it('reads a hyphenated word between an article and a name', () => {
    const found = findings('Most cases were in a close-knit Menonite community.');
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Menonite', 'Mennonite']]);
  });

  it('judges a word after an institution’s head and a connector', () => {
    const found = findings(
      'The Centers for Disese Control issued guidance.',
      'The Water Bord met on Monday, and hundreds of Amercans wrote in.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Disese', 'Disease'],
      ['Bord', 'Board'],
      ['Amercans', 'Americans'],
    ]);
  });
});

describe('from a fifteenth probe', () => {
  it('does not take two words of one name for two spellings of it', () => {
    expect(findings('Crews evacuated Flin Flon, Manitoba, on Tuesday.')).toEqual([]);
  });

  it('knows the bigger cities abroad', () => {
    const found = findings(
      'TORONTO (AP) — Fires burned near Kamloops and Red Deer.',
      'Oil sands sites near Fort McMurry were shut in May.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Fort McMurry', 'Fort McMurray'],
    ]);
  });

  it('puts the apostrophe back in a famous place’s possessive, not in a surname', () => {
    const found = findings(
      'Quebecs wildfire agency sent crews west.',
      'Nurse Myrna Kulas has lived there since 2001. Kulas said the roads flooded.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Quebecs', "Quebec's"]]);
  });

  it('reads “with out” as “without”', () => {
    const found = findings('Service would be cut with out the tax, and a with-out clause failed.');
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['with out', 'without']]);
  });

  it('takes the words after a leader’s title for a person', () => {
    expect(
      findings('The bill passed. Senate Majority Leader John Thune, R-S.D., praised it.'),
    ).toEqual([]);
  });
});

describe('house-style rules', () => {
  it('screen blocks by the plain text every match contains, wherever it stands', () => {
    expect(requiredLiteral('\\bper cent\\b')).toBe('per cent');
    expect(requiredLiteral('\\b(more|less) then\\b')).toBe(' then');
    expect(requiredLiteral('colou?r')).toBe('colo');
    expect(requiredLiteral('x{2}yz')).toBe('yz');
    expect(requiredLiteral('grey|gray')).toBeUndefined();
    expect(requiredLiteral('(\\d+) ?(?:AM|am)')).toBeUndefined();
  });
});

describe('wrong words spelled right', () => {
  it('flags the classic confusions as spelling findings, with the right word', () => {
    const found = findings(
      'Remote workers moved their during the pandemic.',
      'Its been a long year, and he would of stayed.',
      'Crews reached the crash sight as the quarterback through for 287 yards.',
      'Agents from the boarder patrol used a water canon.',
    );
    expect(found.map((f) => [f.kind, f.text, f.suggestions[0]])).toEqual([
      ['spelling', 'their', 'there'],
      ['spelling', 'Its', "It's"],
      ['spelling', 'of', 'have'],
      ['spelling', 'sight', 'site'],
      ['spelling', 'through', 'threw'],
      ['spelling', 'boarder', 'border'],
      ['spelling', 'canon', 'cannon'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'Their own plans changed; the choice was theirs, and they moved there in 2001.',
        'The company and its board met. The sight of the site shocked her.',
        'The pass went through for a score. A boarder paid rent. The canon of poetry grew.',
        'The weather was fine, whether or not it rained; the lead pipes were replaced.',
      ),
    ).toEqual([]);
  });
});

describe('from a sixteenth probe', () => {
  it('leaves a place named like a far one alone, and still catches slips of known words', () => {
    expect(findings('SALT LAKE CITY — Farmers along the Weber River agreed.')).toEqual([]);
    const found = findings(
      'Officials in Jefferson Parrish ordered an evacuation.',
      'The Chiefs visit the Pittsburg Steelers on Sunday.',
    );
    expect(found.map((f) => f.suggestions[0])).toEqual(['Jefferson Parish', 'Pittsburgh Steelers']);
  });

  it('catches slips in front and assembly at the end of a name', () => {
    const found = findings(
      'Dust could blow across the Wasatch Frnt.',
      'Workers at the Orion Assembley plant voted.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Frnt', 'Front'],
      ['Assembley', 'Assembly'],
    ]);
  });

  it('knows a few more wrong words', () => {
    const found = findings(
      'If we loose the lake, riders face a fair increase, and they where late.',
    );
    expect(found.map((f) => f.suggestions[0])).toEqual(['lose', 'fare', 'were']);
  });
});

describe('from a seventeenth probe', () => {
  it('accepts -ing on a word with a silent e, not on one that doubles its consonant', () => {
    const found = findings('The trend, nearshoring, grew, but runing late hurt.');
    expect(found.map((f) => f.text)).toEqual(['runing']);
  });

  it('checks a word after a state, which is no given name', () => {
    const found = findings('Southern California Edisen cut power to 40,000 customers.');
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Edisen', 'Edison']]);
  });

  it('writes “cannot” as one word, as AP does, but not in “can not only”', () => {
    const found = findings('Farmers can not plan, and they can not only sell but also store.');
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['can not', 'cannot']]);
  });
});

describe('from an eighteenth probe', () => {
  it('ranks a state before a town of its own', () => {
    const found = findings('HONOLULU — Hawai will charge tourists a new fee.');
    expect(found[0]?.suggestions[0]).toBe('Hawaii');
  });

  it('offers the plural and the possessive for a noun in -y with an s', () => {
    // Before a noun the possessive comes first (see pairs-plurals-and-rules.test.ts).
    const found = findings('Residents of the citys north side spoke.');
    expect(found[0]?.suggestions.slice(0, 2)).toEqual(["city's", 'cities']);
  });

  it('catches every one of and whose', () => {
    const found = findings(
      'Everyone of these schools matters, said Denise Hollins, who’s grandchildren attend.',
    );
    expect(found.map((f) => f.suggestions[0])).toEqual(['Every one', 'whose']);
  });
});

describe('newer news words', () => {
  it('knows words of the last decade’s weather, technology and courts', () => {
    const found = findings(
      'A derecho and a megadrought, pickleball courts and wearables, a deplatformed account,',
      'stablecoin rules, sextortion cases, esports arenas and a livestreamer who was misgendered.',
    );
    expect(found).toEqual([]);
  });

  it('offers the hyphen back for a prefix closed onto a word', () => {
    const found = findings('The cofounder left, and the postpandemic rebound slowed.');
    expect(found[0]?.suggestions[0]).toBe('co-founder');
    // Not a common word after the prefix: offered after the two closest words.
    expect(found[1]?.suggestions.slice(0, 3)).toContain('post-pandemic');
  });
});

describe('from a nineteenth probe', () => {
  it('reads “where” before a past participle as “were”, once per slip', () => {
    const found = findings(
      'Patients where told to wait, and we where told to leave.',
      'Masks are worn where required, and parking is free where allowed.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['where', 'were'],
      ['where', 'were'],
    ]);
  });
});

describe('from a twentieth probe', () => {
  it('reads a word one slip from an everyday word after an article as that word', () => {
    const found = findings(
      'Downpours are more frequent in the Norteast, officials in the Bootheel said.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Norteast', 'Northeast']]);
  });

  it('knows a few more wrong words from sports and speech', () => {
    const found = findings(
      '“You cant teach that,” he said after a sixth strait win; they shot 7 of 20 form the field',
      'and the arena is too blocks away.',
    );
    // (The fix's apostrophe is curly, as the paragraph's quotes are.)
    expect(found.map((f) => f.suggestions[0])).toEqual(['can’t', 'straight', 'from', 'two']);
  });
});

describe('from a twenty-first probe', () => {
  it('keeps the dictionary’s spelling when a name is spelled two ways as often', () => {
    const found = findings(
      'Tariffs in Canada and the Europian Union cut sales.',
      'The European Union plans a 50% tariff.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['Europian', 'European']]);
  });

  it('judges a word before a closer after a plural possessive, and before System', () => {
    const found = findings(
      'The Kentucky Distilers’ Association said sales fell.',
      'Utilities such as the Lincoln Electic System signed contracts.',
    );
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Distilers', 'Distillers'],
      ['Electic', 'Electric'],
    ]);
  });
});
