import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ruleScreens from '../../../resources/rule-screens.json';
import styleRules from '../../../resources/style-rules.json';
import wordConfusions from '../../../resources/word-confusions.json';
import { buildRuleIndex, ruleIndexData, ruleIndexFrom } from '../../../shared/proofing/rule-index';
import {
  decodeRuleIndex,
  encodeRuleIndex,
  rulesFingerprint,
  type StoredRuleIndex,
} from '../../../shared/proofing/rule-index-file';
import { checkStyle, checkerRules, compileRules } from '../../../shared/proofing/style-rules';
import type { RuleScreens, StyleRule } from '../../../shared/proofing/style-rules';

// The rules' index built ahead by the build (scripts/build-rule-index.ts) and read back as
// the checker starts: the same answers as the index built then, and never used for rules it
// was not built for.

const rules = checkerRules(
  styleRules as { rules: StyleRule[] },
  wordConfusions as { rules: StyleRule[] },
);
const screens = ruleScreens as RuleScreens;
const { compiled } = compileRules(rules, screens);

// Paragraphs of wire copy with the slips the rules catch and plenty they must not.
const BLOCKS = [
  'The council voted 5-2 to except the offer, and its too late to appeal, the mayor said.',
  "Their going to close the plant in the spring; the company's too largest customers left.",
  'Officials said the road would reopen Monday. "We have been through worse," she said.',
  'A lot of women out here will to, she said, as the lobster catch fell for a forth year.',
  'Hurricane Idalia made landfall near Keaton Beach, Fla., with winds of 125 mph.',
  'Ünïcödé and emoji 🚒 in a paragraph: the walk must step over what no rule needs.',
];

function candidatesOf(index: { candidates(lower: string): number[] }): number[][] {
  return BLOCKS.map((block) => index.candidates(block.toLowerCase()));
}

describe('the rules index built ahead', () => {
  it('answers as the index built as the checker starts does, after a round trip', () => {
    const data = ruleIndexData(compiled);
    const stored = JSON.parse(
      JSON.stringify(encodeRuleIndex(data, rulesFingerprint(compiled))),
    ) as StoredRuleIndex;
    const read = decodeRuleIndex(stored);
    expect(read).toBeDefined();
    const built = candidatesOf(buildRuleIndex(compiled));
    expect(candidatesOf(ruleIndexFrom(read!))).toEqual(built);
    // (Rules are candidates in the paragraphs of copy, so the comparison says something.)
    expect(built.flat().length).toBeGreaterThan(20);
  });

  it('is used by compileRules only for the rules it was built for', () => {
    const stored = encodeRuleIndex(ruleIndexData(compiled), rulesFingerprint(compiled));
    // One rule fewer: every later rule's number moves, so the stored index would be wrong.
    const fewer = rules.filter((r) => r.id !== 'two-too-superlative');
    const withStored = compileRules(fewer, screens, stored).compiled;
    const without = compileRules(fewer, screens).compiled;
    const text = "The region's too largest utilities said they would except the offer.";
    expect(checkStyle(text, withStored)).toEqual(checkStyle(text, without));
    expect(rulesFingerprint(withStored)).not.toBe(stored.fingerprint);
  });

  it('finds the same slips read from a stored index as from one built', () => {
    const stored = encodeRuleIndex(ruleIndexData(compiled), rulesFingerprint(compiled));
    const fromStored = compileRules(rules, screens, stored).compiled;
    for (const block of BLOCKS)
      expect(checkStyle(block, fromStored), block).toEqual(checkStyle(block, compiled));
    expect(checkStyle(BLOCKS[1]!, fromStored).map((f) => f.suggestions[0])).toContain('two');
  });

  it('is no index where an array is missing or damaged, and the rules build their own', () => {
    const stored = encodeRuleIndex(ruleIndexData(compiled), rulesFingerprint(compiled));
    const arrays: Record<string, string> = { ...stored.arrays };
    delete arrays['trie.child'];
    const missing = { ...stored, arrays };
    expect(decodeRuleIndex(missing)).toBeUndefined();
    const fromDamaged = compileRules(rules, screens, missing).compiled;
    expect(checkStyle(BLOCKS[0]!, fromDamaged)).toEqual(checkStyle(BLOCKS[0]!, compiled));
  });

  it('answers as a built index where the build has written it for these rules', () => {
    let text: string;
    try {
      text = readFileSync(
        join(import.meta.dirname, '../../../resources/rule-index.json'),
        'latin1',
      );
    } catch {
      return; // Not built yet: the checker builds its own (the cases above).
    }
    const stored = JSON.parse(text) as StoredRuleIndex;
    // Written for rules since edited (the build writes it again): compileRules passes it by.
    if (stored.fingerprint !== rulesFingerprint(compiled)) return;
    expect(candidatesOf(ruleIndexFrom(decodeRuleIndex(stored)!))).toEqual(
      candidatesOf(buildRuleIndex(compiled)),
    );
  });
});

describe('rules as the checker starts', () => {
  const broken: StyleRule = {
    id: 'broken-rule',
    pattern: '\\bcolour(',
    replacement: 'color',
    reason: 'A test rule.',
  };

  it('reports a broken rule, and runs the others', () => {
    const { compiled, errors } = compileRules([...rules.slice(0, 5), broken], screens);
    expect(compiled).toHaveLength(5);
    expect(errors).toEqual([expect.stringContaining('broken-rule')]);
  });

  it('finds what the rules find', () => {
    const text = 'The council voted wether to close it, then moved towards a vote.';
    const found = checkStyle(text, compiled).map((f) => [f.text, f.suggestions[0]]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['wether', 'whether'],
        ['towards', 'toward'],
      ]),
    );
  });
});
