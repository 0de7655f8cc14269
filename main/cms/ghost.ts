import type { RemotePostPage } from '../../shared/cms';
import type { CmsClient, RemotePost, RemoteQuery } from './cms-client';
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

interface GhostFullPost extends GhostPost {
  title?: string;
  html?: string | null;
  custom_excerpt?: string | null;
  slug?: string;
  tags?: Array<{ name: string }>;
  authors?: Array<{ name: string }>;
}

// Ghost ids are strings: the post travels as `ghostId` beside the numeric WordPress shape.
function toPublished(p: GhostPost): PublishedPost {
  return {
    id: Number.NaN,
    link: p.url,
    status: p.status,
    modified: p.updated_at,
    ...{ ghostId: p.id },
  } as PublishedPost;
}

// Ghost's filter language quotes strings with single quotes; a quote in a search is dropped.
const ghostString = (text: string): string => `'${text.replace(/['\\]/g, '')}'`;

/**
 * Ghost Admin API client: creates posts from HTML (`?source=html`) and updates them with the
 * `updated_at` Ghost requires for its collision check.
 */
export class GhostClient implements CmsClient {
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
  /** Drafts and scheduled posts, newest change first (Ghost has no "pending"). */
  public async listPosts(query: RemoteQuery): Promise<RemotePostPage> {
    const status =
      query.status === 'draft' ? 'draft' : query.status === 'future' ? 'scheduled' : undefined;
    const filters = [
      status ? `status:${status}` : 'status:[draft,scheduled]',
      ...(query.search ? [`title:~${ghostString(query.search)}`] : []),
    ];
    const page = Math.max(1, query.page ?? 1);
    const params = new URLSearchParams({
      filter: filters.join('+'),
      include: 'authors',
      limit: '20',
      page: String(page),
      order: 'updated_at desc',
    });
    const listed = await this.call<{
      posts: GhostFullPost[];
      meta?: { pagination?: { page?: number; pages?: number; total?: number } };
    }>(`posts/?${params.toString()}`);
    return {
      posts: listed.posts.map((post) => ({
        remoteId: post.id,
        title: post.title ?? '',
        author: post.authors?.[0]?.name ?? '',
        status: post.status,
        modified: post.updated_at,
      })),
      page,
      pages: listed.meta?.pagination?.pages ?? 1,
      total: listed.meta?.pagination?.total ?? listed.posts.length,
    };
  }

  /** One post as HTML, with its excerpt, slug and tags (Ghost's first tag is its section). */
  public async readPost(remoteId: string): Promise<RemotePost> {
    const { posts } = await this.call<{ posts: GhostFullPost[] }>(
      `posts/${encodeURIComponent(remoteId)}/?formats=html&include=tags`,
    );
    const post = posts[0];
    if (!post) throw new CmsError('Ghost has no such post.', 'not-found', 404);
    return {
      remoteId: post.id,
      title: post.title ?? '',
      html: post.html ?? '',
      excerpt: post.custom_excerpt ?? '',
      slug: post.slug ?? '',
      status: post.status,
      link: post.url,
      modified: post.updated_at,
      categories: [],
      tags: (post.tags ?? []).map((t) => t.name),
    };
  }

  /** When the post last changed in Ghost (`updated_at`), for conflict checks. */
  public async lastModified(remoteId: string): Promise<string | undefined> {
    const { posts } = await this.call<{ posts: GhostPost[] }>(
      `posts/${encodeURIComponent(remoteId)}/`,
    );
    return posts[0]?.updated_at;
  }

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
      return toPublished(updated.posts[0]!);
    }
    const created = await this.call<{ posts: GhostPost[] }>('posts/?source=html', 'POST', {
      posts: [fields],
    });
    return toPublished(created.posts[0]!);
  }
}
