// The proofing worker as the editor runs it: the built worker script in headless Chromium
// (the browser host's engine, and Electron's), each run in a fresh browser so nothing is
// cached. Reports the median of three runs, next to the same figures in Node (the CLI's
// engine, measured by proofing-bench.ts in the same run).
import { readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startHost } from '../helpers/browser-host';
import { findChromium } from '../helpers/chromium';
import { median, round } from './measure';

const RUNS = 3;

interface WorkerRun {
  /** From `new Worker` to its ready message: fetching and compiling the script, then start-up. */
  readonly ready: number;
  /** The worker's own start-up (dictionaries and indexes), as it reports it. */
  readonly startup: number;
  /** The first check of the whole text, findings only (what the underlines wait for). */
  readonly check: number;
  /** A one-word edit of a middle paragraph, rechecked. */
  readonly recheck: number;
}

/** proofing.worker_* figures for `blocks`, or none when no Chromium can be started. */
export async function proofingWorkerBench(
  blocks: ReadonlyArray<string>,
): Promise<Record<string, number>> {
  const asset = readdirSync('out/renderer/assets').find((f) => f.startsWith('proofing-worker'));
  if (!asset) throw new Error('the built proofing worker is missing: run `npm run build` first');
  const found = await findChromium();
  const { host, stop } = await startHost();
  const runs: WorkerRun[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const browser = await chromium.launch({ executablePath: found.path, args: [...found.args] });
      try {
        const page = await browser.newPage();
        await page.goto(host.url);
        runs.push(
          await page.evaluate(
            // No named functions in here: the transform that runs this file would wrap them
            // in a helper the page does not have.
            async ({ url, text }) => {
              const started = performance.now();
              const worker = new Worker(url, { type: 'module' });
              const answers: Array<Record<string, unknown>> = [];
              let wake: (() => void) | undefined;
              worker.onmessage = (event: MessageEvent<Record<string, unknown>>) => {
                answers.push(event.data);
                wake?.();
              };
              let readyMs = 0;
              // Answers in order: ready, the first check's findings, its suggestions, the recheck.
              for (let wanted = 1; wanted <= 4; wanted++) {
                while (answers.length < wanted) await new Promise<void>((r) => (wake = r));
                const last = answers[answers.length - 1]!;
                if (last.type === 'error') throw new Error(String(last.message));
                if (wanted === 1) {
                  readyMs = performance.now() - started;
                  worker.postMessage({ type: 'check', seq: 1, blocks: text });
                } else if (wanted === 3) {
                  const middle = Math.floor(text.length / 2);
                  worker.postMessage({
                    type: 'check',
                    seq: 2,
                    blocks: text.map((b, k) => (k === middle ? `${b} edit` : b)),
                  });
                }
              }
              worker.terminate();
              return {
                ready: readyMs,
                startup: answers[0]!.startupMs as number,
                check: answers[1]!.ms as number,
                recheck: answers[3]!.ms as number,
              };
            },
            { url: `/assets/${asset}`, text: [...blocks] },
          ),
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    await stop();
  }
  return {
    'proofing.worker_ready_ms': round(median(runs.map((r) => r.ready))),
    'proofing.worker_startup_ms': round(median(runs.map((r) => r.startup))),
    'proofing.worker_full_check_ms': round(median(runs.map((r) => r.check))),
    'proofing.worker_recheck_ms': round(median(runs.map((r) => r.recheck))),
  };
}
