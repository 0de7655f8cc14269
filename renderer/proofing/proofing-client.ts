import type { FromWorker, ToWorker } from './proofing-protocol';

type Listener = (message: FromWorker) => void;

let worker: Worker | undefined;
const listeners = new Set<Listener>();
/** That the worker is ready, or has stopped: told to listeners that come later too. */
let status: FromWorker | undefined;

function dispatch(message: FromWorker): void {
  listeners.forEach((listener) => listener(message));
}

// One worker for the whole window: the dictionaries load once, whatever story is open.
function ensureWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./proofing-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      if (event.data.type === 'ready') status = event.data;
      dispatch(event.data);
    };
    worker.onerror = (event) => {
      status = { type: 'error', message: event.message || 'The checker stopped.' };
      dispatch(status);
    };
  }
  return worker;
}

/**
 * Starts the worker while the window opens, so the dictionaries are loaded and the checker
 * warmed up by the time the first story is opened, not after.
 */
export function startProofing(): void {
  ensureWorker();
}

/** Sends a message to the proofing worker. */
export function postToProofing(message: ToWorker): void {
  ensureWorker().postMessage(message);
}

/** Subscribes to the worker's messages; returns the unsubscribe function. */
export function onProofing(listener: Listener): () => void {
  ensureWorker();
  listeners.add(listener);
  // The worker starts with the window: a story opened after it was ready still hears so.
  if (status) listener(status);
  return () => listeners.delete(listener);
}
