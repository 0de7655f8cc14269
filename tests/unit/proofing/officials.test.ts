import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Officials, officialSlips } from '../../../shared/proofing/officials';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Members of Congress (resources/officials.json, from the public-domain congress-legislators
// project): a name after "Sen." or "Rep." a slip from a member's, with the member's first
// name, is that member misspelled.

const { findings } = proofingCases();
const data = JSON.parse(readFileSync('resources/officials.json', 'utf8')) as {
  about: string;
  people: string[][];
};

describe('the list of members', () => {
  it('holds both chambers, each member with a name, a chamber and a state', () => {
    const senators = data.people.filter((row) => row[3] === 'sen');
    const representatives = data.people.filter((row) => row[3] === 'rep');
    expect(senators.length).toBeGreaterThanOrEqual(95);
    expect(senators.length).toBeLessThanOrEqual(100);
    expect(representatives.length).toBeGreaterThanOrEqual(420);
    for (const row of data.people) {
      expect(row).toHaveLength(5);
      expect(row[0]).toMatch(/^\p{Lu}/u);
      expect(row[4]).toMatch(/^[A-Z]{2}$/);
    }
    expect(data.about).toContain('CC0');
  });

  it("holds one governor for each state, and the states' other elected officers", () => {
    const governors = data.people.filter((row) => row[3] === 'gov');
    expect(new Set(governors.map((row) => row[4])).size).toBe(50);
    expect(governors).toHaveLength(50);
    for (const office of ['ltgov', 'ag', 'sos'])
      expect(data.people.filter((row) => row[3] === office).length, office).toBeGreaterThan(20);
    // Every state's legislature: some 7,400 seats in both houses.
    expect(data.people.filter((row) => row[3] === 'ssen').length).toBeGreaterThan(1800);
    expect(data.people.filter((row) => row[3] === 'srep').length).toBeGreaterThan(5000);
    // (With Washington, D.C.'s council and Puerto Rico's senate.)
    const states = new Set(data.people.filter((row) => row[3] === 'ssen').map((row) => row[4]));
    expect(states.size).toBeGreaterThanOrEqual(50);
  });
});

describe('members of Congress misspelled after their title', () => {
  it('offers the member’s own spelling, saying who is meant', () => {
    const found = findings('Sen. Lisa Murkowsky voted against the bill on Tuesday.');
    expect(fixes(found)).toEqual([['Murkowsky', 'Murkowski']]);
    expect(found[0]!.kind).toBe('name');
    expect(found[0]!.message).toContain('Sen. Lisa Murkowski of Alaska');
  });

  it('knows the name a member goes by and a possessive', () => {
    expect(fixes(findings('Sen. Bernie Sandres’s office did not reply.'))).toEqual([
      ['Sandres', 'Sanders'],
    ]);
    expect(fixes(findings('U.S. Rep. Jim Jordon of Ohio spoke first.'))).toEqual([
      ['Jordon', 'Jordan'],
    ]);
  });

  it('leaves members as written, and people the list does not hold', () => {
    for (const story of [
      'Sen. Lisa Murkowski, R-Alaska, and Rep. Jim Jordan spoke.',
      'State Sen. Lisa Murkowsky of Juneau spoke next.',
      'Sen. Laura Murkowsky, a state legislator, was not there.',
    ])
      expect(findings(story), story).toEqual([]);
  });

  it('holds another spelling in the story to the member’s', () => {
    expect(
      fixes(findings('Sen. Lisa Murkowski voted no.', 'Murkowsky said the bill went too far.')),
    ).toEqual([['Murkowsky', 'Murkowski']]);
  });

  it('is a check of its own, given any list', () => {
    const officials = new Officials([['Ada', '', 'Lovelace', 'sen', 'NY'], ['broken row']]);
    expect(officialSlips('Sen. Ada Lovelase spoke.', officials).map((f) => f.suggestions)).toEqual([
      ['Lovelace'],
    ]);
    expect(officialSlips('Rep. Ada Lovelase spoke.', officials)).toEqual([]);
  });
});

describe("states' officeholders misspelled after their title", () => {
  it('offers the governor’s spelling of a last name, of one word or two', () => {
    expect(fixes(findings('Gov. Kelly Armstong toured the flooded farms on Monday.'))).toEqual([
      ['Armstong', 'Armstrong'],
    ]);
    const [found] = findings('Gov. Michelle Lujan Grisam signed the emergency order.');
    expect(fixes([found!])).toEqual([['Lujan Grisam', 'Lujan Grisham']]);
    expect(found!.message).toContain('Gov. Michelle Lujan Grisham of New Mexico');
  });

  it('offers the first name of the governor of that surname', () => {
    expect(fixes(findings('Gov. Spenser Cox said the lake had risen a foot.'))).toEqual([
      ['Spenser', 'Spencer'],
    ]);
  });

  it('allows two slips in a one-a-state officeholder’s surname of five letters or more', () => {
    expect(fixes(findings('Secretary of State Adrian Fuentes asked the court to act.'))).toEqual([
      ['Fuentes', 'Fontes'],
    ]);
    expect(findings('Rep. Adrian Fuentes of the county board spoke.')).toEqual([]);
  });

  it('holds a state legislator’s name to the spelling of the list, by the title the story uses', () => {
    const [found] = findings(
      'State Sen. Marko Liais, a Democrat from Everett, said the fleet was old.',
    );
    expect(fixes([found!])).toEqual([['Liais', 'Liias']]);
    expect(found!.message).toContain('state Sen. Marko Liias of Washington');
    expect(fixes(findings('Assemblywoman Buffy Wickes voted for the bill.'))).toEqual([
      ['Wickes', 'Wicks'],
    ]);
    // Without a state title, a senator is a member of Congress, whom that name is not.
    expect(findings('Sen. Marko Liais, a Democrat, said the fleet was old.')).toEqual([]);
  });

  it('knows the other offices by their titles', () => {
    expect(fixes(findings('Attorney General Kris Mays filed the suit Friday.'))).toEqual([
      ['Mays', 'Mayes'],
    ]);
    expect(fixes(findings('Lt. Gov. Eleni Kounalakas presided over the Senate.'))).toEqual([
      ['Kounalakas', 'Kounalakis'],
    ]);
  });

  it('leaves officeholders as written, former ones and people of another office', () => {
    for (const story of [
      'Gov. Michelle Lujan Grisham and Gov. Spencer Cox met in Santa Fe.',
      'Gov. Sarah Huckabee Sanders signed the bill.',
      'Former Gov. Spenser Cox would not be a slip the list can judge.',
      'Sen. Spenser Cox of the student senate spoke.',
      'Gov. Jon Cox of the model legislature spoke.',
    ])
      expect(findings(story), story).toEqual([]);
  });

  it('holds a later mention to the officeholder’s spelling', () => {
    expect(
      fixes(findings('Gov. Kelly Armstrong spoke first.', 'Armstong said the levee would hold.')),
    ).toEqual([['Armstong', 'Armstrong']]);
  });
});
