import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { buildRuleIndex } from '../../../shared/proofing/rule-index';
import { requiredLiterals, requiredPairs } from '../../../shared/proofing/rule-screens';
import { ruleScreensFor } from '../../../main/proofing/rule-screens-file';
import {
  checkStyle,
  compileRules,
  forgetScreens,
  screenBlocks,
  lowerPattern,
  patternHash,
} from '../../../shared/proofing/style-rules';
import type { RuleScreens, StyleRule } from '../../../shared/proofing/style-rules';
import type { Seed } from '../../helpers/proofing-corpus';

const rule = (pattern: string, replacement: string, flags = 'i'): StyleRule => ({
  id: 'test',
  pattern,
  replacement,
  reason: 'test',
  flags,
});

function run(rules: StyleRule[], text: string): Array<[string, string]> {
  const { compiled, errors } = compileRules(rules);
  expect(errors).toEqual([]);
  return checkStyle(text, compiled).map((f) => [f.text, f.suggestions[0]!]);
}

describe('the texts a rule needs before its expression runs', () => {
  it('joins a group of words to the text beside it', () => {
    const sets = requiredLiterals("\\b(could|would|'ve|’ve) sea\\b");
    expect(sets).toContainEqual(['could sea', 'would sea', "'ve sea", '’ve sea']);
    expect(sets?.[0]).toEqual([' sea']);
  });

  it('takes a group every match goes through when the plain text is only a space', () => {
    const sets = requiredLiterals('\\b(sighting|sited) (what|concerns?)\\b');
    expect(sets).toContainEqual(['sighting ', 'sited ']);
    expect(sets).toContainEqual(['what', 'concern']);
    expect(sets?.flat()).not.toContain(' ');
  });

  it('needs nothing from an optional group or a lookaround that must not match', () => {
    expect(requiredLiterals('(?<!\\bfor )(their|its)? own\\b')).toEqual([[' own']]);
    expect(requiredLiterals('\\btheir(?! (?:during|since))')).toEqual([['their']]);
  });

  it('leaves out a set of two-letter words when a rarer one screens the rule', () => {
    expect(requiredLiterals('\\b(is|be) (\\p{Lu}+) tall\\b')).toEqual([[' tall']]);
    expect(requiredLiterals('\\b(is|be) (\\p{Lu}+)\\b')?.[0]).toEqual(['is ', 'be ']);
  });

  it('needs every text, and the text of a lookaround that must match at either end', () => {
    expect(requiredLiterals('(?<=\\bfor )(their|its)? own\\b')).toEqual([['for '], [' own']]);
    expect(requiredLiterals('\\bdye(s?) off\\b')).toEqual([[' off'], ['dye']]);
    expect(requiredLiterals('\\btheir(?= (?:during|since))')).toContainEqual([
      'their during',
      'their since',
    ]);
  });

  it('needs the text of a lookbehind that must match after the match has begun', () => {
    const sets = requiredLiterals(
      '\\b(is|was)\\b(?<=\\b(?:two|both) of (?:the|its) (?:\\p{Ll}+ )?\\p{Ll}+s (?:is|was))',
    );
    expect(sets).toContainEqual([' of the', ' of its']);
    expect(sets).toContainEqual(['two', 'both']);
    // Of a lookbehind's alternatives, one that needs no text ("^") adds nothing.
    expect(requiredLiterals('\\b(are)\\b(?<=(?:^|\\bsaid )they are)')).toEqual([
      ['they are'],
      ['are'],
    ]);
    // A lone sign a lookahead needs is in nearly every block: it never crowds out the words.
    const signs = requiredLiterals('\\b([Tt])o (\\p{Ll}{3,}ly)(?=[.,;:!?]| for\\b)');
    expect(signs).toContainEqual(['To ', 'to ']);
    expect(signs).toContainEqual(['ly']);
  });
});

