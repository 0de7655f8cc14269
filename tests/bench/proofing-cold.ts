// One proofing worker's life, in a fresh process as the editor's worker has it: load the word
// lists, check the whole text once, rank the suggestions, then recheck after ninety one-word
// edits of a middle paragraph, then the same story again with a sentence added to each
// paragraph, then as many words of other stories. Prints {"startup", "check",
// "recheckEarly", "recheck", "checkWarm", "checkOther"} in ms
// as JSON: the median of the first thirty edits (V8 is still compiling the path and
// collecting the first check's garbage) and of the sixty after them (the steady state).
// With `warm-up`, the worker's warm-up sample is checked first, as the editor's worker does
// while it waits for the first story (shared/proofing/warm-up.ts), and "warmUp" is its time.
// Run by proofing-bench.ts:
// `node --import tsx tests/bench/proofing-cold.ts <text file> <other text file> [warm-up]`.
import { readFileSync } from 'node:fs';
import { textBlocks } from '../../main/cli/check-input';
import { loadProofingResources } from '../../main/proofing/node-resources';
import { Proofreader } from '../../shared/proofing/proofreader';
import { WarmUp, warmUpBlocks } from '../../shared/proofing/warm-up';

const blocks = textBlocks(readFileSync(process.argv[2]!, 'utf8')).map((b) => b.text);
let start = performance.now();
const resources = loadProofingResources();
const startup = performance.now() - start;
const proofreader = new Proofreader(resources, { deferSuggestions: true });
start = performance.now();
const otherBlocks = textBlocks(readFileSync(process.argv[3]!, 'utf8')).map((b) => b.text);
if (process.argv[4] === 'warm-up')
  new WarmUp(resources, warmUpBlocks(readFileSync('resources/warm-up-story.txt', 'utf8'))).run();
const warmUp = performance.now() - start;
start = performance.now();
const results = proofreader.check(blocks);
const check = performance.now() - start;
proofreader.fillSuggestions(results);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const edited = [...blocks];
const middle = Math.floor(edited.length / 2);
const times: number[] = [];
for (let i = 0; i < 90; i++) {
  edited[middle] = `${blocks[middle]} edit${i}`;
  start = performance.now();
  const rechecked = proofreader.check(edited);
  if (proofreader.suggestionsPending) proofreader.fillSuggestions(rechecked);
  times.push(performance.now() - start);
}
const recheckEarly = median(times.slice(0, 30));
const recheck = median(times.slice(30));
// Another story of the same length checked whole by the same worker (a paste, or the next
// story opened): every block is new to it, the words mostly are not. Three, the median.
const endings = [' Officials said.', ' The vote is set for Monday.', ' No one was hurt.'];
const warm = endings.map((ending) => {
  const other = blocks.map((block) => `${block}${ending}`);
  const at = performance.now();
  proofreader.check(other);
  return performance.now() - at;
});
const checkWarm = median(warm);
start = performance.now();
proofreader.check(otherBlocks);
const checkOther = performance.now() - start;
process.stdout.write(
  `${JSON.stringify({ startup, warmUp, check, recheckEarly, recheck, checkWarm, checkOther })}\n`,
);
