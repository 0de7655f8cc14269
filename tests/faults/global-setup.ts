import { existsSync, readFileSync, rmSync } from 'node:fs';
import { LEDGER } from './ledger';
import type { FaultRecord } from './ledger';

// Clears the ledger before the suite and prints the table of faults after it.
export function setup(): () => void {
  rmSync(LEDGER, { force: true });
  return () => {
    const rows: FaultRecord[] = existsSync(LEDGER)
      ? readFileSync(LEDGER, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as FaultRecord)
      : [];
    const width = Math.max(5, ...rows.map((r) => r.fault.length));
    const lines = [
      '',
      `${'Fault'.padEnd(width)}  Words lost  Calls blocked >100 ms  Note`,
      `${'-'.repeat(width)}  ----------  ---------------------  ----`,
      ...rows.map(
        (r) =>
          `${r.fault.padEnd(width)}  ${String(r.wordsLost).padStart(10)}  ${String(r.blockedCalls).padStart(21)}  ${r.note ?? ''}`,
      ),
      `${'-'.repeat(width)}  ----------  ---------------------`,
      `${`${rows.length} faults tried`.padEnd(width)}  ${String(rows.reduce((n, r) => n + r.wordsLost, 0)).padStart(10)}  ${String(rows.reduce((n, r) => n + r.blockedCalls, 0)).padStart(21)}`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  };
}
