import type { CmsProfile, RemotePostPage } from '../../shared/cms';
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

/**
 * What Galley asks of any CMS besides publishing: the login works, list the desk's posts,
 * read one back, and when it last changed. Publishing stays with each client, whose post
 * shapes differ (see PublishService).
 */
export interface CmsClient {
  testConnection(): Promise<string>;
  listPosts(query: RemoteQuery): Promise<RemotePostPage>;
  readPost(remoteId: string): Promise<RemotePost>;
  lastModified(remoteId: string): Promise<string | undefined>;
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
      const unknown: never = profile.kind;
      throw new Error(`No client for CMS kind ${String(unknown)}`);
    }
  }
}
