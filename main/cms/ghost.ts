import { cmsJson, CmsError } from './cms-http';
import type { CmsHttpOptions } from './cms-http';
import { ghostAdminToken } from './ghost-token';
import type { PublishedPost } from './wordpress';

/** A Ghost site reached with an Admin API key (`id:secret`). */
export interface GhostProfile {
  readonly adminUrl: string;
  readonly adminKey: string;
}

interface GhostPost {
  id: string;
  url: string;
  status: string;
  updated_at: string;
}

/**
 * Ghost Admin API client: creates posts from HTML (`?source=html`) and updates them with the
 * `updated_at` Ghost requires for its collision check.
 */
export class GhostClient {
  public constructor(
    private readonly profile: GhostProfile,
    private readonly http: CmsHttpOptions = {},
  ) {}

  private async call<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
    const base = this.profile.adminUrl.replace(/\/+$/, '').replace(/\/ghost$/, '');
    const response = await cmsJson<T>(
      {
        url: `${base}/ghost/api/admin/${path}`,
        method,
        headers: {
          Authorization: `Ghost ${ghostAdminToken(this.profile.adminKey)}`,
          'Content-Type': 'application/json',
          'Accept-Version': 'v5.0',
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        user: 'this Admin API key',
        idempotent: method !== 'POST',
      },
      this.http,
    );
    return response.body;
  }

  /** Checks the key by reading the site's settings. */
  public async testConnection(): Promise<string> {
    const site = await this.call<{ site?: { title?: string } }>('site/');
    return site.site?.title ?? 'Ghost';
  }

  /** Creates a post, or updates `remoteId` (reading its `updated_at` first). */
  public async publish(
    post: {
      title: string;
      html: string;
      excerpt: string;
      slug: string;
      status: string;
      publishedAt?: string;
    },
    remoteId?: string,
  ): Promise<PublishedPost> {
    const fields = {
      title: post.title,
      html: post.html,
      custom_excerpt: post.excerpt.slice(0, 300),
      slug: post.slug,
      status:
        post.status === 'publish' ? 'published' : post.status === 'future' ? 'scheduled' : 'draft',
      ...(post.publishedAt ? { published_at: post.publishedAt } : {}),
    };
    if (remoteId) {
      const current = await this.call<{ posts: GhostPost[] }>(`posts/${remoteId}/`);
      const updatedAt = current.posts[0]?.updated_at;
      if (!updatedAt) throw new CmsError('Ghost did not return the post to update.', 'unreadable');
      const updated = await this.call<{ posts: GhostPost[] }>(
        `posts/${remoteId}/?source=html`,
        'PUT',
        { posts: [{ ...fields, updated_at: updatedAt }] },
      );
      const p = updated.posts[0]!;
      return {
        id: Number.NaN,
        link: p.url,
        status: p.status,
        ...{ ghostId: p.id },
      } as PublishedPost;
    }
    const created = await this.call<{ posts: GhostPost[] }>('posts/?source=html', 'POST', {
      posts: [fields],
    });
    const p = created.posts[0]!;
    return { id: Number.NaN, link: p.url, status: p.status, ...{ ghostId: p.id } } as PublishedPost;
  }
}
