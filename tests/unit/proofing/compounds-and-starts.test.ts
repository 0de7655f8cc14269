import { beforeAll, describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { proofreadBlocks } from '../../../shared/proofing/proofreader';
import type { ProofingResources } from '../../../shared/proofing/proofreader';
import type { Finding } from '../../../shared/proofing/types';

let resources: ProofingResources;
beforeAll(() => {
  resources = loadProofingResources();
}, 30_000);

function check(...blocks: string[]): Finding[] {
  return proofreadBlocks(blocks, resources).flatMap((r) => r.findings);
}

function fixed(text: string, finding: Finding | undefined): string {
  if (!finding) return text;
  return text.slice(0, finding.start) + finding.suggestions[0] + text.slice(finding.end);
}

describe('compounds are checked part by part', () => {
  it.each([
    ['Nurses at the Oaklan-based clinic walked out.', 'Oaklan', 'Oakland'],
    ['Traffic on the Sacremento-area freeways slowed.', 'Sacremento', 'Sacramento'],
    ['The San Fransisco-bound train stalled at dawn.', 'San Fransisco', 'San Francisco'],
    ['A Pittsburg-based union filed suit.', undefined, undefined],
    ['The goverment-run shelters filled by nightfall.', 'goverment', 'government'],
    ['A Clevland-area school board voted Tuesday.', 'Clevland', 'Cleveland'],
  ])('%s', (text, wrong, right) => {
    const findings = check(text);
    if (wrong === undefined) {
      expect(findings).toEqual([]);
      return;
    }
    const hit = findings.find((f) => f.text === wrong);
    expect(hit, JSON.stringify(findings)).toBeDefined();
    expect(hit!.suggestions[0]).toBe(right);
    // The fix replaces only the wrong part: the suffix stays.
    expect(fixed(text, hit)).toContain(`${right}-`);
  });

  it('catches a near-miss before an en dash', () => {
    const [hit] = check('A Los Angles–based studio laid off 40 people.');
    expect(hit).toMatchObject({ text: 'Los Angles', suggestions: ['Los Angeles'] });
  });

  it('knows real prefixes, suffixes and fixed compounds', () => {
    expect(
      check(
        'The non-patient areas, the co-founder said, reopen mid-July after a pre-strike vote.',
        'An anti-union flier and a self-described well-known e-mail from the COVID-19 era circulated.',
        'The 18-year-old, a pandemic-era hire, runs a state-run program with a 10-year-old budget.',
      ),
    ).toEqual([]);
  });
});

describe('ordinary English and news words are not flagged', () => {
  it('accepts words en_US lacks', () => {
    expect(
      check(
        'First responders cited understaffing as the snowpack melted.',
        'The walkout was livestreamed, and the union subpoenaed records.',
        'Homeowners and evacuees crowded the wastewater plant’s lobby.',
      ),
    ).toEqual([]);
  });
});

describe('typos opening a sentence', () => {
  it.each([
    ['Psycologists say the closures hurt children.', 'Psychologists'],
    ['Comuters waited two hours in Fresno.', 'Commuters'],
    ['Parnts packed the gym on Thursday night.', 'Parents'],
    ['Goverment lawyers declined to comment.', 'Government'],
    // Four and five letters: one cheap slip from one of the commonest words.
    ['The board met at noon. Bord member Dana Whitley voted no.', 'Board'],
    ['They waited for hours. "Nobdy came," she said.', 'Nobody'],
  ])('%s', (text, right) => {
    const [hit] = check(text);
    expect(hit?.kind).toBe('spelling');
    expect(hit?.suggestions[0]).toBe(right);
  });

  it('leaves surnames that open sentences alone', () => {
    expect(
      check(
        'Castellanos said the pumps failed.',
        'Villaraigosa spoke first.',
        'Nguyen, 42, lives nearby.',
        'Priya Ramaswamy drove in from Bakersfield.',
      ),
    ).toEqual([]);
  });

  it('leaves a short surname alone once the story has named its owner', () => {
    // "Moen" is one dropped vowel from "men", "Lyft" one vowel from "left": a second
    // reference opening a sentence is a name.
    expect(
      check(
        'Plumbing maker Moen and the ride-hailing company Lyft were named in the suit.',
        'Moen said it would appeal. Lyft declined to comment.',
      ),
    ).toEqual([]);
  });
});

describe('typos inside names made of everyday words', () => {
  it.each([
    ['The Public Utility Commision meets Tuesday.', 'Commission'],
    ['He started at Appalacian State last fall.', 'Appalachian'],
    ['Rain fell across the Willamete Valley overnight.', 'Willamette'],
    // "University" is also a small town's name: a word near no place the story could mean is
    // still judged as a word.
    ['She teaches at Ohio State Universty in Columbus.', 'University'],
  ])('%s', (text, right) => {
    const [hit] = check(text);
    expect(hit?.kind).toBe('spelling');
    expect(hit?.suggestions[0]).toBe(right);
  });

  it('leaves a name after a title or before a street alone', () => {
    expect(
      check(
        'Mayor Donald Darfus said the village would keep building.',
        'The Marchant Street bridge reopened.',
        'Coach Brian Callahan praised the line.',
      ),
    ).toEqual([]);
  });
});

describe('articles by sound', () => {
  it.each([
    'She took a UC campus tour.',
    'A U.S. Department of Labor official spoke.',
    'He was a U.S. official then.',
    'It was a one-time payment to a European firm and a union.',
    'They waited an hour for an FBI agent and an MTA spokesperson.',
    'She holds an MBA and hired an 18-year-old for an 11th straight season.',
    // "Un" as a prefix keeps its vowel; the "you" of other u-words does not.
    'Police sought an unidentified man, an uninsured driver and an unimaginable sum.',
    'A Ukrainian official, a Ugandan runner and a Uruguayan striker cast a unanimous vote.',
    'A unionized shop, a uniformed officer, a unit, a utensil and a Utah town.',
    'An onerous rule came with a one-time fee.',
    'Delays hit the A and C lines, and Plan A or B was weighed.',
    // Capitals joined to a number or a hyphen are read letter by letter.
    'An N95 mask helps; he flew an F-35, then a B-52, and made a U-turn after an X-ray.',
  ])('quiet on %s', (text) => {
    expect(check(text).filter((f) => f.kind === 'article')).toEqual([]);
  });

  it.each([
    ['It was an UC campus.', 'a'],
    ['He met a FBI agent.', 'an'],
    ['They waited a hour.', 'an'],
    ['She joined an union.', 'a'],
    ['He was a uninsured driver.', 'an'],
    ['An Ukrainian official spoke.', 'a'],
    ['Wear a N95 mask.', 'an'],
    ['It was an B-52 bomber.', 'a'],
  ])('flags %s', (text, right) => {
    const [hit] = check(text).filter((f) => f.kind === 'article');
    expect(hit?.suggestions[0]?.toLowerCase()).toBe(right);
  });
});

function firstSpellingSuggestion(text: string): string | undefined {
  return check(text).find((f) => f.kind === 'spelling')?.suggestions[0];
}

describe('suggestions for two-edit slips', () => {
  it.each([
    ['It is not nessasarily over.', 'necessarily'],
    ['She will definatly run.', 'definitely'],
    ['The bid was unsucessfull again.', 'unsuccessful'],
    ['They seperate the ballots.', 'separate'],
    ['It occured at noon.', 'occurred'],
  ])('%s', (text, right) => {
    expect(firstSpellingSuggestion(text)).toBe(right);
  });
});

describe('swapped neighbours and a silent e left out', () => {
  // A swap is cheaper than a vowel changed ("twon" is town before twin) or dropped ("siad"
  // is said before sad); a silent e dropped before -ly or -ment is cheaper still, so
  // "definatly" stays definitely, not defiantly.
  it.each([
    ['The twon council met.', 'town'],
    ['The sheriff siad the road was closed.', 'said'],
    ['The cuase of the fire was unknown.', 'cause'],
    ['The team defintely improved.', 'definitely'],
    // The first two letters swapped: looked up by the second letter too.
    ['Officials did not nkow the cause.', 'know'],
    // An apostrophe left out of a contraction, also opening a sentence.
    ['“We dont know yet,” she said.', "don't"],
    ['Theyre still counting ballots.', "They're"],
    ['Pateints waited outside.', 'Patients'],
    ['She completly agreed.', 'completely'],
    ['The managment team left.', 'management'],
  ])('%s', (text, right) => {
    expect(firstSpellingSuggestion(text)).toBe(right);
  });
});

describe('capitalized words that are slips of a word or a known name', () => {
  it.each([
    ['The board met Superintendant Brenda Cassellius on Monday.', 'Superintendent'],
    ['The film was shot in rural Appalachai last year.', 'Appalachia'],
    ['Portgual’s Algarve region trucked in water.', 'Portugal’s'],
    // After "the", a capitalized word is no person's name: a letter short of a known one is a slip.
    ['Storms are growing longer in the Mediteranean basin.', 'Mediterranean'],
    ['Volunteers from the Amercan Red Cross handed out cots.', 'American'],
    ['Clinics opened in a large Menonite community.', 'Mennonite'],
    // The everyday word that ends a place's name, misspelled (not Bally, a place).
    ['The pipeline would cross the Blind Rivr twice.', 'River'],
    ['Furnaces at its Monongahela Vally works will be idled.', 'Valley'],
    // Two slips from a place the dictionary knows, with nothing to say it is a place.
    ['The typhoon slammed into the northern Phillipines.', 'Philippines'],
    // Real words, but slips the spelling check cannot see; a house rule catches the commonest.
    ['The city’s pubic health director spoke.', 'public'],
  ])('%s', (text, right) => {
    const [hit] = check(text);
    expect(hit?.suggestions[0]).toBe(right);
  });

  it('leaves a long surname one slip from a rare word alone', () => {
    expect(check('Maria Castellano and Dmitri Vasquez spoke for the board.')).toEqual([]);
  });

  it('leaves plurals of names, coined company names and hyphenated names alone', () => {
    expect(
      check(
        'Storms hit the Carolinas and the Dakotas, and the Kennedys flew home.',
        'Crews met at the Entergy plant near Jean Parke’s farm.',
        'The Pyrénées-Orientales department imposed limits.',
        'Most of the children were unvaccinated.',
      ),
    ).toEqual([]);
  });
});

describe('a consonant left out', () => {
  // The commonest slip of a fast typist: it outranks a vowel or an h typed in its stead
  // ("ceated" is created before cheated, coated or seated).
  it.each([
    ['Crews ceated a firebreak overnight.', 'created'],
    ['The county sent poiters to the new map.', 'pointers'],
    ['The libary reopened Monday.', 'library'],
    ['The vote will probaly slip.', 'probably'],
  ])('%s', (text, right) => {
    expect(firstSpellingSuggestion(text)).toBe(right);
  });
});
