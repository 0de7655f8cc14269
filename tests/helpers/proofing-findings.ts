import { beforeAll } from 'vitest';
import { loadProofingResources } from '../../main/proofing/node-resources';
import { proofreadBlocks } from '../../shared/proofing/proofreader';
import type { ProofingResources } from '../../shared/proofing/proofreader';
import type { Finding } from '../../shared/proofing/types';

/**
 * The checker as a test file of short cases uses it: resources loaded once before the file's
 * tests, `findings` of a story given as blocks, and `fixes`, each finding's text with its
 * first suggestion.
 */
export function proofingCases(): {
  readonly resources: () => ProofingResources;
  readonly findings: (...blocks: string[]) => Finding[];
} {
  let resources: ProofingResources | undefined;
  beforeAll(() => {
    resources = loadProofingResources();
  }, 30_000);
  return {
    resources: () => resources!,
    findings: (...blocks) => proofreadBlocks(blocks, resources!).flatMap((r) => r.findings),
  };
}

export const fixes = (found: ReadonlyArray<Finding>): string[][] =>
  found.map((f) => [f.text, f.suggestions[0]!]);
