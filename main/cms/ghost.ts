import type { RemotePostPage } from '../../shared/cms';
import { blockHtml } from '../../shared/export/html';
import type {
  CmsClient,
  OutgoingImage,
  OutgoingPost,
  PublishPreview,
  RemotePost,
  RemoteQuery,
  SavedPost,
  UploadedImage,
} from './cms-client';
import { cmsJson, CmsError } from './cms-http';
import type { CmsHttpOptions } from './cms-http';
import { ghostAdminToken } from './ghost-token';

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

function toSaved(p: GhostPost): SavedPost {
  return { remoteId: p.id, url: p.url, status: p.status, modified: p.updated_at };
}

/** The section first (Ghost's primary tag, its nearest thing to a category), then the tags, once each. */
function ghostTags(post: OutgoingPost): string[] {
  const names: string[] = [];
  for (const name of [post.section ?? '', ...post.tags].map((n) => n.trim()))
    if (name !== '' && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  return names;
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
  public async uploadImageFile(
    fileName: string,
    bytes: Uint8Array,
    mimeType: string,
  ): Promise<string> {
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
      // Galley publishes the section as the primary (first) tag: read it back the same way.
      categories: (post.tags ?? []).slice(0, 1).map((t) => t.name),
      tags: (post.tags ?? []).slice(1).map((t) => t.name),
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

  public async uploadImage(image: OutgoingImage): Promise<UploadedImage> {
    return { url: await this.uploadImageFile(image.name, image.bytes, image.mimeType) };
  }

  /** Tags a publish will create (Ghost makes a tag it does not know when a post names it). */
  public async previewPublish(post: OutgoingPost): Promise<PublishPreview> {
    const missing: string[] = [];
    for (const name of ghostTags(post)) {
      const found = await this.call<{ tags?: Array<{ name: string }> }>(
        `tags/?filter=${encodeURIComponent(`name:${ghostString(name)}`)}&limit=1`,
      );
      if (!found.tags?.some((t) => t.name.toLowerCase() === name.toLowerCase())) missing.push(name);
    }
    return {
      newCategories: [],
      newTags: missing,
      author: "Ghost names the post's author itself (for an Admin API key, the site's owner).",
    };
  }

  /** Ghost takes HTML; pictures point at the addresses its image API gave them. */
  public async publishPost(
    post: OutgoingPost,
    images: ReadonlyMap<string, UploadedImage>,
    remoteId: string | undefined,
    created: (saved: SavedPost) => Promise<void>,
  ): Promise<SavedPost> {
    const featureImage = [...images.values()][0]?.url;
    const saved = await this.publish(
      {
        title: post.title,
        html: post.blocks
          .map((block) => blockHtml(block, (src) => images.get(src)?.url ?? src))
          .join('\n'),
        excerpt: post.excerpt,
        slug: post.slug,
        status: post.status,
        tags: ghostTags(post),
        ...(post.scheduleAt ? { publishedAt: post.scheduleAt } : {}),
        ...(featureImage ? { featureImage } : {}),
      },
      remoteId,
    );
    // Ghost's create answers with the post or fails: there is no keyed second step to protect.
    if (remoteId === undefined) await created(saved);
    return saved;
  }

  /** Creates a post, or updates `remoteId` (reading its `updated_at` first). */
  public async publish(
    post: {
      title: string;
      html: string;
      excerpt: string;
      slug: string;
      status: string;
      tags?: ReadonlyArray<string>;
      publishedAt?: string;
      featureImage?: string;
    },
    remoteId?: string,
  ): Promise<SavedPost> {
    const fields = {
      ...(post.featureImage ? { feature_image: post.featureImage } : {}),
      title: post.title,
      html: post.html,
      custom_excerpt: post.excerpt.slice(0, 300),
      slug: post.slug,
      status:
        post.status === 'publish' ? 'published' : post.status === 'future' ? 'scheduled' : 'draft',
      ...(post.tags ? { tags: post.tags.map((name) => ({ name })) } : {}),
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
      return toSaved(updated.posts[0]!);
    }
    const created = await this.call<{ posts: GhostPost[] }>('posts/?source=html', 'POST', {
      posts: [fields],
    });
    return toSaved(created.posts[0]!);
  }
}
