import { isPlainPath } from '../library/story-images';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GalleyError } from '../../shared/api';
import { cmsProfileSchema } from '../../shared/cms';
import type { CmsProfile, PublishStatus } from '../../shared/cms';
import { blockHtml } from '../../shared/export/html';
import { wordpressBlocks } from '../../shared/export/wp-blocks';
import { publishedBlocks } from '../../shared/export/model';
import { slugify } from '../../shared/slug';
import type { ImageElement, Story, StoryBlock } from '../../shared/story';
import type { VersionService } from '../history/version-service';
import type { StoryLibrary } from '../library/story-library';
import type { SettingsStore } from '../settings/settings-store';
import { CmsError } from './cms-http';
import type { CmsClient } from './cms-client';
import { cmsFailure, profileCredentials } from './profile-credentials';
import { RemotePostService } from './remote-post-service';
import { GhostClient } from './ghost';
import type { SecretStore } from './secret-store';
import { bylineName, requestKey, WordPressClient } from './wordpress';

/** What the Publish dialog says before publishing to a profile. */
export interface PublishPreview {
  readonly newCategories: ReadonlyArray<string>;
  readonly newTags: ReadonlyArray<string>;
  readonly author?: string;
}

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
    const valid = cmsProfileSchema.parse(profile) as CmsProfile;
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
      if (profile.kind === 'wordpress')
        return `Connected to ${profile.name} as ${await new WordPressClient({ siteUrl: profile.url, user: profile.user, appPassword: secret }).testConnection()}.`;
      return `Connected to ${await new GhostClient({ adminUrl: profile.url, adminKey: secret }).testConnection()}.`;
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
    if (profile.kind !== 'wordpress') return { newCategories: [], newTags: [] };
    const client = new WordPressClient({
      siteUrl: profile.url,
      user: profile.user,
      appPassword: secret,
    });
    try {
      const byline = bylineName(story.byline);
      const matched = byline ? (await client.findAuthor(byline)) !== undefined : false;
      return {
        newCategories: story.section
          ? await client.missingTerms('categories', [story.section])
          : [],
        newTags: await client.missingTerms('tags', story.tags),
        ...(matched
          ? { author: `The post will carry the byline's name, ${byline}.` }
          : {
              author: `The post will carry the name of ${await client.testConnection()} (the login${byline ? `; no user of the site is named ${byline}` : ''}).`,
            }),
      };
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
    // The public slug is the story's own; the keyed one only exists between a create and its
    // rename, so a retry after a lost answer can find the post (WordPress).
    const cleanSlug = story.slug || slugify(story.headline) || 'story';
    if (args.replaceTheirs && remoteId !== undefined)
      await this.remote.keepTheirs(profile, secret, story, remoteId);
    const slug = `${cleanSlug}-g${requestKey(story.id, profile.id)}`;
    let result: { id: string; url: string; status: string; modified?: string };
    try {
      if (profile.kind === 'wordpress') {
        const client = new WordPressClient({
          siteUrl: profile.url,
          user: profile.user,
          appPassword: secret,
        });
        if (!args.replaceTheirs) await assertUnchanged(client, profile, remoteId, previous);
        const uploaded = new Map<string, { id: number; url: string }>();
        for (const name of await storyImageNames(library.root, story)) {
          const bytes = await readFile(join(library.storyDir(story.id), 'images', name));
          uploaded.set(
            `asset:images/${name}`,
            await client.uploadMedia(
              name,
              bytes,
              MIME[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
              imageFields(story, name),
            ),
          );
        }
        // Native block markup, so the post opens in WordPress's editor as its own blocks.
        const html = wordpressBlocks(
          withDateline(publishedBlocks(story.body), story.dateline),
          (src) => uploaded.get(src) ?? { url: src },
        );
        const featured = [...uploaded.values()][0]?.id;
        const wpPost = {
          title: story.headline,
          html,
          excerpt: story.dek,
          slug,
          finalSlug: cleanSlug,
          status: args.status,
          ...(story.section ? { categories: [story.section] } : {}),
          ...(story.tags.length > 0 ? { tags: story.tags } : {}),
          ...(args.scheduleAt ? { date: args.scheduleAt } : {}),
          ...(featured ? { featuredMedia: featured } : {}),
          ...(story.byline.trim() ? { authorName: story.byline } : {}),
        };
        let post = await client.publish(
          wpPost,
          remoteId === undefined ? undefined : Number(remoteId),
        );
        if (remoteId === undefined) {
          // Created under the keyed slug: record the id first, then rename to the story's own
          // slug by id, so no lost answer can leave an unfindable post behind.
          await this.recordPost(story.id, profile.id, String(post.id), post.link);
          post = await client.publish(wpPost, post.id);
        }
        result = {
          id: String(post.id),
          url: post.link,
          status: post.status,
          ...(post.modified ? { modified: post.modified } : {}),
        };
      } else {
        const client = new GhostClient({ adminUrl: profile.url, adminKey: secret });
        if (!args.replaceTheirs) await assertUnchanged(client, profile, remoteId, previous);
        // Pictures go up through Ghost's image API: a relative path means nothing to Ghost.
        const uploaded = new Map<string, string>();
        for (const name of await storyImageNames(library.root, story)) {
          const bytes = await readFile(join(library.storyDir(story.id), 'images', name));
          uploaded.set(
            `asset:images/${name}`,
            await client.uploadImage(
              name,
              bytes,
              MIME[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
            ),
          );
        }
        const html = withDateline(publishedBlocks(story.body), story.dateline)
          .map((block) => blockHtml(block, (src) => uploaded.get(src) ?? src))
          .join('\n');
        const featureImage = [...uploaded.values()][0];
        const post = (await client.publish(
          {
            title: story.headline,
            html,
            excerpt: story.dek,
            slug: cleanSlug,
            status: args.status,
            ...(args.scheduleAt ? { publishedAt: args.scheduleAt } : {}),
            ...(featureImage ? { featureImage } : {}),
          },
          remoteId,
        )) as unknown as { link: string; status: string; ghostId: string; modified?: string };
        result = {
          id: post.ghostId,
          url: post.link,
          status: post.status,
          ...(post.modified ? { modified: post.modified } : {}),
        };
      }
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
      result.id,
      result.url,
      args.status === 'publish',
      result.modified,
    );
    await this.versions().record(
      saved,
      'publish',
      undefined,
      `Published to ${profile.name} as post ${result.id}`,
    );
    return {
      remoteId: result.id,
      url: result.url,
      status: result.status,
      message: `Published to ${profile.name} as post ${result.id} (${result.status}).`,
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

/**
 * The story's own pictures in the order they appear, once each; a picture that is a link to
 * another file is refused, never uploaded.
 */
async function storyImageNames(root: string, story: Story): Promise<string[]> {
  const names: string[] = [];
  for (const block of publishedBlocks(story.body)) {
    if (block.type !== 'image' || !block.src.startsWith('asset:images/')) continue;
    const name = block.src.slice('asset:images/'.length);
    if (names.includes(name)) continue;
    if (!(await isPlainPath(root, story.id, 'images', name)))
      throw new GalleyError(
        'bad-request',
        `The image “${name}” in this story is a link to another file, which Galley does not publish. Insert the picture again.`,
      );
    names.push(name);
  }
  return names;
}

/** Alt text and caption (with credit) of the story's picture stored as `images/<name>`. */
function imageFields(story: Story, name: string): { alt?: string; caption?: string } {
  const block = story.body.find(
    (b): b is ImageElement => b.type === 'image' && b.src === `asset:images/${name}`,
  );
  if (!block) return {};
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
