import { readFileSync } from 'node:fs';
import gazetteerData from '../../resources/gazetteer.json';
import officialsData from '../../resources/officials.json';
import ruleScreens from '../../resources/rule-screens.json';
import styleRules from '../../resources/style-rules.json';
import wordConfusions from '../../resources/word-confusions.json';
import { gazetteerFrom } from '../../shared/proofing/gazetteer-file';
import { warmProofing } from '../../shared/proofing/proofreader';
import type { ProofingResources } from '../../shared/proofing/proofreader';
import { WordSet } from '../../shared/proofing/word-set';
import { WordPairs } from '../../shared/proofing/word-pairs';
import { PhraseIndex } from '../../shared/proofing/phrases';
import { Officials } from '../../shared/proofing/officials';
import type { StoredRuleIndex } from '../../shared/proofing/rule-index-file';
import { createSpeller } from '../../shared/proofing/speller';
import { checkerRules, compileRules } from '../../shared/proofing/style-rules';
import type { RuleScreens, StyleRule } from '../../shared/proofing/style-rules';
import { parseCommonWords, parseWordList } from '../../shared/proofing/word-list';

/**
 * The rules' index as the build wrote it (scripts/build-rule-index.ts), or undefined before
 * a build or where the file is damaged: the checker then builds its own.
 */
function storedRuleIndex(): StoredRuleIndex | undefined {
  try {
    // (All ASCII, base64 mostly: read as Latin-1, three times quicker than as UTF-8.)
    const text = readFileSync(
      new URL('../../resources/rule-index.json', import.meta.url),
      'latin1',
    );
    return JSON.parse(text) as StoredRuleIndex;
  } catch {
    return undefined;
  }
}

/**
 * Loads the dictionaries and rules in Node (CLI, tests, benchmarks). The renderer's worker
 * loads the same files through the bundler.
 */
export function loadProofingResources(
  accepted: ReadonlyArray<string> = [],
): ProofingResources & { readonly ruleErrors: ReadonlyArray<string> } {
  const resource = (name: string): string =>
    readFileSync(new URL(`../../resources/${name}`, import.meta.url), 'utf8');
  const speller = createSpeller(
    new WordSet(`${resource('words-en-us.txt')}\n${resource('words-extra.txt')}`),
    new WordSet(resource('words-rare.txt')),
  );
  const base = parseWordList(resource('newsroom-words.txt'));
  for (const word of [...base, ...accepted]) speller.add(word);
  const { compiled, errors } = compileRules(
    checkerRules(styleRules as { rules: StyleRule[] }, wordConfusions as { rules: StyleRule[] }),
    ruleScreens as RuleScreens,
    storedRuleIndex(),
  );
  const resources = {
    speller,
    gazetteer: gazetteerFrom(gazetteerData),
    rules: compiled,
    accepted: new Set(accepted.map((word) => word.toLowerCase())),
    common: parseCommonWords(resource('words-common.txt')),
    rarer: resource('words-rarer.txt'),
    pairs: new WordPairs(resource('word-pairs.txt')),
    phrases: new PhraseIndex(resource('phrases.txt')),
    officials: new Officials(officialsData.people),
    ruleErrors: errors,
  };
  warmProofing(resources);
  return resources;
}
