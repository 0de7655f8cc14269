// The proofing worker as the editor runs it: the built worker script in headless Chromium
// (the browser host's engine, and Electron's), each run in a fresh browser so nothing is
// cached. Reports the median of three runs, next to the same figures in Node (the CLI's
// engine, measured by proofing-bench.ts in the same run).
//
// Two moments are timed. "At launch": the worker starts the moment the app's page has
// loaded, while the browser is still starting its own processes and the app's own checker
// starts beside it (on two cores, that doubled the worker's start-up). "Settled": the worker
// starts in a browser that has finished launching, on a page of the same origin that runs no
// app: the worker's own cost, as when the window opens in a running app. "Warmed": settled,
// and the first story sent once the worker has checked its warm-up sample (what it does
// while it waits for one; shared/proofing/warm-up.ts), as when a story is opened a moment
// after the window.
import { readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startHost } from '../helpers/browser-host';
import { findChromium } from '../helpers/chromium';
import { median, round } from './measure';

const RUNS = 3;

// How long a fresh headless Chromium takes to finish launching on a busy two-core machine,
// with room to spare (measured: the worker's start-up stops falling after about a second).
const SETTLE_MS = 1500;

interface WorkerRun {
  /** From `new Worker` to its ready message: fetching and compiling the script, then start-up. */
  readonly ready: number;
  /** The worker's own start-up (dictionaries and indexes), as it reports it. */
  readonly startup: number;
  /** The first check of the whole text, findings only (what the underlines wait for). */
  readonly check: number;
  /** A one-word edit of a middle paragraph, rechecked (the median of the last thirty of forty). */
  readonly recheck: number;
  /** How long the worker's warm-up took (warmed runs only). */
  readonly warmUp: number;
}

type Mode = 'atLaunch' | 'settled' | 'warmed';
const MODES: ReadonlyArray<Mode> = ['atLaunch', 'settled', 'warmed'];

/** proofing.worker_* figures for `blocks`, or none when no Chromium can be started. */
export async function proofingWorkerBench(
  blocks: ReadonlyArray<string>,
): Promise<Record<string, number>> {
  const asset = readdirSync('out/renderer/assets').find((f) => f.startsWith('proofing-worker'));
  if (!asset) throw new Error('the built proofing worker is missing: run `npm run build` first');
  const found = await findChromium();
  const { host, stop } = await startHost();
  const runs: Record<Mode, WorkerRun[]> = { atLaunch: [], settled: [], warmed: [] };
  try {
    for (let i = 0; i < MODES.length * RUNS; i++) {
      const browser = await chromium.launch({ executablePath: found.path, args: [...found.args] });
      const mode = MODES[i % MODES.length]!;
      const quiet = mode !== 'atLaunch';
      try {
        const page = await browser.newPage();
        if (quiet) {
          // Any page of the host's origin may start the worker; this one is its short 404.
          await page.goto(`${host.url}/bench-blank-page`);
          await page.waitForTimeout(SETTLE_MS);
        } else await page.goto(host.url);
        runs[mode].push(
          await page.evaluate(
            // No named functions in here: the transform that runs this file would wrap them
            // in a helper the page does not have.
            async ({ url, text, waitForWarmUp }) => {
              const started = performance.now();
              const worker = new Worker(url, { type: 'module' });
              const answers: Array<Record<string, unknown>> = [];
              let wake: (() => void) | undefined;
              let warmUpMs = -1;
              worker.onmessage = (event: MessageEvent<Record<string, unknown>>) => {
                if (event.data.type === 'warmed') warmUpMs = event.data.ms as number;
                else answers.push(event.data);
                wake?.();
              };
              let readyMs = 0;
              // Answers in order: ready, the first check's findings, its suggestions, then one
              // per recheck. Each recheck types a number into a middle paragraph (checked, no
              // suggestions to rank), as proofing-cold.ts does in Node; the median of the last
              // thirty is the steady state.
              const edits = 40;
              const middle = Math.floor(text.length / 2);
              for (let wanted = 1; wanted <= 3 + edits; wanted++) {
                while (answers.length < wanted) await new Promise<void>((r) => (wake = r));
                const last = answers[answers.length - 1]!;
                if (last.type === 'error') throw new Error(String(last.message));
                if (wanted === 1) {
                  readyMs = performance.now() - started;
                  while (waitForWarmUp && warmUpMs < 0) await new Promise<void>((r) => (wake = r));
                  worker.postMessage({ type: 'check', seq: 1, blocks: text });
                } else if (wanted >= 3 && wanted < 3 + edits) {
                  worker.postMessage({
                    type: 'check',
                    seq: wanted,
                    blocks: text.map((b, k) => (k === middle ? `${b} edit${wanted}` : b)),
                  });
                }
              }
              worker.terminate();
              const rechecks = answers
                .slice(3 + edits - 30)
                .map((a) => a.ms as number)
                .sort((a, b) => a - b);
              return {
                ready: readyMs,
                startup: answers[0]!.startupMs as number,
                check: answers[1]!.ms as number,
                recheck: rechecks[15]!,
                warmUp: warmUpMs,
              };
            },
            { url: `/assets/${asset}`, text: [...blocks], waitForWarmUp: mode === 'warmed' },
          ),
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    await stop();
  }
  const figures = (of: ReadonlyArray<WorkerRun>, suffix: string): Record<string, number> => ({
    [`proofing.worker_ready${suffix}_ms`]: round(median(of.map((r) => r.ready))),
    [`proofing.worker_startup${suffix}_ms`]: round(median(of.map((r) => r.startup))),
    [`proofing.worker_full_check${suffix}_ms`]: round(median(of.map((r) => r.check))),
    [`proofing.worker_recheck${suffix}_ms`]: round(median(of.map((r) => r.recheck))),
  });
  return {
    ...figures(runs.settled, ''),
    ...figures(runs.atLaunch, '_at_launch'),
    'proofing.worker_warm_up_ms': round(median(runs.warmed.map((r) => r.warmUp))),
    'proofing.worker_full_check_after_warm_up_ms': round(median(runs.warmed.map((r) => r.check))),
  };
}
