import { monitorEventLoopDelay } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareInline, createCompareRunner } from '../../../main/history/compare-runner';
import { contentOf } from '../../../shared/history/serialize';
import { bundleChild } from '../../helpers/bundle-child';
import { rewriteStory } from '../../helpers/rewrite';
import { appendToBlock, newsLikeStory } from '../../helpers/story-builders';

let workerFile = '';
beforeAll(async () => {
  workerFile = await bundleChild('main/history/compare-worker.ts');
}, 60_000);

describe('History comparisons in a worker thread', () => {
  it('gives the same answer as the in-thread comparison for an ordinary edit', async () => {
    const story = newsLikeStory(2_000);
    const edited = {
      ...story,
      body: story.body.map((b, i) => (i === 3 ? appendToBlock(b, ' new words') : b)),
    };
    const run = createCompareRunner(workerFile);
    const [viaWorker, inline] = await Promise.all([
      run(contentOf(story), contentOf(edited)),
      compareInline(contentOf(story), contentOf(edited)),
    ]);
    expect(viaWorker).toEqual(inline);
    expect(viaWorker.wordsAdded).toBe(2);
  });

  it('keeps the calling thread free while a 20,000-word rewrite is compared', async () => {
    const story = newsLikeStory(20_000);
    const rewritten = rewriteStory(story, 5, 3);
    const run = createCompareRunner(workerFile);
    await run(contentOf(story), contentOf(story)); // worker started
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const result = await run(contentOf(story), contentOf(rewritten));
    delay.disable();
    expect(result.wordsAdded).toBeGreaterThan(0);
    // Building and posting the message is the only work here; a busy machine may add a bit.
    expect(delay.max / 1e6).toBeLessThan(250);
  });

  it('falls back to the in-thread comparison when the worker file is missing', async () => {
    const run = createCompareRunner('/nonexistent/compare-worker.js');
    const story = newsLikeStory(300);
    expect((await run(contentOf(story), contentOf(story))).wordsAdded).toBe(0);
  });
});
