import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { proofreadBlocks } from '../../../shared/proofing/proofreader';
import { WarmUp, warmUpBlocks } from '../../../shared/proofing/warm-up';

// The proofing worker checks resources/warm-up-story.txt while it waits for the first story,
// so the first real check finds V8's code compiled. It is shipped with the app, so it must
// be real copy that exercises the checks, and checking it must change nothing a reader sees.

const sample = warmUpBlocks(readFileSync('resources/warm-up-story.txt', 'utf8'));

describe('the worker’s warm-up', () => {
  it('reads the sample as paragraphs of wire copy from several places', () => {
    expect(sample.length).toBeGreaterThan(20);
    expect(sample.every((block) => !block.includes('\n\n'))).toBe(true);
    const datelines = sample.filter((block) =>
      /^[A-Z][A-Z .]+(?:, [A-Z][a-z]+\.?)? — /.test(block),
    );
    expect(datelines.length).toBeGreaterThanOrEqual(4);
  });

  it('checks the sample a few paragraphs per step, then whole, then compiles the rules', () => {
    const resources = loadProofingResources();
    const warmUp = new WarmUp(resources, sample);
    let steps = 0;
    while (warmUp.step()) steps++;
    const ruleSteps = Math.ceil(resources.rules.length / 40);
    expect(steps).toBeGreaterThanOrEqual(Math.ceil(sample.length / 3) - 1 + ruleSteps);
    expect(steps).toBeLessThanOrEqual(Math.ceil(sample.length / 3) + 1 + ruleSteps);
    expect(warmUp.done).toBe(true);
    expect(warmUp.step()).toBe(false);
  });

  it('runs the spelling paths: the sample’s two slips are flagged, nothing else', () => {
    const flagged = proofreadBlocks(sample, loadProofingResources()).flatMap((result) =>
      result.findings.map((f) => [f.text, f.suggestions[0]]),
    );
    expect(flagged).toEqual([
      ['recieved', 'received'],
      ["goverment's", "government's"],
    ]);
  });

  it('leaves no trace in the checker a story is checked with', () => {
    const story = ['The counsel voted 5-2 on Tuesday to close the libary on Sundays.'];
    const cold = proofreadBlocks(story, loadProofingResources());
    const resources = loadProofingResources();
    new WarmUp(resources, sample).run();
    expect(proofreadBlocks(story, resources)).toEqual(cold);
  });
});
