import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textBlocks } from '../../main/cli/check-input';
import { loadProofingResources } from '../../main/proofing/node-resources';
import { Proofreader, suggestionsFor, warmSuggestions } from '../../shared/proofing/proofreader';
import { countWords } from '../../shared/word-count';
import { measureCorpus, TUNING } from '../helpers/proofing-corpus';
import type { Seed } from '../helpers/proofing-corpus';
import { median, percentile, round } from './measure';
import { proofingWorkerBench } from './proofing-worker-bench';

const DIR = 'tests/fixtures/proofing-corpus';

// Native hunspell is the baseline; install it from Debian when it is missing and we can.
function ensureHunspell(): boolean {
  const has = (): boolean =>
    spawnSync('hunspell', ['-D'], { input: '', encoding: 'utf8' }).status !== null &&
    spawnSync('sh', ['-c', 'command -v hunspell']).status === 0;
  if (has() && spawnSync('sh', ['-c', 'ls /usr/share/hunspell/en_US.dic']).status === 0)
    return true;
  if (process.getuid?.() === 0) {
    process.stderr.write(
      'bench: installing hunspell and hunspell-en-us from Debian for the baseline…\n',
    );
    spawnSync(
      'sh',
      [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hunspell hunspell-en-us',
      ],
      { stdio: 'ignore' },
    );
  }
  return has();
}

// The seeded corpus, every error applied, repeated to 10,000 words.
function seededCopy(): { text: string; other: string; typos: string[] } {
  const { seeds } = JSON.parse(readFileSync(join(DIR, 'seeds.json'), 'utf8')) as { seeds: Seed[] };
  const stories = [...new Set(seeds.map((s) => s.file))].map((file) => {
    let text = readFileSync(join(DIR, file), 'utf8');
    for (const seed of seeds.filter((s) => s.file === file))
      text = text.replace(seed.find, seed.replace);
    return text;
  });
  // Whole stories, in turn, until about 10,000 words (the corpus is bigger than that now).
  let text = '';
  let i = 0;
  for (; countWords(text) < 10_000; i++) text += `${stories[i % stories.length]}\n\n`;
  // The stories after those, as many words: copy the worker has not read.
  let other = '';
  for (; countWords(other) < 10_000; i++) other += `${stories[i % stories.length]}\n\n`;
  return {
    text,
    other,
    typos: [...new Set(seeds.filter((s) => s.kind === 'spelling').map((s) => s.flagged))],
  };
}

// Times each word's suggestions from one `hunspell -a` process, as an editor would use it,
// and keeps the suggestions it gave.
async function hunspellSuggest(
  words: ReadonlyArray<string>,
): Promise<{ times: number[]; suggestions: string[][] }> {
  const child = spawn('hunspell', ['-d', 'en_US', '-a'], { stdio: ['pipe', 'pipe', 'ignore'] });
  let buffer = '';
  let waiting: (() => void) | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    if (waiting && /\n\n$/.test(buffer)) waiting();
  });
  await new Promise((resolve) => child.stdout.once('data', resolve)); // the version banner
  buffer = '';
  const times: number[] = [];
  const suggestions: string[][] = [];
  for (const word of words) {
    const start = performance.now();
    await new Promise<void>((resolve) => {
      waiting = resolve;
      child.stdin.write(`^${word}\n`);
    });
    times.push(performance.now() - start);
    const line = /^& \S+ \d+ \d+: (.*)$/m.exec(buffer);
    suggestions.push(line?.[1] ? line[1].split(', ') : []);
    buffer = '';
  }
  child.kill();
  return { times, suggestions };
}

// Public lists of common misspellings: @cspell/dict-en-common-misspellings (CC BY-SA 4.0,
// used here only to measure, never shipped). "en" is its general list (89,000 entries, from
// the crate-ci/typos project): every 97th single lowercase entry, kept when the checker does
// not know the misspelling and knows its first correction. Suggestions were tuned on a
// different 97th of the filtered list (offset 48), never on these; four other 97ths measured
// once gave 96.3-97.0 % in the top three.
// "en-us" is its smaller list of American forms, every third entry.
function misspellingPairs(
  list: 'en' | 'en-us',
  knows: (word: string) => boolean,
): Array<[string, string]> {
  const file = `node_modules/@cspell/dict-en-common-misspellings/dict/dict-${list}.json`;
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    dictionaryDefinitions: Array<{ suggestWords: string[] }>;
  };
  const pairs: Array<[string, string]> = [];
  for (const entry of data.dictionaryDefinitions[0]!.suggestWords) {
    const [wrong, fixes] = entry.split('->');
    const right = fixes?.split(',')[0]?.trim();
    if (!wrong || !right || !/^[a-z]+$/.test(wrong) || !/^[a-z]+$/.test(right)) continue;
    pairs.push([wrong, right]);
  }
  // Sampled before our dictionary filters it, so a word added to the dictionary drops only
  // its own entry instead of shifting the whole sample (it did until issue 9's 15th session).
  return pairs
    .filter((_, i) => i % (list === 'en' ? 97 : 3) === 0)
    .filter(([wrong, right]) => !knows(wrong) && knows(right));
}

