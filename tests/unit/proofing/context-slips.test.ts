import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextSlips } from '../../../shared/proofing/context-slips';
import { tokenize } from '../../../shared/proofing/tokenize';
import { WordPairs } from '../../../shared/proofing/word-pairs';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

const { findings, resources } = proofingCases();
const slips = (text: string): Array<[string, string | undefined]> =>
  contextSlips(text, tokenize(text), resources().pairs!).map((f) => [f.text, f.suggestions[0]]);

describe('real words out of place, found by their sound-alikes', () => {
  it('questions a word whose sound-alike fits both its neighbours far better', () => {
    const found = findings(
      'The governor said she new about the shortfall in March.',
      'The coach said the hole squad played hard in the fourth quarter.',
      'Voters will choose weather the sales tax should rise.',
      'He said it was to bad the bill failed.',
      'The bill would let the state sell more land, witch voters oppose.',
      'The two sides meat next week.',
    );
    expect(fixes(found)).toEqual([
      ['new', 'knew'],
      ['hole', 'whole'],
      ['weather', 'whether'],
      ['to', 'too'],
      ['witch', 'which'],
      ['meat', 'meet'],
    ]);
    for (const finding of found) {
      expect(finding.kind).toBe('spelling');
      expect(finding.message).toContain('Sounds like');
    }
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'Families in Bayou Lafourche lost their homes when the levee failed.',
        'They were there when the water rose, and they’re still there now.',
        'The governor said she knew about the shortfall, and a new audit confirmed it.',
        'Crews worked through the night; one lineman threw a rope over the wire.',
        'The whole team played hard, but a hole in the defense cost them.',
        'Voters will decide whether to raise the tax; the weather may keep some home.',
        'It was too soon to tell, the senator said, and two aides agreed.',
        'The company lost its lead, and it’s not clear it will recover.',
        'The bill passed the Senate last week; in the past, similar bills failed.',
        'The board will meet next week; meat prices are up 8 percent.',
        'Residents are allowed to return Friday, and may read the notice aloud.',
        'The mayor rode in the parade down Main Street, then took the road to Salem.',
        'The peace talks stalled over a piece of land near the border.',
        'Here is what we know: no one was hurt, and the road is open now.',
        'Their lawyer said the right to appeal remains, and she will write to the court.',
        'The principal of Lincoln High said the principle was simple.',
        'He said he would wait for the results before taking a position on the weight limit.',
        'Students who won awards will be honored at one ceremony in June.',
        'The sale of the site was approved after a brief debate. It cost 30 cents a gallon.',
        'Masks are worn where required, and parking is free where allowed.',
        'The district will close four elementary schools and two middle schools.',
        'Most people in this county are farmers, and the county fair opens Friday.',
      ),
    ).toEqual([]);
  });

  it('reads a curly apostrophe and keeps the capital of a sentence’s first word', () => {
    expect(slips('Hole neighborhoods were without power.')).toEqual([['Hole', 'Whole']]);
    expect(slips('They’re homes were destroyed, the sheriff said.')).toEqual([
      ['They’re', 'Their'],
    ]);
  });

  it('never questions a name; with one neighbour unknown, only on strong evidence', () => {
    // Capitalized inside a sentence: a name ("Jenna Weather"), not "whether".
    expect(slips('Forecaster Jenna Weather to retire, the station said.')).toEqual([]);
    // "stretched" is unknown to the model, and "past midnight" far likelier than "passed
    // midnight"; "and it's" is likelier than "and its", but not by enough for one side.
    expect(slips('The meeting stretched passed midnight.')).toEqual([['passed', 'past']]);
    expect(slips('Install Chromium and its dependencies.')).toEqual([]);
    // "Lafourche" is unknown to the model, and "the whole" alone is not enough.
    expect(slips('The hole Lafourche delegation voted no.')).toEqual([]);
    // A dash breaks the run of words; a numeral is read as a number ("20 cents").
    expect(slips('The hole — as officials called it — was fixed.')).toEqual([]);
    expect(slips('Prices rose 20 cents to $3.10.')).toEqual([]);
  });

  it('has known limits: a sound-alike the neighbours favour is questioned even when meant', () => {
    // Two words on each side are all it sees: "adjusted to weight" reads like "to wait",
    // "a peace of sorts" like "a piece of".
    expect(slips('The survey was adjusted to weight for age.')).toEqual([['weight', 'wait']]);
    expect(slips('A peace of sorts held in the valley.')).toEqual([['peace', 'piece']]);
  });
});

describe('the word-pair model', () => {
  // Three words: "the" (0), "hear" (1), "here" (2); after "the", "here" has log10 -1.5
  // (digit ":" is 10 steps of 0.15); "hear" after "the" backs off.
  const model = new WordPairs(
    ['# a test model', '=hear here', 'the -10 -3 002:', 'hear -40 0 ', 'here -30 0 '].join('\n'),
  );

  it('reads pairs in place, backs off for a pair it lacks, and knows its sound-alikes', () => {
    expect(model.logProb('the', 'here')).toBeCloseTo(-1.5);
    expect(model.logProb('the', 'hear')).toBeCloseTo(-0.3 - 4.0);
    expect(model.logProb(undefined, 'here')).toBeCloseTo(-3.0);
    expect(model.logProb('zebra', 'hear')).toBeCloseTo(-4.0);
    expect(model.logProb('the', 'zebra')).toBe(-7);
    expect(model.soundAlikes('hear')).toEqual(['here']);
    expect(model.soundAlikes('the')).toBeUndefined();
    expect(model.has('here')).toBe(true);
    expect(model.has('zebra')).toBe(false);
  });

  it('ships a well-formed model with its licence beside it', () => {
    const text = readFileSync('resources/word-pairs.txt', 'utf8');
    const rows = text.split('\n').filter((line) => line && !/^[#=]/.test(line));
    const words = new Set(rows.map((row) => row.split(' ')[0]));
    expect(rows.length).toBeGreaterThan(5000);
    for (const set of text.split('\n').filter((line) => line.startsWith('=')))
      for (const word of set.slice(1).split(' ')) expect(words.has(word)).toBe(true);
    // Each row's cells: four characters each, word numbers rising and in range.
    const malformed = rows.filter((row) => {
      const cells = row.split(' ')[3] ?? '';
      if (cells.length % 4 !== 0) return true;
      let last = -1;
      for (let at = 0; at < cells.length; at += 4) {
        const n = [0, 1, 2].reduce((v, k) => v * 64 + cells.charCodeAt(at + k) - 48, 0);
        if (n <= last || n >= rows.length) return true;
        last = n;
      }
      return false;
    });
    expect(malformed).toEqual([]);
    expect(existsSync('resources/word-pairs.LICENSE')).toBe(true);
    expect(readFileSync('resources/word-pairs.LICENSE', 'utf8')).toContain('Carnegie Mellon');
  });
});

describe('a word before a verb of a speaker', () => {
  it('is the person the sentence says it is: “a federal aide resigned”', () => {
    expect(findings('A federal aide resigned on Friday, and a White House aide said so.')).toEqual(
      [],
    );
  });
});
