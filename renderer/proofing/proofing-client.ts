import type { FromWorker, ToWorker } from './proofing-protocol';

type Listener = (message: FromWorker) => void;

let worker: Worker | undefined;
const listeners = new Set<Listener>();

// One worker for the whole window: the dictionaries load once, whatever story is open.
function ensureWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./proofing-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) =>
      listeners.forEach((listener) => listener(event.data));
    worker.onerror = (event) =>
      listeners.forEach((listener) =>
        listener({ type: 'error', message: event.message || 'The checker stopped.' }),
      );
  }
  return worker;
}

/** Sends a message to the proofing worker. */
export function postToProofing(message: ToWorker): void {
  ensureWorker().postMessage(message);
}

/** Subscribes to the worker's messages; returns the unsubscribe function. */
export function onProofing(listener: Listener): () => void {
  ensureWorker();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