function accuracy(
  pairs: ReadonlyArray<[string, string]>,
  lists: ReadonlyArray<ReadonlyArray<string>>,
): { first: number; top3: number } {
  let first = 0;
  let top3 = 0;
  pairs.forEach(([, right], i) => {
    const list = lists[i] ?? [];
    if (list[0] === right) first++;
    if (list.slice(0, 3).includes(right)) top3++;
  });
  return { first: round((100 * first) / pairs.length), top3: round((100 * top3) / pairs.length) };
}

const FRESH_RUNS = 5;

// A proofing worker is a fresh isolate with nothing else in it: its first check and its
// rechecks are timed in fresh processes (this one has the other benchmarks' code and heap,
// which made garbage collection land in a third of the rechecks), five times, and the median
// is kept; hunspell's check is timed the same way.
interface FreshRun {
  readonly startup: number;
  readonly warmUp: number;
  readonly check: number;
  readonly recheckEarly: number;
  readonly checkWarm: number;
  readonly checkOther: number;
  readonly recheck: number;
}

function freshChecks(text: string, other: string, warmUp = false): FreshRun {
  const dir = mkdtempSync(join(tmpdir(), 'galley-bench-'));
  try {
    const file = join(dir, 'copy.txt');
    writeFileSync(file, text);
    const otherFile = join(dir, 'other.txt');
    writeFileSync(otherFile, other);
    const runs = Array.from({ length: FRESH_RUNS }, () => {
      const out = execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(import.meta.dirname, 'proofing-cold.ts'),
          file,
          otherFile,
          ...(warmUp ? ['warm-up'] : []),
        ],
        { encoding: 'utf8' },
      );
      return JSON.parse(out) as FreshRun;
    });
    return {
      startup: median(runs.map((run) => run.startup)),
      warmUp: median(runs.map((run) => run.warmUp)),
      check: median(runs.map((run) => run.check)),
      recheckEarly: median(runs.map((run) => run.recheckEarly)),
      checkWarm: median(runs.map((run) => run.checkWarm)),
      checkOther: median(runs.map((run) => run.checkOther)),
      recheck: median(runs.map((run) => run.recheck)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function hunspellCheck(text: string): number {
  const times = Array.from({ length: FRESH_RUNS }, () => {
    const start = performance.now();
    execFileSync('hunspell', ['-d', 'en_US', '-l'], { input: text, maxBuffer: 64 * 1024 * 1024 });
    return performance.now() - start;
  });
  return median(times);
}

/** proofing.* metrics next to native hunspell on the same text. */
export async function proofingBench(): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  const { text, other, typos } = seededCopy();
  const blocks = textBlocks(text).map((b) => b.text);

  const fresh5 = freshChecks(text, other);
  results['proofing.startup_ms'] = round(fresh5.startup);
  results['proofing.full_check_ms'] = round(fresh5.check);
  // The same worker's next story of that length (its first check pays V8's warm-up).
  results['proofing.full_check_next_story_ms'] = round(fresh5.checkWarm);
  // That worker's check of 10,000 words of other stories: the words and rules it has not
  // met yet (the figure above re-reads words it has, so its caches answer most of them).
  results['proofing.full_check_new_copy_ms'] = round(fresh5.checkOther);
  results['proofing.words_new_copy'] = countWords(other);
  // The editor's worker checks a sample story of its own while it waits for the first one
  // (shared/proofing/warm-up.ts): the first story's check after that, and the sample's cost.
  const warmed = freshChecks(text, other, true);
  results['proofing.warm_up_ms'] = round(warmed.warmUp);
  results['proofing.full_check_after_warm_up_ms'] = round(warmed.check);

  // As the editor's worker runs it: findings first (what the underlines wait for), then
  // the ranked suggestions for the words flagged (timed here, in this process).
  let start = performance.now();
  const resources = loadProofingResources();
  results['proofing.startup_in_process_ms'] = round(performance.now() - start);
  const proofreader = new Proofreader(resources, { deferSuggestions: true });
  start = performance.now();
  const first = proofreader.check(blocks);
  results['proofing.full_check_in_process_ms'] = round(performance.now() - start);
  proofreader.fillSuggestions(first);
  results['proofing.full_check_with_suggestions_ms'] = round(performance.now() - start);
  results['proofing.words'] = countWords(text);

  // A one-word edit, rechecked: in the fresh processes, as the worker has it; the steady
  // state, and the first thirty edits after the first check.
  results['proofing.recheck_ms'] = round(fresh5.recheck);
  results['proofing.recheck_first_30_edits_ms'] = round(fresh5.recheckEarly);

  const fresh = loadProofingResources();
  // Built by the first suggestions the worker ranks (after the first underlines); timed apart.
  start = performance.now();
  warmSuggestions(fresh);
  results['proofing.suggest_index_build_ms'] = round(performance.now() - start);
  const suggestTimes = typos.map((word) => {
    const t = performance.now();
    suggestionsFor(word, fresh);
    return performance.now() - t;
  });
  results['proofing.suggest_p50_ms'] = round(median(suggestTimes));
  results['proofing.suggest_p95_ms'] = round(percentile(suggestTimes, 95));
  results['proofing.seeded_typos'] = typos.length;

  // Quality on our own seeded corpus, tuning and held-out parts apart.
  for (const [part, choose] of [
    ['tuning', TUNING],
    ['heldout', (file: string) => !TUNING(file)],
  ] as const) {
    const report = measureCorpus(fresh, choose);
    results[`proofing.corpus_${part}_words`] = report.cleanWords;
    results[`proofing.corpus_${part}_recall_pct`] = round(100 * report.recall);
    results[`proofing.corpus_${part}_first_pct`] = round(100 * report.firstRate);
    results[`proofing.corpus_${part}_top3_pct`] = round(100 * report.topThreeRate);
    results[`proofing.corpus_${part}_false_flags_per_1000`] = round(report.falseFlagsPer1000);
  }

  // The same check in the editor's own worker, in Chromium.
  try {
    Object.assign(results, await proofingWorkerBench(blocks));
    results['proofing.ratio_worker_full_check'] = round(
      results['proofing.worker_full_check_ms']! / results['proofing.full_check_ms']!,
    );
  } catch (error) {
    process.stderr.write(`bench: the worker in Chromium was not measured: ${String(error)}\n`);
  }

  if (ensureHunspell()) {
    start = performance.now();
    execFileSync('hunspell', ['-d', 'en_US', '-l'], { input: '' });
    results['proofing.hunspell_startup_ms'] = round(performance.now() - start);
    results['proofing.hunspell_full_check_ms'] = round(hunspellCheck(text));
    const native = (await hunspellSuggest(typos)).times;
    results['proofing.hunspell_suggest_p50_ms'] = round(median(native));
    results['proofing.hunspell_suggest_p95_ms'] = round(percentile(native, 95));
    for (const list of ['en', 'en-us'] as const) {
      const pairs = misspellingPairs(list, (word) => fresh.speller.correct(word));
      const ours = accuracy(
        pairs,
        pairs.map(([wrong]) => suggestionsFor(wrong, fresh)),
      );
      const theirs = accuracy(
        pairs,
        (await hunspellSuggest(pairs.map(([wrong]) => wrong))).suggestions,
      );
      const key = list === 'en' ? 'misspellings' : 'misspellings_us';
      results[`proofing.${key}_list_size`] = pairs.length;
      results[`proofing.${key}_first_pct`] = ours.first;
      results[`proofing.${key}_top3_pct`] = ours.top3;
      results[`proofing.hunspell_${key}_first_pct`] = theirs.first;
      results[`proofing.hunspell_${key}_top3_pct`] = theirs.top3;
    }
    results['proofing.ratio_full_check'] = round(
      results['proofing.full_check_ms']! / results['proofing.hunspell_full_check_ms']!,
    );
    results['proofing.ratio_suggest_p95'] = round(
      results['proofing.suggest_p95_ms']! /
        Math.max(results['proofing.hunspell_suggest_p95_ms']!, 0.001),
    );
    results['proofing.ratio_startup'] = round(
      results['proofing.startup_ms']! / results['proofing.hunspell_startup_ms']!,
    );
  } else {
    process.stderr.write(
      'bench: native hunspell is not available, so its baseline figures are missing.\n',
    );
  }
  return results;
}