describe('texts a rule needs side by side', () => {
  it('pairs two groups of words either side of a text', () => {
    expect(requiredPairs('\\b(will|could) (took|gave)\\b')).toEqual([
      [
        ['will ', 'could '],
        ['took', 'gave'],
      ],
    ]);
  });

  it('reads a digit or a small class as its characters, through optional parts', () => {
    const [pair] = requiredPairs('\\b(\\d{1,3}(?:,\\d{3})*|dozens of) (voter|resident)s?\\b');
    expect(pair?.[0]).toEqual([...'0123456789'].map((d) => `${d} `).concat('dozens of '));
    expect(pair?.[1]).toEqual(['voter', 'resident']);
    expect(requiredLiterals("\\b(on|of) (\\p{Lu}{2,5})['’]s\\b")).toContainEqual(["'s", '’s']);
    expect(requiredPairs('\\b([2-9]) (year|day)')[0]?.[0]).toEqual(
      [...'23456789'].map((d) => `${d} `),
    );
  });

  it('pairs nothing where a class, an optional group or alternatives at the top stand', () => {
    expect(requiredPairs('\\b(will|could) ([a-z]+)s\\b')).toEqual([]);
    expect(requiredPairs('\\b(will|could)? (took|gave)\\b')).toEqual([]);
    expect(requiredPairs('\\b(will|could) (took|gave)\\b|\\bthe end\\b')).toEqual([]);
    expect(requiredPairs('\\b(will|[a-z]) (took|gave)\\b')).toEqual([]);
    // A lone letter is everywhere: "took" before "a" or "an" screens nothing worth its cost.
    expect(requiredPairs('\\b(took|gave) (a|an|the) ride\\b')).toEqual([]);
  });
});

describe('rules that ignore case, run on the lowercase text', () => {
  it('lowercases letters and keeps escapes as written', () => {
    expect(lowerPattern('\\b(I|We) \\S\\p{Lu}X\\u{1F600}[A-Z]')).toBe(
      '\\b(i|we) \\S\\p{Lu}x\\u{1F600}[a-z]',
    );
  });

  it('finds capitalized text and keeps its capitals in the fix', () => {
    const rules = [rule('\\b(lawmakers|Miranda) (past|rites)\\b', '$1 passed')];
    expect(run(rules, 'Lawmakers past it, and MIRANDA rites too.')).toEqual([
      ['past', 'passed'],
      ['rites', 'passed'],
    ]);
  });

  it('keeps the places of a match when lowercasing would move them', () => {
    // "İ" lowercases to two characters: the rule runs on the text as written.
    expect(run([rule('\\bfree gift\\b', 'gift')], 'İstanbul gave a Free gift.')).toEqual([
      ['Free gift', 'Gift'],
    ]);
  });

  it('still runs a case class such as \\p{Lu} ignoring case, as written', () => {
    expect(run([rule('\\bx\\p{Lu}z\\b', 'xyz')], 'An xyz and an XYZ.')).toEqual([
      ['xyz', 'xyz'],
      ['XYZ', 'Xyz'],
    ]);
  });
});

describe('which rules a block can match', () => {
  it('runs every rule whose text is there, when texts overlap or one begins another', () => {
    const rules = [
      // Its text ("too carry") is found, but not the word after it.
      rule('\\btoo carry\\b(?= now)', 'to carry'),
      // "too" begins "too carry", "carry on" begins inside it: both still run.
      rule('\\btoo\\b', 'also'),
      rule('\\bcarry on\\b', 'continue'),
    ];
    expect(run(rules, 'Too carry on.')).toEqual([
      ['Too', 'Also'],
      ['carry on', 'continue'],
    ]);
    expect(run(rules, 'Too carry now.')).toEqual([['Too', 'To']]);
  });

  it('finds the same with the blocks screened ahead, and forgets the screens after', () => {
    const { compiled } = compileRules([
      rule('\\btoo carry\\b', 'to carry'),
      rule('\\btoo\\b', 'also'),
    ]);
    const texts = ['Too carry on.', 'It is too late.', 'Nothing here.'];
    const alone = texts.map((text) => checkStyle(text, compiled));
    screenBlocks(texts, compiled);
    expect(texts.map((text) => checkStyle(text, compiled))).toEqual(alone);
    expect(alone.flat().map((f) => f.text)).toEqual(['Too', 'too']);
    // A screen is by the block's text: another text is screened when it is read.
    expect(checkStyle('Still too slow.', compiled).map((f) => f.text)).toEqual(['too']);
    forgetScreens(compiled);
    expect(checkStyle('Too carry on.', compiled).map((f) => f.text)).toEqual(['Too']);
  });
});

