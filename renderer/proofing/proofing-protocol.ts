import type { BlockResult } from '../../shared/proofing/proofreader';

/** Messages the page sends to the proofing worker. */
export type ToWorker =
  | { readonly type: 'configure'; readonly accepted: ReadonlyArray<string> }
  | { readonly type: 'check'; readonly seq: number; readonly blocks: ReadonlyArray<string> };

/** Messages the worker sends back. */
export type FromWorker =
  | { readonly type: 'ready'; readonly startupMs: number }
  | {
      readonly type: 'result';
      readonly seq: number;
      readonly results: ReadonlyArray<BlockResult>;
      readonly ms: number;
    }
  /** The worker has checked its warm-up sample (see shared/proofing/warm-up.ts). */
  | { readonly type: 'warmed'; readonly ms: number }
  | { readonly type: 'error'; readonly message: string };
