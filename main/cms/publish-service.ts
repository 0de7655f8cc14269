import { isPlainPath } from '../library/story-images';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GalleyError } from '../../shared/api';
import { cmsProfileSchema } from '../../shared/cms';
import type { CmsProfile, PublishStatus } from '../../shared/cms';
import { publishedBlocks } from '../../shared/export/model';
import { slugify } from '../../shared/slug';
import type { ImageElement, Story, StoryBlock } from '../../shared/story';
import type { VersionService } from '../history/version-service';
import type { StoryLibrary } from '../library/story-library';
import type { SettingsStore } from '../settings/settings-store';
import { CmsError } from './cms-http';
import { cmsClientFor } from './cms-client';
import type {
  CmsClient,
  OutgoingImage,
  OutgoingPost,
  PublishPreview,
  SavedPost,
  UploadedImage,
} from './cms-client';
import { cmsFailure, profileCredentials } from './profile-credentials';
import { RemotePostService } from './remote-post-service';
import type { SecretStore } from './secret-store';
import { requestKey } from './wordpress';

export type { PublishPreview } from './cms-client';

/** What a publish reports back to the editor. */
export interface PublishResult {
  readonly remoteId: string;
  readonly url: string;
  readonly status: string;
  readonly message: string;
}

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** CMS profiles, their secrets, and publishing a story to one of them. */
export class PublishService {
  public constructor(
    private readonly settings: SettingsStore,
    private readonly secrets: SecretStore,
    private readonly library: () => StoryLibrary,
    private readonly versions: () => VersionService,
  ) {}

  public async listProfiles(): Promise<{
    profiles: ReadonlyArray<CmsProfile & { hasSecret: boolean }>;
    secretsEncrypted: boolean;
  }> {
    const profiles = await Promise.all(
      this.settings.get().cmsProfiles.map(async (p) => ({
        ...p,
        hasSecret: (await this.secrets.get(p.id)) !== undefined,
      })),
    );
    return { profiles, secretsEncrypted: this.secrets.encrypted };
  }

  public async saveProfile(profile: CmsProfile, secret: string | undefined): Promise<void> {
    const valid: CmsProfile = cmsProfileSchema.parse(profile);
    if (valid.kind === 'wordpress' && valid.user === '')
      throw new GalleyError('bad-request', 'A WordPress profile needs the user name.');
    if (secret !== undefined && secret.trim() !== '')
      await this.secrets.set(valid.id, secret.trim());
    const others = this.settings.get().cmsProfiles.filter((p) => p.id !== valid.id);
    this.settings.update({ cmsProfiles: [...others, valid] });
  }

  public async deleteProfile(id: string): Promise<void> {
    this.settings.update({
      cmsProfiles: this.settings.get().cmsProfiles.filter((p) => p.id !== id),
    });
    await this.secrets.set(id, undefined);
  }

  private profile(id: string): Promise<{ profile: CmsProfile; secret: string }> {
    return profileCredentials(this.settings, this.secrets, id);
  }

  /** Open from CMS and Take theirs, which share this service's profiles. */
  public readonly remote = new RemotePostService(
    (id) => this.profile(id),
    () => this.library(),
    () => this.versions(),
  );

  public async testProfile(id: string): Promise<string> {
    const { profile, secret } = await this.profile(id);
    try {
      const who = await cmsClientFor(profile, secret).testConnection();
      return profile.kind === 'wordpress'
        ? `Connected to ${profile.name} as ${who}.`
        : `Connected to ${who}.`;
    } catch (error) {
      throw cmsFailure(error, profile);
    }
  }

  /**
   * What a publish to this profile will do besides the text, for the dialog to say first:
   * categories and tags it will create, and whose name the post will carry.
   */
  public async preview(storyId: string, profileId: string): Promise<PublishPreview> {
    const { profile, secret } = await this.profile(profileId);
    const story = await this.library().open(storyId);
    try {
      return await cmsClientFor(profile, secret).previewPublish(
        outgoingPost(story, profile.id, 'draft'),
      );
    } catch (error) {
      throw cmsFailure(error, profile);
    }
  }

  /** The state of the story's post in a CMS now (WordPress or Ghost words). */
  public async remoteStatus(storyId: string, profileId: string): Promise<string> {
    return (await this.remote.readLinked(storyId, profileId)).post.status;
  }

