import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { VersionService } from '../../main/history/version-service';
import { writeStoryFile } from '../../main/library/story-file';
import { StoryLibrary } from '../../main/library/story-library';
import type { Story } from '../../shared/story';
import { rewriteStory } from '../helpers/rewrite';
import { appendToBlock, newsLikeStory } from '../helpers/story-builders';
import { median, percentile, round, timeRuns } from './measure';

/**
 * save.* metrics: saving a 20,000-word story through the library and its history hook, after
 * a one-word edit and after a rewrite with new paragraph breaks, next to a plain story.json
 * write in the same run; and how long the event loop (another caller) is held meanwhile.
 */
export async function saveBench(): Promise<Record<string, number>> {
  const root = await mkdtemp(join(tmpdir(), 'galley-bench-save-'));
  try {
    const versions = new VersionService(() => 'Bench');
    const library = new StoryLibrary(join(root, 'lib'), {
      onCreated: versions.onCreated,
      onSaved: versions.onSaved,
    });
    versions.attach(library);
    const created = await library.create({ headline: 'Bench' });
    let story: Story = await library.save(
      { ...newsLikeStory(20_000), id: created.id },
      created.updatedAt,
    );

    const edit = async (i: number): Promise<void> => {
      const at = (Math.abs(i) * 7) % story.body.length;
      const body = story.body.map((b, j) => (j === at ? appendToBlock(b, ` w${i}`) : b));
      story = await library.save({ ...story, body });
    };
    // The rewritten texts are made before timing: only the save is measured.
    const rewrites: Story[] = [];
    for (let i = 0, from = story; i < 12; i++) rewrites.push((from = rewriteStory(from, 11 + i)));
    const rewrite = async (): Promise<void> => {
      story = await library.save({ ...rewrites.shift()!, updatedAt: story.updatedAt });
    };
    const plain = (i: number): Promise<void> =>
      writeStoryFile(join(root, 'plain.json'), { ...story, dek: `plain ${i}` });

    const delay = monitorEventLoopDelay({ resolution: 1 });
    const editTimes = await timeRuns(30, edit);
    const plainTimes = await timeRuns(30, plain);
    delay.enable();
    const rewriteTimes = await timeRuns(10, rewrite);
    delay.disable();
    await library.close();
    return {
      'save.edit_p95_ms': round(percentile(editTimes, 95)),
      'save.rewrite_p95_ms': round(percentile(rewriteTimes, 95)),
      'save.baseline_plain_write_ms': round(median(plainTimes)),
      'save.rewrite_ratio_to_plain': round(percentile(rewriteTimes, 95) / median(plainTimes)),
      'save.concurrent_wait_max_ms': round(delay.max / 1e6),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
