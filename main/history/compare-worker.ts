// The History panel's word-level comparison, in a worker thread: the host's thread (in
// Electron, the main process) keeps answering while a long rewrite is compared.
import { parentPort } from 'node:worker_threads';
import { compareContents } from '../../shared/history/compare';
import type { CanonicalTexts } from '../../shared/history/compare';
import type { VersionContent } from '../../shared/history/serialize';

interface CompareJob {
  readonly id: number;
  readonly a: VersionContent;
  readonly b: VersionContent;
  readonly lines?: CanonicalTexts;
}

/** Limits off the request path: generous, since nobody waits on this thread. */
const WORKER_LIMITS = { budgetMs: 3_000, maxEditLength: 20_000 };

parentPort?.on('message', (message: CompareJob) => {
  try {
    parentPort?.postMessage({
      id: message.id,
      result: compareContents(message.a, message.b, WORKER_LIMITS, message.lines),
    });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: String(error) });
  }
});