  /**
   * Publishes a story: images go up as media (the first becomes the featured image), the post
   * is created the first time and updated afterwards, and a version records the publish.
   */
  public async publish(args: {
    id: string;
    profileId: string;
    status: PublishStatus;
    scheduleAt?: string;
    createNew?: boolean;
    replaceTheirs?: boolean;
  }): Promise<PublishResult> {
    const { profile, secret } = await this.profile(args.profileId);
    const library = this.library();
    const story = await library.open(args.id);
    const previous = story.published?.[profile.id];
    const remoteId = args.createNew ? undefined : previous?.remoteId;
    if (args.replaceTheirs && remoteId !== undefined)
      await this.remote.keepTheirs(profile, secret, story, remoteId);
    let result: SavedPost;
    try {
      const client = cmsClientFor(profile, secret);
      if (!args.replaceTheirs) await assertUnchanged(client, profile, remoteId, previous);
      const uploaded = new Map<string, UploadedImage>();
      for (const image of await storyImages(library, story))
        uploaded.set(image.src, await client.uploadImage(image));
      result = await client.publishPost(
        outgoingPost(story, profile.id, args.status, args.scheduleAt),
        uploaded,
        remoteId,
        async (created) => {
          await this.recordPost(story.id, profile.id, created.remoteId, created.url);
        },
      );
    } catch (error) {
      if (error instanceof GalleyError) throw error;
      if (error instanceof CmsError && error.kind === 'not-found' && remoteId !== undefined) {
        throw new GalleyError(
          'remote-gone',
          `The post this story was published as (${remoteId}) is gone from ${profile.name}. Publish again with “Create a new post” to make another.`,
        );
      }
      throw cmsFailure(error, profile);
    }
    const saved = await this.recordPost(
      story.id,
      profile.id,
      result.remoteId,
      result.url,
      args.status === 'publish',
      result.modified,
    );
    await this.versions().record(
      saved,
      'publish',
      undefined,
      `Published to ${profile.name} as post ${result.remoteId}`,
    );
    return {
      remoteId: result.remoteId,
      url: result.url,
      status: result.status,
      message: `Published to ${profile.name} as post ${result.remoteId} (${result.status}).`,
    };
  }

  // Records where the story was published, on the story as it is now (the editor may have
  // saved it while the publish was under way), as its own revision-checked save.
  private async recordPost(
    storyId: string,
    profileId: string,
    remoteId: string,
    url: string,
    published = false,
    modified?: string,
  ): Promise<Story> {
    const library = this.library();
    const current = await library.open(storyId);
    const at = new Date().toISOString();
    const record = { remoteId, url, at, ...(modified ? { modified } : {}) };
    return library.save(
      {
        ...current,
        published: { ...current.published, [profileId]: record },
        ...(published ? { status: 'published' as const } : {}),
      },
      current.updatedAt,
    );
  }
}

/**
 * Someone changed the post in the CMS (WordPress `modified_gmt`, Ghost `updated_at`) since
 * Galley last wrote or read it: never overwrite their work silently. The dialog offers
 * "Replace theirs" and "Take theirs".
 */
async function assertUnchanged(
  client: CmsClient,
  profile: CmsProfile,
  remoteId: string | undefined,
  previous: { readonly modified?: string } | undefined,
): Promise<void> {
  if (remoteId === undefined || !previous?.modified) return;
  const theirs = await client.lastModified(remoteId);
  if (theirs === undefined || theirs === previous.modified) return;
  throw new GalleyError(
    'conflict',
    `The post was changed in ${profile.name} after Galley last published it (their change: ${theirs.replace('T', ' ').replace(/\.\d+Z?$|Z$/, '')} UTC). Publishing now would replace their changes. Choose “Replace theirs” to publish this story over them, or “Take theirs” to bring their text into the story.`,
  );
}

/** The story as every CMS takes it: accepted text, dateline leading, the story's own slug. */
function outgoingPost(
  story: Story,
  profileId: string,
  status: PublishStatus,
  scheduleAt?: string,
): OutgoingPost {
  return {
    title: story.headline,
    blocks: withDateline(publishedBlocks(story.body), story.dateline),
    excerpt: story.dek,
    slug: story.slug || slugify(story.headline) || 'story',
    createKey: requestKey(story.id, profileId),
    status,
    ...(scheduleAt ? { scheduleAt } : {}),
    ...(story.section ? { section: story.section } : {}),
    tags: story.tags,
    byline: story.byline,
  };
}

/**
 * The story's own pictures in the order they appear, once each, read from its folder; a
 * picture that is a link to another file is refused, never uploaded.
 */
async function storyImages(library: StoryLibrary, story: Story): Promise<OutgoingImage[]> {
  const images: OutgoingImage[] = [];
  for (const block of publishedBlocks(story.body)) {
    if (block.type !== 'image' || !block.src.startsWith('asset:images/')) continue;
    const name = block.src.slice('asset:images/'.length);
    if (images.some((image) => image.name === name)) continue;
    if (!(await isPlainPath(library.root, story.id, 'images', name)))
      throw new GalleyError(
        'bad-request',
        `The image “${name}” in this story is a link to another file, which Galley does not publish. Insert the picture again.`,
      );
    images.push({
      src: block.src,
      name,
      bytes: await readFile(join(library.storyDir(story.id), 'images', name)),
      mimeType: MIME[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
      ...imageFields(block),
    });
  }
  return images;
}

/** Alt text and caption (with credit) of a picture, for the CMS's media fields. */
function imageFields(block: ImageElement): { alt?: string; caption?: string } {
  const caption = [block.caption, block.credit ? `(${block.credit})` : '']
    .filter((part) => part.trim() !== '')
    .join(' ');
  return { ...(block.alt ? { alt: block.alt } : {}), ...(caption ? { caption } : {}) };
}

/**
 * The dateline leads the first paragraph as newspapers print it: "OAKLAND, Calif. — The…".
 * A CMS post has no dateline field, so without this it would be lost.
 */
export function withDateline(blocks: StoryBlock[], dateline: string): StoryBlock[] {
  const clean = dateline.trim();
  const first = blocks.findIndex((b) => b.type === 'paragraph');
  const lead = first >= 0 ? blocks[first] : undefined;
  if (clean === '' || !lead || lead.type !== 'paragraph') return blocks;
  const out = [...blocks];
  out[first] = { ...lead, children: [{ text: `${clean} — ` }, ...lead.children] };
  return out;
}
