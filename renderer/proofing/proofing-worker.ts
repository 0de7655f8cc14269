/// <reference lib="webworker" />
// The proofing worker: dictionaries load and checks run here, so typing never waits for them.
import gazetteerData from '../../resources/gazetteer.json';
import officialsData from '../../resources/officials.json';
import newsroomWords from '../../resources/newsroom-words.txt?raw';
import commonWords from '../../resources/words-common.txt?raw';
import rarerWords from '../../resources/words-rarer.txt?raw';
import enUsWords from '../../resources/words-en-us.txt?raw';
import extraWords from '../../resources/words-extra.txt?raw';
import rareWords from '../../resources/words-rare.txt?raw';
import wordPairs from '../../resources/word-pairs.txt?raw';
import phraseList from '../../resources/phrases.txt?raw';
import warmUpStory from '../../resources/warm-up-story.txt?raw';
import ruleScreens from '../../resources/rule-screens.json';
// Written before every build (scripts/build-rule-index.ts).
import ruleIndex from '../../resources/rule-index.json?raw';
import styleRules from '../../resources/style-rules.json';
import wordConfusions from '../../resources/word-confusions.json';
import { gazetteerFrom } from '../../shared/proofing/gazetteer-file';
import { Proofreader, warmProofing } from '../../shared/proofing/proofreader';
import type { ProofingResources } from '../../shared/proofing/proofreader';
import type { StoredRuleIndex } from '../../shared/proofing/rule-index-file';
import { createSpeller } from '../../shared/proofing/speller';
import { checkerRules, compileRules } from '../../shared/proofing/style-rules';
import type { RuleScreens, StyleRule } from '../../shared/proofing/style-rules';
import { parseCommonWords, parseWordList } from '../../shared/proofing/word-list';
import { WordSet } from '../../shared/proofing/word-set';
import { WordPairs } from '../../shared/proofing/word-pairs';
import { PhraseIndex } from '../../shared/proofing/phrases';
import { Officials } from '../../shared/proofing/officials';
import { WarmUp, warmUpBlocks } from '../../shared/proofing/warm-up';
import type { FromWorker, ToWorker } from './proofing-protocol';

/** Flagged words whose suggestions are ranked after each check. */
const SUGGESTIONS_PER_CHECK = 120;

/**
 * How long the worker waits after start-up before warming up: a story already open when
 * the window loads has its check queued by then, and is checked first, with no warm-up.
 */
const WARM_UP_AFTER_MS = 100;

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
const started = performance.now();
const gazetteer = gazetteerFrom(gazetteerData);
const rules = compileRules(
  checkerRules(styleRules as { rules: StyleRule[] }, wordConfusions as { rules: StyleRule[] }),
  ruleScreens as RuleScreens,
  storedRuleIndex(),
).compiled;
const speller = createSpeller(new WordSet(`${enUsWords}\n${extraWords}`), new WordSet(rareWords));
const common = parseCommonWords(commonWords);
const pairs = new WordPairs(wordPairs);
const officials = new Officials(officialsData.people);
for (const word of parseWordList(newsroomWords)) speller.add(word);
const added = new Set<string>();
let accepted: ReadonlyArray<string> = [];

// (A damaged file is no index: the rules build their own.)
function storedRuleIndex(): StoredRuleIndex | undefined {
  try {
    return JSON.parse(ruleIndex) as StoredRuleIndex;
  } catch {
    return undefined;
  }
}

// Words are only ever added to the speller (it cannot forget); the accepted set decides.
function build(): ProofingResources {
  for (const word of accepted) {
    if (!added.has(word)) {
      speller.add(word);
      added.add(word);
    }
  }
  return {
    speller,
    gazetteer,
    rules,
    accepted: new Set(accepted.map((w) => w.toLowerCase())),
    common,
    rarer: rarerWords,
    pairs,
    phrases: new PhraseIndex(phraseList),
    officials,
  };
}

const initial = build();
warmProofing(initial);
const proofreader = new Proofreader(initial, { deferSuggestions: true });
scope.postMessage({ type: 'ready', startupMs: performance.now() - started });

// Until the first story is checked, the worker checks a sample of its own, a few paragraphs
// per turn of its event loop, so the first real check finds the code compiled (see
// warm-up.ts). A real check stops it: the next step would only delay the one after.
let warmUp: WarmUp | undefined = new WarmUp(initial, warmUpBlocks(warmUpStory));
setTimeout(() => {
  if (!warmUp) return;
  const begun = performance.now();
  const step = (): void => {
    if (!warmUp) return;
    try {
      if (warmUp.step()) {
        setTimeout(step, 0);
        return;
      }
      scope.postMessage({ type: 'warmed', ms: performance.now() - begun });
    } catch {
      // A failed warm-up costs only speed; the real check reports its own errors.
    }
    warmUp = undefined;
  };
  step();
}, WARM_UP_AFTER_MS);

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'check') warmUp = undefined;
  try {
    if (message.type === 'configure') {
      accepted = message.accepted;
      proofreader.setResources(build());
    } else {
      const start = performance.now();
      const results = proofreader.check(message.blocks);
      scope.postMessage({
        type: 'result',
        seq: message.seq,
        results,
        ms: performance.now() - start,
      });
      // Underlines first, then the ranked suggestions for words met for the first time, a
      // bounded number per check (a few milliseconds each): a story full of unknown words
      // gets the rest over the next checks instead of holding a core for seconds.
      if (proofreader.suggestionsPending) {
        const filled = proofreader.fillSuggestions(results, SUGGESTIONS_PER_CHECK);
        scope.postMessage({
          type: 'result',
          seq: message.seq,
          results: filled,
          ms: performance.now() - start,
        });
      }
    }
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
