import { GalleyError } from '../../shared/api';
import type { ApiResults } from '../../shared/api';
import type { PublishStatus } from '../../shared/cms';
import type { StoryBlock } from '../../shared/story';
import type { VersionService } from '../history/version-service';
import type { StoryLibrary } from '../library/story-library';
import type { PublishService } from './publish-service';

/** What "Add correction" reports: the corrected story and each CMS it went back to. */
export type CorrectionResult = ApiResults['addCorrection'];

const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** A date as AP style prints it: "Nov. 30, 2026". */
export function apDate(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** The correction note as the story's last paragraph: "Correction (Nov. 30, 2026): …". */
export function correctionBlock(text: string, now: Date): StoryBlock {
  return {
    type: 'paragraph',
    children: [{ text: `Correction (${apDate(now)}): `, bold: true }, { text: text.trim() }],
  };
}

// The post's state in the CMS, in the dialog's words: a correction never changes it (a
// draft stays a draft; a live post stays live).
function asPublishStatus(remote: string): PublishStatus {
  if (remote === 'publish' || remote === 'published') return 'publish';
  if (remote === 'future' || remote === 'scheduled') return 'future';
  return remote === 'pending' ? 'pending' : 'draft';
}

/**
 * Appends a dated correction note to a published story (so every export and the CMS post
 * carry it), records a version, and publishes the story again to each CMS it lives in,
 * keeping each post's state. A CMS that refuses (a conflict, a deleted post) is reported; the
 * correction stays in the story either way.
 */
export async function addCorrection(
  deps: {
    readonly library: StoryLibrary;
    readonly versions: VersionService;
    readonly publishing: PublishService;
    readonly now?: () => Date;
  },
  id: string,
  text: string,
): Promise<CorrectionResult> {
  const { library, versions, publishing } = deps;
  const story = await library.open(id);
  const profiles = Object.keys(story.published ?? {});
  if (profiles.length === 0)
    throw new GalleyError(
      'bad-request',
      'Only a published story takes a correction. Publish it first, or edit the text.',
    );
  const corrected = await library.save(
    { ...story, body: [...story.body, correctionBlock(text, (deps.now ?? (() => new Date()))())] },
    story.updatedAt,
  );
  await versions.record(corrected, 'saved', 'Correction', text.trim().slice(0, 200));
  const republished: Array<CorrectionResult['republished'][number]> = [];
  for (const profileId of profiles) {
    try {
      const status = asPublishStatus(await publishing.remoteStatus(id, profileId));
      const done = await publishing.publish({ id, profileId, status });
      republished.push({ profileId, ok: true, message: done.message });
    } catch (error) {
      republished.push({
        profileId,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { story: await library.open(id), republished };
}
