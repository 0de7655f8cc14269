import { beforeAll, expect } from 'vitest';
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
  /** Each sentence, a story of its own, gets exactly one finding, whose fix is the one given. */
  readonly expectEachFixed: (cases: ReadonlyArray<readonly [string, string]>) => void;
  /** Each sentence, a story of its own, gets no finding. */
  readonly expectClean: (sentences: ReadonlyArray<string>) => void;
} {
  let resources: ProofingResources | undefined;
  beforeAll(() => {
    resources = loadProofingResources();
  }, 30_000);
  const findings = (...blocks: string[]): Finding[] =>
    proofreadBlocks(blocks, resources!).flatMap((r) => r.findings);
  return {
    resources: () => resources!,
    findings,
    expectEachFixed: (cases) => {
      for (const [sentence, fix] of cases)
        expect(
          fixes(findings(sentence)).map(([, to]) => to),
          sentence,
        ).toEqual([fix]);
    },
    expectClean: (sentences) => {
      for (const sentence of sentences) expect(fixes(findings(sentence)), sentence).toEqual([]);
    },
  };
}

export const fixes = (found: ReadonlyArray<Finding>): string[][] =>
  found.map((f) => [f.text, f.suggestions[0]!]);