describe('rules over many words, with a table of forms', () => {
  const forms: StyleRule = {
    ...rule('\\b(could|had) (gave|took)\\b', '$1 $2'),
    forms: { gave: 'give', took: 'take' },
  };

  it('changes the last group by the table and keeps its capital', () => {
    expect(run([forms], 'They could gave it. Had Took it?')).toEqual([
      ['gave', 'give'],
      ['Took', 'Take'],
    ]);
  });

  it('finds nothing where the table lacks the word', () => {
    expect(run([{ ...forms, forms: { gave: 'give' } }], 'They could took it.')).toEqual([]);
  });
});

describe('the spaces a match takes', () => {
  it('keeps them in the fix where leaving them out would glue two words', () => {
    const rules = [rule('\\b(may) extent (?=the\\b)', '$1 extend'), rule(' ,', ',', '')];
    expect(run(rules, 'They may extent the deadline , she said.')).toEqual([
      ['extent', 'extend'],
      [' ,', ','],
    ]);
  });
});

describe('rules with no text worth screening by', () => {
  it('still runs a rule whose only text is one letter, beside screened ones', () => {
    const rules = [rule('\\b([Ww]hat)s\\b', "$1's", ''), rule('\\bper cent\\b', 'percent')];
    expect(run(rules, 'Whats new is 5 per cent.')).toEqual([
      ['Whats', "What's"],
      ['per cent', 'percent'],
    ]);
  });
});

describe('the index of the texts rules need', () => {
  it('runs a rule only where each of its sets has a text, wherever the texts stand', () => {
    const index = buildRuleIndex([
      { literals: [[' sea'], ['could', 'would', 'should']] },
      // Needs "carry on", which starts inside "too carry on".
      { literals: [['carry on']] },
      { literals: [['zz'], ['never here']] },
      {},
    ]);
    expect(index.candidates('we would sea it')).toEqual([0, 3]);
    expect(index.candidates('the sea would')).toEqual([0, 3]);
    expect(index.candidates('a sea of it')).toEqual([3]);
    expect(index.candidates('too carry on, zz')).toEqual([1, 3]);
  });

  it('runs a rule with a pair only where its texts stand side by side', () => {
    const index = buildRuleIndex([
      {
        literals: [
          ['will', 'could'],
          ['took', 'gave'],
        ],
        pairs: [
          [
            ['will ', 'could '],
            ['took', 'gave'],
          ],
        ],
      },
      { literals: [['took']] },
    ]);
    expect(index.candidates('she could took it')).toEqual([0, 1]);
    expect(index.candidates('she took it, and will again')).toEqual([1]);
    expect(index.candidates('he will not; she could gave')).toEqual([0]);
    // A pair's texts met in one block are not carried into the next.
    expect(index.candidates('could took')).toEqual([0, 1]);
    expect(index.candidates('took could')).toEqual([1]);
  });

  it('reads texts past characters no rule uses, and again on the next block', () => {
    const index = buildRuleIndex([{ literals: [['café'], ['ünder']] }]);
    expect(index.candidates('« café » – ünder')).toEqual([0]);
    expect(index.candidates('« café » – under')).toEqual([]);
    expect(index.candidates('ünder café')).toEqual([0]);
  });
});

