// One cold start of the checker, as a proofing worker has it: a fresh process loads the word
// lists, then checks the whole text once. Prints {"startup": ms, "check": ms} as JSON.
// Run by proofing-bench.ts: `node --import tsx tests/bench/proofing-cold.ts <text file>`.
import { readFileSync } from 'node:fs';
import { textBlocks } from '../../main/cli/check-input';
import { loadProofingResources } from '../../main/proofing/node-resources';
import { Proofreader } from '../../shared/proofing/proofreader';

const blocks = textBlocks(readFileSync(process.argv[2]!, 'utf8')).map((b) => b.text);
let start = performance.now();
const resources = loadProofingResources();
const startup = performance.now() - start;
start = performance.now();
const results = new Proofreader(resources, { deferSuggestions: true }).check(blocks);
const check = performance.now() - start;
const findings = results.reduce((sum, block) => sum + block.findings.length, 0);
process.stdout.write(`${JSON.stringify({ startup, check, findings })}\n`);
