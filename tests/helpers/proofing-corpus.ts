import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textBlocks } from '../../main/cli/check-input';
import { proofreadBlocks } from '../../shared/proofing/proofreader';
import type { ProofingResources } from '../../shared/proofing/proofreader';
import { countWords } from '../../shared/word-count';

const DIR = 'tests/fixtures/proofing-corpus';

/** A seeded error. */
export interface Seed {
  readonly file: string;
  readonly kind: string;
  readonly find: string;
  readonly replace: string;
  readonly flagged: string;
  readonly occurrence?: number;
}

/** A finding in file coordinates. */
interface FileFinding {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: string;
  readonly suggestions: ReadonlyArray<string>;
}

/** Quality figures for one part of the corpus. */
export interface CorpusReport {
  readonly seeds: number;
  readonly detected: number;
  readonly rightKind: number;
  readonly fixable: number;
  readonly firstRight: number;
  readonly topThreeRight: number;
  readonly cleanWords: number;
  readonly falseFlags: number;
  readonly recall: number;
  readonly firstRate: number;
  readonly topThreeRate: number;
  readonly falseFlagsPer1000: number;
  readonly misses: ReadonlyArray<string>;
  readonly falseFlagList: ReadonlyArray<string>;
}

/** The stories used for tuning; the rest are held out. */
export const TUNING = (file: string): boolean => {
  const n = Number(file.slice(0, 2));
  return n <= 9 || n >= 30;
};

function check(text: string, resources: ProofingResources): FileFinding[] {
  const blocks = textBlocks(text);
  return proofreadBlocks(
    blocks.map((b) => b.text),
    resources,
  ).flatMap((result, i) =>
    result.findings.map((f) => ({
      start: blocks[i]!.offset + f.start,
      end: blocks[i]!.offset + f.end,
      text: f.text,
      kind: f.kind,
      suggestions: f.suggestions,
    })),
  );
}

/** Runs the checker over the clean stories and every seeded error; see seeds.json. */
export function measureCorpus(
  resources: ProofingResources,
  include: (file: string) => boolean,
): CorpusReport {
  const { seeds } = JSON.parse(readFileSync(join(DIR, 'seeds.json'), 'utf8')) as { seeds: Seed[] };
  const files = [...new Set(seeds.map((s) => s.file))].filter(include);
  let cleanWords = 0;
  const falseFlagList: string[] = [];
  for (const file of files) {
    const clean = readFileSync(join(DIR, file), 'utf8');
    cleanWords += countWords(clean);
    for (const f of check(clean, resources))
      falseFlagList.push(`${file}: ${f.kind} “${f.text}” → ${f.suggestions[0] ?? ''}`);
  }
  let detected = 0;
  let rightKind = 0;
  let fixable = 0;
  let firstRight = 0;
  let topThreeRight = 0;
  const misses: string[] = [];
  const chosen = seeds.filter((s) => include(s.file));
  for (const seed of chosen) {
    const clean = readFileSync(join(DIR, seed.file), 'utf8');
    let at = -1;
    for (let n = 0; n <= (seed.occurrence ?? 0); n++) at = clean.indexOf(seed.find, at + 1);
    const broken = clean.slice(0, at) + seed.replace + clean.slice(at + seed.find.length);
    // A missing quotation mark can only be pinned to its paragraph.
    const paragraphStart = broken.lastIndexOf('\n\n', at) + 1;
    const paragraphEnd =
      broken.indexOf('\n\n', at) === -1 ? broken.length : broken.indexOf('\n\n', at);
    const [regionStart, regionEnd] =
      seed.kind === 'punctuation' ? [paragraphStart, paragraphEnd] : [at, at + seed.replace.length];
    const hits = check(broken, resources).filter((f) => f.start < regionEnd && f.end > regionStart);
    const hit = hits.find((f) => f.text === seed.flagged) ?? hits[0];
    if (!hit) {
      misses.push(`${seed.file}: ${seed.kind} “${seed.flagged}” missed`);
      continue;
    }
    detected++;
    if (hit.kind === seed.kind) rightKind++;
    const restores = (suggestion: string): boolean =>
      broken.slice(0, hit.start) + suggestion + broken.slice(hit.end) === clean;
    if (seed.kind === 'punctuation' && hit.suggestions.length === 0) continue;
    fixable++;
    if (hit.suggestions[0] !== undefined && restores(hit.suggestions[0])) firstRight++;
    else
      misses.push(
        `${seed.file}: ${seed.kind} “${seed.flagged}” first suggestion “${hit.suggestions[0] ?? ''}”`,
      );
    if (hit.suggestions.slice(0, 3).some(restores)) topThreeRight++;
  }
  return {
    seeds: chosen.length,
    detected,
    rightKind,
    fixable,
    firstRight,
    topThreeRight,
    cleanWords,
    falseFlags: falseFlagList.length,
    recall: detected / chosen.length,
    firstRate: firstRight / fixable,
    topThreeRate: topThreeRight / fixable,
    falseFlagsPer1000: (falseFlagList.length * 1000) / cleanWords,
    misses,
    falseFlagList,
  };
}
