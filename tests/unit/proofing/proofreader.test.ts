import { beforeAll, describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { proofreadBlocks } from '../../../shared/proofing/proofreader';
import type { ProofingResources } from '../../../shared/proofing/proofreader';
import type { Finding, FindingKind } from '../../../shared/proofing/types';

let resources: ProofingResources;
beforeAll(() => {
  resources = loadProofingResources(['Okafor']);
}, 30_000);

function check(...blocks: string[]): Finding[] {
  return proofreadBlocks(blocks, resources).flatMap((r) => r.findings);
}

function only(kind: FindingKind, ...blocks: string[]): Finding[] {
  return check(...blocks).filter((f) => f.kind === kind);
}

describe('spelling', () => {
  it('flags a misspelling with the right word first', () => {
    const [f] = only('spelling', 'Residents will recieve letters.');
    expect(f).toMatchObject({ text: 'recieve', start: 15, end: 22 });
    expect(f?.suggestions[0]).toBe('receive');
  });
  it('keeps the capital of a sentence-initial word in suggestions', () => {
    expect(only('spelling', 'Teh board met.')[0]?.suggestions[0]).toBe('The');
  });
  it('accepts numbers, abbreviations, hyphenated words and newsroom words with possessives', () => {
    expect(
      check('The FEMA team spent $4.5 million on a well-known plan; Okafor’s office agreed.'),
    ).toEqual([]);
  });
});

describe('names and places', () => {
  it('catches Oaklan for Oakland', () => {
    const [hit] = only('name', 'The terminal in Oaklan floods.');
    expect(hit?.text).toBe('Oaklan');
    expect(hit?.suggestions[0]).toBe('Oakland');
  });
  it('catches multi-word near misses made of dictionary words', () => {
    const found = only('name', 'Fires burned near Los Angles and San Bernadino on Monday.');
    expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['Los Angles', 'Los Angeles'],
      ['San Bernadino', 'San Bernardino'],
    ]);
  });
  it('is quiet about correctly spelled places, organizations and unknown people', () => {
    expect(
      check(
        'Priya Ramaswamy of Kaiser Permanente drove from Bakersfield to San Bernardino County.',
      ),
    ).toEqual([]);
  });
});

describe('consistency', () => {
  it('flags the rarer of two spellings of one name', () => {
    const found = only(
      'consistency',
      'Ana Ferreira spoke.',
      'Ferreira said no.',
      'Later Ferreira agreed.',
      'Ferriera left.',
    );
    expect(found).toEqual([
      expect.objectContaining({ text: 'Ferriera', suggestions: ['Ferreira'] }),
    ]);
  });
  it('leaves different people alone', () => {
    expect(only('consistency', 'Smith met Smyth.', 'Smith and Smyth agreed.')).toEqual([]);
  });
  it('takes a place and what its people are called for two words, not one name', () => {
    expect(
      only(
        'consistency',
        'Russia said it downed 47 drones.',
        'Russian officials said Russia would respond.',
        'Texas and a Texan rancher; Texas again.',
      ),
    ).toEqual([]);
  });
  it('reports consistently used unknown names only as hints', () => {
    const [result] = proofreadBlocks(['Oyelaran said Oyelaran would vote no.'], resources);
    expect(result?.findings).toEqual([]);
    expect(result?.hints.map((h) => h.text)).toEqual(['Oyelaran', 'Oyelaran']);
  });
});

describe('repeats and articles', () => {
  it('flags doubled words but not “had had”', () => {
    expect(only('repeat', 'This is the the answer.')[0]).toMatchObject({
      text: 'the the',
      suggestions: ['the'],
    });
    expect(only('repeat', 'She had had enough.')).toEqual([]);
  });
  it('fixes a and an by sound, including hours, units and numbers', () => {
    expect(only('article', 'It cost a estimated $18 million.')[0]?.suggestions).toEqual(['an']);
    expect(only('article', 'They approved a $18 million plan.')[0]?.suggestions).toEqual(['an']);
    expect(only('article', 'An budget passed.')[0]?.suggestions).toEqual(['A']);
    expect(
      check('It took an hour at a university, a one-time fee, an FBI agent and a European firm.'),
    ).toEqual([]);
  });
});

describe('house style', () => {
  it('applies the rules with their reasons and keeps capitals', () => {
    const found = only('style', 'Towards noon, 80 % of voters used e-mail at 5 PM.');
    // "e-mail" is left alone: the readers accept both spellings.
    expect(found.map((f) => f.suggestions[0])).toEqual(['Toward', '80%', 'p.m.']);
    expect(found[1]?.message).toMatch(/no space/);
    // AP has used the sign with numerals since 2019; "4 percent" is older style, not wrong.
    expect(only('style', 'Prices rose 4% in May and 2.5 percent in June.')).toEqual([]);
  });
});

describe('punctuation', () => {
  it('flags doubled spaces and unclosed parentheses and quotes', () => {
    expect(only('punctuation', 'Two  spaces.')[0]).toMatchObject({ start: 3, end: 5 });
    expect(only('punctuation', 'An aside (never closed.')[0]?.text).toBe('(');
    expect(only('punctuation', '“We heard them, she said.')[0]?.text).toBe('“');
  });
  it('allows a quote to run on into a paragraph that opens with a quotation mark', () => {
    expect(
      only('punctuation', '“The first part of the quote.', '“And the end of it,” she said.'),
    ).toEqual([]);
  });
});

describe('clean copy', () => {
  it('stays quiet on well-edited news copy', () => {
    const clean = [
      'OAKLAND, Calif. — The City Council voted 6-2 on Tuesday to extend the ferry pilot through June, a decision that supporters said would keep commuters off crowded bridges.',
      '“We have heard from hundreds of riders,” said Council Member Dana Whitfield, who represents the waterfront district. “They want the boat, and they want it on time.”',
      'The program costs about $2.3 million a year. Opponents, including two members who voted no, said the money would be better spent on bus service in East Oakland.',
      'The Port of Oakland and the Alameda County Transit district will share the cost of a new shelter at the terminal.',
    ];
    expect(check(...clean)).toEqual([]);
  });
});