describe('screens of the real rules', () => {
  const { rules } = loadProofingResources();
  const index = buildRuleIndex(rules);
  // Blocks of the corpus with every seeded error in place: the rules' own targets.
  const seeded = (): string[] => {
    const dir = 'tests/fixtures/proofing-corpus';
    const { seeds } = JSON.parse(readFileSync(join(dir, 'seeds.json'), 'utf8')) as {
      seeds: Seed[];
    };
    return [...new Set(seeds.map((s) => s.file))].flatMap((file) => {
      let text = readFileSync(join(dir, file), 'utf8');
      for (const seed of seeds.filter((s) => s.file === file))
        text = text.replace(seed.find, seed.replace);
      return text.split(/\n\s*\n/);
    });
  };
  // The rules screened by a top-level alternative, an escaped sign or a lone sign.
  const cases = [
    'The jury trail starts at 9 a.m. Monday.. The trail goes on.',
    'Doors open at 10 AM and close at 4 P.M. on Sunday.',
    'Turnout rose 12% 12% over last year, to 5 % of voters.',
    'Former Mayer Ruth Ellis said the union contact expires in June.',
    'Shoppers lined up in the isles as foreign aide arrived.',
  ];

  it('never skip a block a rule matches', () => {
    let matched = 0;
    for (const block of [...seeded(), ...cases]) {
      const lower = block.toLowerCase();
      const candidates = new Set(index.candidates(lower));
      rules.forEach(({ regex, lowered }, k) => {
        const [search, subject] = lowered ? [lowered, lower] : [regex, block];
        search.lastIndex = 0;
        if (!search.test(subject)) return;
        matched++;
        expect(candidates.has(k), `${rules[k]!.rule.id} on “${block}”`).toBe(true);
      });
    }
    expect(matched).toBeGreaterThan(20);
  });

  it('screen every rule by some text, even one of alternatives or an escaped sign', () => {
    const unscreened = rules.filter((r) => r.literals === undefined).map((r) => r.rule.id);
    expect(unscreened).toEqual([]);
    const byId = (id: string) => rules.find((r) => r.rule.id === id)?.literals;
    expect(byId('double-period')).toEqual([['..']]);
    expect(byId('am')?.[0]).toContain('A.M.');
    expect(byId('trial-trail')?.[0]?.every((text) => text.includes('trail'))).toBe(true);
    expect(requiredLiterals('\\bgrey\\b|\\bgray\\b')).toEqual([['grey', 'gray']]);
    expect(requiredLiterals('\\bgrey\\b|\\d+')).toBeUndefined();
  });
});

describe('screens worked out ahead (resources/rule-screens.json)', () => {
  it('match what the rules in resources/ need now (run scripts/build-rule-screens.ts if not)', () => {
    const stored = JSON.parse(readFileSync('resources/rule-screens.json', 'utf8')) as RuleScreens;
    const now = ruleScreensFor();
    expect(stored.hashes).toEqual(now.hashes);
    expect(stored.screens).toEqual(now.screens);
  });

  it('are used only for the pattern they were worked out for', () => {
    const edited = rule('\\bthe bored (voted|met)\\b', 'the board $1');
    const ahead: RuleScreens = {
      hashes: { test: patternHash(edited.pattern), other: patternHash('\\bold\\b') },
      screens: { test: [['bored v', 'bored m']], other: [['never']] },
    };
    const [kept] = compileRules([edited], ahead).compiled;
    expect(kept?.literals).toEqual([['bored v', 'bored m']]);
    // A rule changed since the file was written: its stored screen ("never") is not used.
    const changed = { ...edited, id: 'other' };
    const [worked] = compileRules([changed], ahead).compiled;
    expect(worked?.literals).toEqual(requiredLiterals(edited.pattern));
    expect(
      checkStyle('Then the bored voted.', compileRules([changed], ahead).compiled),
    ).toHaveLength(1);
  });
});
