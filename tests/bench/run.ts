// `npm run bench [-- --only <area>] [-- --json]`: every benchmark, as one JSON object whose
// keys are metric names (DESIGN.md, "Benchmarks"), each measured next to its baseline.
import { exportBench } from './export-bench';
import { historyBench } from './history-bench';
import { proofingBench } from './proofing-bench';
import { saveBench } from './save-bench';
import { typingBench } from './typing-bench';

const AREAS: Record<string, () => Promise<Record<string, number>>> = {
  typing: typingBench,
  history: historyBench,
  save: saveBench,
  proofing: proofingBench,
  export: exportBench,
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  const jsonOnly = args.includes('--json');
  if (only && !AREAS[only]) {
    process.stderr.write(`Unknown area "${only}". Areas: ${Object.keys(AREAS).join(', ')}\n`);
    process.exit(2);
  }
  const results: Record<string, number> = {};
  for (const [area, run] of Object.entries(AREAS)) {
    if (only && area !== only) continue;
    if (!jsonOnly) process.stderr.write(`bench: ${area}…\n`);
    Object.assign(results, await run());
  }
  process.stdout.write(`${JSON.stringify(results, null, jsonOnly ? 0 : 2)}\n`);
}

void main();
