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

  private async call<T>(
    path: string,
    method = 'GET',
    body?: unknown,
    raw?: { readonly bytes: Uint8Array; readonly contentType: string },
  ): Promise<T> {
    const base = this.profile.adminUrl.replace(/\/+$/, '').replace(/\/ghost$/, '');
    const response = await cmsJson<T>(
      {
        url: `${base}/ghost/api/admin/${path}`,
        method,
        headers: {
          Authorization: `Ghost ${ghostAdminToken(this.profile.adminKey)}`,
          'Content-Type': raw ? raw.contentType : 'application/json',
          'Accept-Version': 'v5.0',
        },
        ...(raw ? { body: raw.bytes } : body === undefined ? {} : { body: JSON.stringify(body) }),
        user: 'this Admin API key',
        idempotent: method !== 'POST',
      },
      this.http,
    );
    return response.body;
  }

  /**
   * Uploads a picture through Ghost's image API (multipart `file`, purpose `image`) and returns
   * the address Ghost serves it from, for the post's HTML and feature image.
   */
  public async uploadImage(fileName: string, bytes: Uint8Array, mimeType: string): Promise<string> {
    const boundary = `galley${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
    const safeName = fileName.replace(/["\\\r\n]/g, '');
    const field = (name: string, value: string): string =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const head =
      field('purpose', 'image') +
      field('ref', safeName) +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\nContent-Type: ${mimeType}\r\n\r\n`;
    const body = Buffer.concat([
      Buffer.from(head, 'utf8'),
      Buffer.from(bytes),
      Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
    ]);
    const uploaded = await this.call<{ images?: Array<{ url?: string }> }>(
      'images/upload/',
      'POST',
      undefined,
      { bytes: body, contentType: `multipart/form-data; boundary=${boundary}` },
    );
    const url = uploaded.images?.[0]?.url;
    if (!url)
      throw new CmsError('Ghost accepted the picture but did not say where it is.', 'unreadable');
    return url;
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
      featureImage?: string;
    },
    remoteId?: string,
  ): Promise<PublishedPost> {
    const fields = {
      ...(post.featureImage ? { feature_image: post.featureImage } : {}),
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
