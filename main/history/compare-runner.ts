import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compareContents } from '../../shared/history/compare';
import type { CanonicalTexts, StoryComparison } from '../../shared/history/compare';
import type { VersionContent } from '../../shared/history/serialize';

/** Compares two versions for the History panel. */
export type CompareRunner = (
  a: VersionContent,
  b: VersionContent,
  lines?: CanonicalTexts,
) => Promise<StoryComparison>;

/** How long the worker may take before the bounded in-thread comparison answers instead. */
const WORKER_TIMEOUT_MS = 10_000;

/** In-thread comparison under the default (small) time budget. */
export const compareInline: CompareRunner = async (a, b, lines) =>
  compareContents(a, b, undefined, lines);

/**
 * Runs comparisons in one worker thread, built beside this module as compare-worker.js. Where
 * it is missing (tests running the TypeScript sources) or fails, the bounded in-thread
 * comparison answers, so the panel always gets a result.
 */
export function createCompareRunner(
  file = fileURLToPath(new URL('./compare-worker.js', import.meta.url)),
): CompareRunner {
  if (!existsSync(file)) return compareInline;
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<
    number,
    { resolve: (c: StoryComparison) => void; fallback: () => void }
  >();
  const start = (): Worker => {
    if (worker) return worker;
    const created = new Worker(file);
    created.unref();
    created.on('message', (message: { id: number; result?: StoryComparison; error?: string }) => {
      const job = pending.get(message.id);
      if (!job) return;
      pending.delete(message.id);
      if (message.result) job.resolve(message.result);
      else job.fallback();
    });
    const fail = (): void => {
      worker = undefined;
      for (const job of pending.values()) job.fallback();
      pending.clear();
    };
    created.on('error', fail);
    created.on('exit', fail);
    worker = created;
    return created;
  };
  return (a, b, lines) =>
    new Promise<StoryComparison>((resolve) => {
      const id = next++;
      const fallback = (): void => {
        clearTimeout(timer);
        resolve(compareContents(a, b, undefined, lines));
      };
      const timer = setTimeout(() => {
        if (pending.delete(id)) {
          // A runaway comparison: restart the worker and answer with the bounded one.
          void worker?.terminate();
          worker = undefined;
          resolve(compareContents(a, b, undefined, lines));
        }
      }, WORKER_TIMEOUT_MS);
      timer.unref();
      pending.set(id, {
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
        fallback,
      });
      start().postMessage({ id, a, b, lines });
    });
}
