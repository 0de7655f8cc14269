import type { CmsProfile, PublishStatus, RemotePostPage } from '../../shared/cms';
import type { StoryBlock } from '../../shared/story';
import type { CmsHttpOptions } from './cms-http';
import { GhostClient } from './ghost';
import { WordPressClient } from './wordpress';

/** A post as read back from a CMS, for "Open from CMS". */
export interface RemotePost {
  readonly remoteId: string;
  readonly title: string;
  /** Block markup (WordPress) or HTML (Ghost, classic WordPress posts). */
  readonly html: string;
  readonly excerpt: string;
  readonly slug: string;
  readonly status: string;
  readonly link: string;
  /** The CMS's last-change time, kept for the conflict check of the next publish. */
  readonly modified: string;
  readonly categories: ReadonlyArray<string>;
  readonly tags: ReadonlyArray<string>;
}

/** What to list: one state (or all the unpublished ones), a search, a page (from 1). */
export interface RemoteQuery {
  readonly status?: string;
  readonly search?: string;
  readonly page?: number;
}

/** A picture of the story on its way to a CMS's media library. */
export interface OutgoingImage {
  /** How the story's body refers to it (`asset:images/<name>`). */
  readonly src: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mimeType: string;
  readonly alt?: string;
  /** Caption with the credit in brackets. */
  readonly caption?: string;
}

/** Where the CMS keeps an uploaded picture (WordPress also gives it a media id). */
export interface UploadedImage {
  readonly url: string;
  readonly id?: number;
}

/** A story as every CMS takes it; each client renders the body its own way. */
export interface OutgoingPost {
  readonly title: string;
  /** The accepted text, dateline leading the first paragraph. */
  readonly blocks: ReadonlyArray<StoryBlock>;
  readonly excerpt: string;
  /** The public slug: the story's own. */
  readonly slug: string;
  /** Stable per story and profile: lets a client find a post whose create answer was lost. */
  readonly createKey: string;
  readonly status: PublishStatus;
  readonly scheduleAt?: string;
  readonly section?: string;
  readonly tags: ReadonlyArray<string>;
  readonly byline: string;
}

/** The post as the CMS has it after a publish. */
export interface SavedPost {
  readonly remoteId: string;
  readonly url: string;
  readonly status: string;
  /** The CMS's last-change time, for the next publish's conflict check. */
  readonly modified?: string;
}

/** What the Publish dialog says before publishing to a profile. */
export interface PublishPreview {
  readonly newCategories: ReadonlyArray<string>;
  readonly newTags: ReadonlyArray<string>;
  readonly author?: string;
}

/**
 * Everything Galley asks of a CMS: the login works, list the desk's posts, read one back,
 * when it last changed, what a publish will create, upload a picture, create or update a post.
 */
export interface CmsClient {
  testConnection(): Promise<string>;
  listPosts(query: RemoteQuery): Promise<RemotePostPage>;
  readPost(remoteId: string): Promise<RemotePost>;
  lastModified(remoteId: string): Promise<string | undefined>;
  previewPublish(post: OutgoingPost): Promise<PublishPreview>;
  uploadImage(image: OutgoingImage): Promise<UploadedImage>;
  /**
   * Creates the post (no `remoteId`) or updates it. `created` is called as soon as a new
   * post exists, before anything else may fail, so the caller can record it and a retry
   * updates that post instead of making another.
   */
  publishPost(
    post: OutgoingPost,
    images: ReadonlyMap<string, UploadedImage>,
    remoteId: string | undefined,
    created: (saved: SavedPost) => Promise<void>,
  ): Promise<SavedPost>;
}

/** Posts listed per page in "Open from CMS". */
export const REMOTE_PAGE_SIZE = 20;

/** The client for a profile, chosen by its kind (every kind must be handled here). */
export function cmsClientFor(
  profile: CmsProfile,
  secret: string,
  http: CmsHttpOptions = {},
): CmsClient {
  switch (profile.kind) {
    case 'wordpress':
      return new WordPressClient(
        { siteUrl: profile.url, user: profile.user, appPassword: secret },
        http,
      );
    case 'ghost':
      return new GhostClient({ adminUrl: profile.url, adminKey: secret }, http);
    default: {
      const unknown: never = profile;
      throw new Error(`No client for CMS kind ${String((unknown as CmsProfile).kind)}`);
    }
  }
}
