import { EXPORT_FORMATS, exportStory } from '../../shared/export/formats';
import { newsLikeStory } from '../helpers/story-builders';
import { median, round, timeRuns } from './measure';

/** export.* metrics: a 20,000-word story to every format, next to JSON.stringify of it. */
export async function exportBench(): Promise<Record<string, number>> {
  const story = newsLikeStory(20_000);
  const all = await timeRuns(10, () => {
    for (const format of EXPORT_FORMATS) exportStory(story, format);
  });
  const baseline = await timeRuns(10, () => JSON.stringify(story));
  const results: Record<string, number> = {
    'export.all_formats_ms': round(median(all)),
    'export.baseline_json_stringify_ms': round(median(baseline)),
    'export.ratio_to_json_stringify': round(median(all) / median(baseline)),
  };
  for (const format of EXPORT_FORMATS) {
    results[`export.${format}_ms`] = round(
      median(await timeRuns(5, () => exportStory(story, format))),
    );
  }
  return results;
}
