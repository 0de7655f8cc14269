import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Where fault tests record what they tried; the suite's teardown prints it as a table. */
export const LEDGER = resolve('node_modules/.cache/galley-faults/ledger.jsonl');

/** One fault tried: how many words were lost (must be 0) and calls blocked > 100 ms (must be 0). */
export interface FaultRecord {
  readonly fault: string;
  readonly wordsLost: number;
  readonly blockedCalls: number;
  readonly note?: string;
}

/** Records a fault's outcome for the closing table. */
export function recordFault(record: FaultRecord): void {
  mkdirSync(dirname(LEDGER), { recursive: true });
  appendFileSync(LEDGER, `${JSON.stringify(record)}\n`);
}

/** Words of `expected` missing from `actual`, counted as a multiset. */
export function wordsMissing(expected: string, actual: string): number {
  const have = new Map<string, number>();
  for (const w of actual.split(/\s+/).filter(Boolean)) have.set(w, (have.get(w) ?? 0) + 1);
  let missing = 0;
  for (const w of expected.split(/\s+/).filter(Boolean)) {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    else missing++;
  }
  return missing;
}
