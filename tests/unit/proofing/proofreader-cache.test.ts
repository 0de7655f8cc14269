import { beforeAll, describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { Proofreader } from '../../../shared/proofing/proofreader';
import type { ProofingResources } from '../../../shared/proofing/proofreader';
import { WIDE_PRIMER, wideText } from '../../../shared/proofing/wide-text';

let base: ProofingResources;
beforeAll(() => {
  base = loadProofingResources();
}, 30_000);

// The worker keeps one Proofreader per window; these tests drive it the way the worker does.
describe('Proofreader (the worker’s checker)', () => {
  it('rechecks only the blocks whose text changed', () => {
    const seen: string[] = [];
    const speller = {
      ...base.speller,
      correct: (word: string) => (seen.push(word), base.speller.correct(word)),
    };
    const proofreader = new Proofreader({ ...base, speller });
    const blocks = [
      'The council met on Tuesday.',
      'Residents in Oaklan spoke.',
      'The vote was close.',
    ];
    proofreader.check(blocks);
    seen.length = 0;
    const results = proofreader.check([blocks[0]!, 'Residents in Oakland spoke.', blocks[2]!]);
    expect(seen.some((w) => w === 'council' || w === 'vote')).toBe(false);
    expect(seen).toContain('Residents');
    expect(results[1]?.findings).toEqual([]);
  });

  it('story-wide checks still see every block after a partial recheck', () => {
    const proofreader = new Proofreader(base);
    const blocks = [
      'Ana Ferreira spoke.',
      'Ferreira said no.',
      'Ferreira agreed.',
      'Ferriera left.',
    ];
    expect(proofreader.check(blocks)[3]?.findings[0]?.kind).toBe('consistency');
    const edited = proofreader.check([...blocks.slice(0, 3), 'Ferreira left.']);
    expect(edited.flatMap((r) => r.findings)).toEqual([]);
  });

  it('a block that moves keeps its story-wide findings on the right block', () => {
    const proofreader = new Proofreader(base);
    const blocks = ['Ana Ferreira spoke.', 'Ferreira said no.', 'Ferriera left.'];
    expect(proofreader.check(blocks)[2]?.findings[0]?.kind).toBe('consistency');
    // A paragraph typed above: every cached block moves down one, the same text twice too.
    const moved = proofreader.check(['SALEM, Ore. — Rain.', ...blocks, 'Ferriera left.']);
    expect(moved.map((r) => r.findings.map((f) => f.kind))).toEqual([
      [],
      [],
      [],
      ['consistency'],
      ['consistency'],
    ]);
    const again = proofreader.check(blocks);
    expect(again[2]?.findings[0]).toMatchObject({ kind: 'consistency', text: 'Ferriera' });
  });

  it('a newly accepted word stops being flagged', () => {
    const proofreader = new Proofreader(base);
    expect(proofreader.check(['The zorblat arrived.'])[0]?.findings).toHaveLength(1);
    proofreader.setResources({ ...base, accepted: new Set(['zorblat']) });
    expect(proofreader.check(['The zorblat arrived.'])[0]?.findings).toEqual([]);
  });

  it('with deferred suggestions, flags first and fills the ranked suggestions after', () => {
    const proofreader = new Proofreader(base, { deferSuggestions: true });
    const blocks = ['The goverment said the plan was nessasarily late.', 'Crews worked.'];
    const first = proofreader.check(blocks);
    const flagged = first[0]!.findings.filter((f) => f.kind === 'spelling');
    expect(flagged.map((f) => f.text)).toEqual(['goverment', 'nessasarily']);
    expect(flagged.every((f) => f.suggestions.length === 0)).toBe(true);
    expect(proofreader.suggestionsPending).toBe(true);

    const filled = proofreader.fillSuggestions(first);
    const firstChoices = filled[0]!.findings
      .filter((f) => f.kind === 'spelling')
      .map((f) => f.suggestions[0]);
    expect(firstChoices).toEqual(['government', 'necessarily']);
    expect(proofreader.suggestionsPending).toBe(false);

    // A later check of the same text (from the block cache) carries them at once.
    const again = proofreader.check([...blocks, 'A new paragraph.']);
    expect(again[0]!.findings.find((f) => f.text === 'goverment')?.suggestions[0]).toBe(
      'government',
    );
    expect(proofreader.suggestionsPending).toBe(false);
  });

  it('with deferred suggestions, the first check ranks none (the index waits for them)', () => {
    const asked: string[] = [];
    const speller = {
      ...base.speller,
      alike: (word: string) => (asked.push(word), base.speller.alike(word)),
    };
    const proofreader = new Proofreader({ ...base, speller }, { deferSuggestions: true });
    const first = proofreader.check([
      'Harlan Voss runs the clinic. Voss said it would stay open.',
      'Economisists said rates would fall. Officals said the goverment agreed.',
    ]);
    expect(first[1]!.findings.map((f) => f.text)).toEqual([
      'Economisists',
      'Officals',
      'goverment',
    ]);
    expect(asked).toEqual([]);
    proofreader.fillSuggestions(first);
    expect(asked.length).toBeGreaterThan(0);
  });

  it('fills at most the given number of words per call, in story order', () => {
    const proofreader = new Proofreader(base, { deferSuggestions: true });
    const first = proofreader.check(['The goverment and the councel met in the bulding.']);
    const once = proofreader.fillSuggestions(first, 2);
    const suggested = once[0]!.findings.map((f) => [f.text, f.suggestions[0]]);
    expect(suggested).toEqual([
      ['goverment', 'government'],
      ['councel', 'council'],
      ['bulding', undefined],
    ]);
    expect(proofreader.suggestionsPending).toBe(true);
    const twice = proofreader.fillSuggestions(
      proofreader.check(['The goverment and the councel met in the bulding.']),
    );
    expect(twice[0]!.findings.map((f) => f.suggestions[0])).toEqual([
      'government',
      'council',
      'building',
    ]);
  });

  it('judges a sentence-opening word again once the story stops repeating it', () => {
    const proofreader = new Proofreader(base);
    const spelling = (blocks: string[]): string[] =>
      proofreader
        .check(blocks)
        .flatMap((r) => r.findings)
        .filter((f) => f.kind === 'spelling')
        .map((f) => f.text);
    // Used twice, "Parnts" reads as a name (as a fresh check has it).
    const opening = 'Parnts packed the gym on Thursday.';
    expect(spelling([opening, 'Later, Parnts left.'])).toEqual([]);
    expect(new Proofreader(base).check([opening, 'Later, Parnts left.'])).toEqual(
      proofreader.check([opening, 'Later, Parnts left.']),
    );
    // The second use is gone: the unchanged first block is judged again, as a fresh check would.
    expect(spelling([opening, 'Later, they left.'])).toEqual(['Parnts']);
    expect(spelling([opening, 'Later, they left.'])).toEqual(
      new Proofreader(base)
        .check([opening, 'Later, they left.'])
        .flatMap((r) => r.findings)
        .filter((f) => f.kind === 'spelling')
        .map((f) => f.text),
    );
  });
});

// The story-wide checks answer a keystroke from what they kept (story-consistency.ts): at
// every step of typing and deleting, a checker that has seen each step answers as a fresh one.
describe('Proofreader, keystroke by keystroke', () => {
  it('answers each step of an edit as a fresh checker does', () => {
    const opening = 'FRESNO, Calif. — Rosa Ferreira runs a packing shed near Modesto.';
    const quote = '“We lost the contract,” Ferreira said.';
    const closing = 'Kevin Reidy, who farms near Turlock, said prices fell.';
    const typed = 'Ferriera said the Oaklan buyer and Reidy’s co-op, Ready said, left Turlok.';
    const steps: string[] = [];
    for (let n = 1; n <= typed.length; n += 3) steps.push(typed.slice(0, n));
    steps.push(typed);
    // Then words deleted from the front, and a name edited in the middle.
    // A word typed before the names moves them all; a first name makes a name a person's.
    steps.push(typed.slice(9), typed.replace('Reidy’s', 'Reid’s'), typed.replace('Ready', 'Reidy'));
    // (Words without capitals: the story's names stay as they were, as when typing a word.)
    steps.push(typed, `so ${typed}`, `so ${typed}`.replace('Ready', 'Kevin Ready'));
    const incremental = new Proofreader(base);
    let compared = 0;
    for (const middle of steps) {
      const blocks = [opening, quote, middle, closing];
      expect(incremental.check(blocks), middle).toEqual(new Proofreader(base).check(blocks));
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
    const last = incremental.check([opening, quote, typed, closing]);
    expect(last[2]!.findings.map((f) => f.text)).toEqual(
      expect.arrayContaining(['Ferriera', 'Oaklan', 'Turlok']),
    );
  });

  it('keeps a name used twice from its place finding after an edit beside it', () => {
    const proofreader = new Proofreader(base);
    // (Used once, "Oaklan" is Oakland misspelled; twice, a place the story knows by that name.)
    const blocks = [
      'Residents in Oaklan packed the hall.',
      'Oaklan officials said the vote was close.',
    ];
    expect(new Proofreader(base).check([blocks[0]!])[0]?.findings[0]?.text).toBe('Oaklan');
    expect(proofreader.check(blocks).flatMap((r) => r.findings)).toEqual([]);
    for (const ending of [' it was close.', ' it was very close, she said.'])
      expect(
        proofreader.check([blocks[0]!, blocks[1]! + ending]).flatMap((r) => r.findings),
      ).toEqual([]);
  });

  it('moves a kept answer’s findings to the names of the new paragraph', () => {
    const proofreader = new Proofreader(base);
    const blocks = ['Ana Ferreira spoke.', 'Ferreira said no.', 'Ferriera left at noon.'];
    proofreader.check(blocks);
    // The edit after every name leaves the names as they were: the answer is kept, and
    // still found on the new paragraph's spelling, ready to be fixed.
    const edited = proofreader.check([...blocks.slice(0, 2), 'Ferriera left at noon on Friday.']);
    expect(edited[2]?.findings).toEqual([
      expect.objectContaining({ kind: 'consistency', text: 'Ferriera', start: 0 }),
    ]);
  });
});

describe('wideText (the form every block is read in)', () => {
  it('is the same text, whatever its length or characters', () => {
    for (const text of [
      '',
      'a',
      'Oaklan',
      'The council met on Tuesday in Oakland.',
      '“Yes” — no’s',
    ])
      expect(wideText(text)).toBe(text);
    expect(WIDE_PRIMER).toBe(' '.repeat(1000));
  });

  it('gives the same findings as the text as typed, with and without curly quotes', () => {
    const blocks = [
      'Residents in Oaklan spoke on Tuesday.',
      '“We where told nothing,” said Dana Cooper, who lives in Fremont.',
    ];
    const wide = new Proofreader(base).check(blocks.map(wideText));
    const plain = new Proofreader(base).check(blocks);
    expect(wide).toEqual(plain);
    expect(plain[0]?.findings[0]?.suggestions[0]).toBe('Oakland');
    expect(plain[1]?.findings.map((f) => f.text)).toContain('where');
  });
});
