/** Runs `task` `runs` times (after `warmup` untimed runs) and returns the times in ms. */
export async function timeRuns(
  runs: number,
  task: (i: number) => unknown,
  warmup = 2,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task(i);
    times.push(performance.now() - start);
  }
  return times;
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values: ReadonlyArray<number>, p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

/** Median of a list. */
export function median(values: ReadonlyArray<number>): number {
  return percentile(values, 50);
}

/** Rounds to three significant decimals for readable JSON. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
