import type { CmsProfile } from '../../shared/cms';
import type { Story, StoryBlock } from '../../shared/story';
import { importStoryText } from '../library/import-story';
import type { StoryLibrary } from '../library/story-library';
import { MAX_IMAGE_BYTES, storeImage } from '../library/story-images';
import type { CmsClient, RemotePost } from './cms-client';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Maps a CMS post onto story fields through the same path as an imported HTML file (sanitized,
 * block comments dropped, blocks mapped), so nothing a CMS holds can run in Galley.
 */
export function storyFieldsFromPost(post: RemotePost, profile: CmsProfile): Partial<Story> {
  const imported = importStoryText(
    `${post.slug || 'post'}.html`,
    `<html><head><title>${escapeHtml(post.title)}</title></head><body>${post.html}</body></html>`,
  );
  const [section, ...otherCategories] = post.categories;
  return {
    // A title too long for a headline was fitted by the import (kept whole in the body).
    headline:
      post.title.trim() !== '' && post.title.length <= 2_000
        ? post.title.trim()
        : imported.headline,
    dek: post.excerpt.replace(/<[^>]*>/g, '').trim(),
    slug: post.slug,
    body: imported.body,
    ...(imported.dateline ? { dateline: imported.dateline } : {}),
    ...(imported.byline ? { byline: imported.byline } : {}),
    section: section ?? '',
    // A post filed in several categories keeps the others as tags, so none is lost.
    tags: [...new Set([...otherCategories, ...post.tags])],
    published: {
      [profile.id]: {
        remoteId: post.remoteId,
        url: post.link,
        at: new Date().toISOString(),
        ...(post.modified ? { modified: post.modified } : {}),
      },
    },
  };
}

async function findLinkedStory(
  library: StoryLibrary,
  profileId: string,
  remoteId: string,
): Promise<Story | undefined> {
  for (const summary of (await library.list()).stories) {
    const story = await library.open(summary.id).catch(() => undefined);
    if (story?.published?.[profileId]?.remoteId === remoteId) return story;
  }
  return undefined;
}

/** Downloads one https picture, refusing anything else or anything too big. */
async function download(url: string): Promise<string | undefined> {
  if (!/^https:\/\//i.test(url)) return undefined;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15_000);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (!response.ok || declared > MAX_IMAGE_BYTES) return undefined;
    const bytes = Buffer.from(await response.arrayBuffer());
    return bytes.length > MAX_IMAGE_BYTES ? undefined : bytes.toString('base64');
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Opens a CMS post as a new Galley story linked to it: publishing the story updates the same
 * post, and the post's last-change time is kept for the conflict check. Pictures served over
 * https are copied into the story folder (a picture that cannot be fetched keeps its address).
 */
export async function openRemotePost(
  client: CmsClient,
  profile: CmsProfile,
  remoteId: string,
  library: StoryLibrary,
): Promise<Story> {
  const post = await client.readPost(remoteId);
  // A post already open in the library is that story, not a second copy of it (publishing
  // then tells whether the CMS changed since, and "Take theirs" brings those changes in).
  const linked = await findLinkedStory(library, profile.id, post.remoteId);
  if (linked) return linked;
  const story = await library.createFrom(storyFieldsFromPost(post, profile), 'import');
  const images = story.body.filter(
    (b): b is Extract<StoryBlock, { type: 'image' }> =>
      b.type === 'image' && /^https:\/\//i.test(b.src),
  );
  if (images.length === 0) return story;
  const local = new Map<string, string>();
  for (const image of images) {
    if (local.has(image.src)) continue;
    const data = await download(image.src);
    if (!data) continue;
    try {
      local.set(image.src, await storeImage(library.storyDir(story.id), 'picture', data));
    } catch {
      // Not a picture Galley can keep (not PNG, JPEG, GIF or WebP): the address stays.
    }
  }
  if (local.size === 0) return story;
  return library.save(
    {
      ...story,
      body: story.body.map((b) =>
        b.type === 'image' && local.has(b.src) ? { ...b, src: local.get(b.src)! } : b,
      ),
    },
    story.updatedAt,
  );
}
