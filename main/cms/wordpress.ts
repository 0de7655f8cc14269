import { REMOTE_LIST_STATUSES } from '../../shared/cms';
import type { RemotePostPage } from '../../shared/cms';
import { wordpressBlocks } from '../../shared/export/wp-blocks';
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
import { bylineName, decodeEntities, savedPost, toPublished } from './wordpress-shapes';
import type {
  CallInit,
  PublishedPost,
  WordPressPost,
  WordPressProfile,
  WpListedPost,
  WpPost,
} from './wordpress-shapes';

export { bylineName, requestKey } from './wordpress-shapes';
export type { PublishedPost, WordPressPost, WordPressProfile } from './wordpress-shapes';

/** Posts per page when listing (matches REMOTE_PAGE_SIZE in cms-client). */
const PAGE_SIZE = 20;

/**
 * WordPress REST client (`/wp/v2`): create or update a post, upload media, test the login.
 *
 * Requests go to `/wp-json/...`; a site without pretty permalinks answers 404 there, and the
 * client switches to `?rest_route=` for the rest of its life.
 */
export class WordPressClient implements CmsClient {
  private prettyUrls = true;

  public constructor(
    private readonly profile: WordPressProfile,
    private readonly http: CmsHttpOptions = {},
  ) {}

  private url(route: string, query = ''): string {
    const base = this.profile.siteUrl.replace(/\/+$/, '');
    if (this.prettyUrls) return `${base}/wp-json/wp/v2/${route}${query ? `?${query}` : ''}`;
    return `${base}/?rest_route=${encodeURIComponent(`/wp/v2/${route}`)}${query ? `&${query}` : ''}`;
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const auth = Buffer.from(
      `${this.profile.user}:${this.profile.appPassword.replace(/\s+/g, '')}`,
    ).toString('base64');
    return { Authorization: `Basic ${auth}`, Accept: 'application/json', ...extra };
  }

  private async call<T>(route: string, init: CallInit = {}): Promise<T> {
    return (await this.callWithHeaders<T>(route, init)).body;
  }

  private async callWithHeaders<T>(
    route: string,
    init: CallInit = {},
  ): Promise<{ body: T; headers: Headers }> {
    const send = () =>
      cmsJson<T>(
        {
          url: this.url(route, init.query),
          method: init.method ?? 'GET',
          headers: this.headers(
            init.raw ? init.headers : { 'Content-Type': 'application/json', ...init.headers },
          ),
          ...(init.raw
            ? { body: init.raw }
            : init.body !== undefined
              ? { body: JSON.stringify(init.body) }
              : {}),
          user: this.profile.user,
          ...(init.idempotent === undefined ? {} : { idempotent: init.idempotent }),
        },
        this.http,
      );
    try {
      return await send();
    } catch (error) {
      if (
        this.prettyUrls &&
        error instanceof CmsError &&
        error.kind === 'not-found' &&
        route === 'users/me'
      ) {
        this.prettyUrls = false;
        return await send();
      }
      throw error;
    }
  }

  /** When the post last changed in WordPress (`modified_gmt`), for conflict checks. */
  public async lastModified(id: number | string): Promise<string | undefined> {
    const post = await this.call<WpPost>(`posts/${id}`, { query: 'context=edit' });
    return post.modified_gmt;
  }

  /** The site's unpublished posts (drafts, pending review, scheduled), newest change first. */
  public async listPosts(query: RemoteQuery): Promise<RemotePostPage> {
    const status =
      query.status && (REMOTE_LIST_STATUSES as ReadonlyArray<string>).includes(query.status)
        ? query.status
        : REMOTE_LIST_STATUSES.join(',');
    const page = Math.max(1, query.page ?? 1);
    const params = new URLSearchParams({
      status,
      context: 'edit',
      orderby: 'modified',
      order: 'desc',
      per_page: String(PAGE_SIZE),
      page: String(page),
      _embed: 'author',
      ...(query.search ? { search: query.search } : {}),
    });
    const { body, headers } = await this.callWithHeaders<WpListedPost[]>('posts', {
      query: params.toString(),
    });
    return {
      posts: body.map((post) => ({
        remoteId: String(post.id),
        title: decodeEntities(post.title?.raw ?? post.title?.rendered ?? ''),
        author: decodeEntities(post._embedded?.author?.[0]?.name ?? ''),
        status: post.status,
        modified: post.modified_gmt ? `${post.modified_gmt}Z` : '',
      })),
      page,
      pages: Number(headers.get('x-wp-totalpages') ?? 1) || 1,
      total: Number(headers.get('x-wp-total') ?? body.length) || body.length,
    };
  }

  /** One post with its raw block markup, excerpt, slug and term names. */
  public async readPost(remoteId: string): Promise<RemotePost> {
    const post = await this.call<WpListedPost>(`posts/${encodeURIComponent(remoteId)}`, {
      query: 'context=edit',
    });
    const names = async (taxonomy: 'categories' | 'tags', ids: number[] = []) => {
      if (ids.length === 0) return [];
      const terms = await this.call<Array<{ id: number; name: string; slug: string }>>(taxonomy, {
        query: `include=${ids.join(',')}&per_page=100&context=edit`,
      });
      return terms
        .filter((t) => !(taxonomy === 'categories' && t.slug === 'uncategorized'))
        .map((t) => decodeEntities(t.name));
    };
    return {
      remoteId: String(post.id),
      title: decodeEntities(post.title?.raw ?? ''),
      html: post.content?.raw ?? post.content?.rendered ?? '',
      excerpt: decodeEntities(post.excerpt?.raw ?? ''),
      slug: post.slug,
      status: post.status,
      link: post.link,
      modified: post.modified_gmt ?? '',
      categories: await names('categories', post.categories),
      tags: await names('tags', post.tags),
    };
  }

  /** Checks the address and the login; resolves to the user's display name. */
  public async testConnection(): Promise<string> {
    const me = await this.call<{ name: string }>('users/me', { query: 'context=edit' });
    return me.name;
  }

  /** Finds a post by slug in any status (drafts included), for duplicate-safe retries. */
  public async findBySlug(slug: string): Promise<PublishedPost | undefined> {
    const posts = await this.call<WpPost[]>('posts', {
      query: `slug=${encodeURIComponent(slug)}&status=draft,pending,publish,future,private&context=edit`,
    });
    const post = posts.find((p) => p.slug === slug);
    return post ? { id: post.id, link: post.link, status: post.status } : undefined;
  }

  /**
   * Creates the post, or updates `remoteId`. A create whose answer was lost (a timeout after
   * WordPress saved it) is found again by its slug and updated, never duplicated.
   */
  public async publish(post: WordPressPost, remoteId?: number): Promise<PublishedPost> {
    const terms = {
      ...(post.categories && post.categories.length > 0
        ? { categories: await this.termIds('categories', post.categories) }
        : {}),
      ...(post.tags && post.tags.length > 0 ? { tags: await this.termIds('tags', post.tags) } : {}),
    };
    const author = post.authorName ? await this.findAuthor(post.authorName) : undefined;
    const payload = {
      ...(author !== undefined ? { author } : {}),
      title: post.title,
      content: post.html,
      excerpt: post.excerpt,
      slug: post.slug,
      status: post.status,
      ...terms,
      ...(post.date ? { date_gmt: post.date.replace(/\.\d+Z$/, '').replace(/Z$/, '') } : {}),
      ...(post.featuredMedia ? { featured_media: post.featuredMedia } : {}),
    };
    // Writing the same fields twice leaves the same post: safe to retry.
    const update = async (id: number, slug: string): Promise<PublishedPost> => {
      const updated = await this.call<WpPost>(`posts/${id}`, {
        method: 'POST',
        body: { ...payload, slug },
        idempotent: true,
      });
      return toPublished(updated);
    };
    // A post the caller knows by id gets the public slug; one only found by its keyed slug
    // keeps it until the caller has recorded the id (see PublishService), so a lost answer
    // can never hide it.
    if (remoteId !== undefined) return update(remoteId, post.finalSlug ?? post.slug);
    const existing = await this.findBySlug(post.slug);
    if (existing) return update(existing.id, post.slug);
    const tries = this.http.tries ?? 3;
    let last: unknown;
    for (let attempt = 1; attempt <= tries; attempt++) {
      if (attempt > 1)
        await new Promise((resolve) =>
          setTimeout(resolve, (this.http.backoffMs ?? 500) * 2 ** (attempt - 2)),
        );
      try {
        const created = await this.call<WpPost>('posts', { method: 'POST', body: payload });
        return toPublished(created);
      } catch (error) {
        if (
          !(error instanceof CmsError) ||
          !['timeout', 'server', 'unreachable'].includes(error.kind)
        )
          throw error;
        last = error;
        // The create may have landed even though its answer did not: look before trying again.
        const saved = await this.findBySlug(post.slug).catch(() => undefined);
        if (saved) return update(saved.id, post.slug);
      }
    }
    throw last;
  }

  /** Categories and tags the publish will create, and whose name the post will carry. */
  public async previewPublish(post: OutgoingPost): Promise<PublishPreview> {
    const byline = bylineName(post.byline);
    const matched = byline ? (await this.findAuthor(byline)) !== undefined : false;
    return {
      newCategories: post.section ? await this.missingTerms('categories', [post.section]) : [],
      newTags: await this.missingTerms('tags', post.tags),
      author: matched
        ? `The post will carry the byline's name, ${byline}.`
        : `The post will carry the name of ${await this.testConnection()} (the login${byline ? `; no user of the site is named ${byline}` : ''}).`,
    };
  }

  public uploadImage(image: OutgoingImage): Promise<UploadedImage> {
    return this.uploadMedia(image.name, image.bytes, image.mimeType, {
      ...(image.alt ? { alt: image.alt } : {}),
      ...(image.caption ? { caption: image.caption } : {}),
    });
  }

  /**
   * Native block markup, so the post opens in WordPress's editor as its own blocks; the first
   * picture is the featured image. A new post is created under a keyed slug, reported through
   * `created`, then renamed by id to the story's own slug: a lost answer can never leave an
   * unfindable post, and the public address carries no machinery.
   */
  public async publishPost(
    post: OutgoingPost,
    images: ReadonlyMap<string, UploadedImage>,
    remoteId: string | undefined,
    created: (saved: SavedPost) => Promise<void>,
  ): Promise<SavedPost> {
    const featured = [...images.values()].find((image) => image.id !== undefined)?.id;
    const wpPost: WordPressPost = {
      title: post.title,
      html: wordpressBlocks(post.blocks, (src) => images.get(src) ?? { url: src }),
      excerpt: post.excerpt,
      slug: `${post.slug}-g${post.createKey}`,
      finalSlug: post.slug,
      status: post.status,
      ...(post.section ? { categories: [post.section] } : {}),
      ...(post.tags.length > 0 ? { tags: post.tags } : {}),
      ...(post.scheduleAt ? { date: post.scheduleAt } : {}),
      ...(featured !== undefined ? { featuredMedia: featured } : {}),
      ...(post.byline.trim() ? { authorName: post.byline } : {}),
    };
    let saved = await this.publish(wpPost, remoteId === undefined ? undefined : Number(remoteId));
    if (remoteId === undefined) {
      await created(savedPost(saved));
      saved = await this.publish(wpPost, saved.id);
    }
    return savedPost(saved);
  }

  /** The names among `names` that the site has no category or tag for yet. */
  public async missingTerms(
    taxonomy: 'categories' | 'tags',
    names: ReadonlyArray<string>,
  ): Promise<string[]> {
    const missing: string[] = [];
    for (const name of names.map((n) => n.trim()).filter(Boolean))
      if ((await this.findTerm(taxonomy, name)) === undefined) missing.push(name);
    return missing;
  }

  private async findTerm(
    taxonomy: 'categories' | 'tags',
    name: string,
  ): Promise<number | undefined> {
    const found = await this.call<Array<{ id: number; name: string }>>(taxonomy, {
      query: `search=${encodeURIComponent(name)}&per_page=100&context=edit`,
    });
    return found.find((t) => decodeEntities(t.name).toLowerCase() === name.toLowerCase())?.id;
  }

  /** Ids of categories or tags by name (case-insensitive), creating the missing ones. */
  public async termIds(
    taxonomy: 'categories' | 'tags',
    names: ReadonlyArray<string>,
  ): Promise<number[]> {
    const ids: number[] = [];
    for (const name of names.map((n) => n.trim()).filter(Boolean)) {
      const match = await this.findTerm(taxonomy, name);
      if (match !== undefined) {
        ids.push(match);
        continue;
      }
      const created = await this.call<{ id: number }>(taxonomy, {
        method: 'POST',
        body: { name },
        idempotent: false,
      });
      ids.push(created.id);
    }
    return ids;
  }

  /** Uploads an image to the media library; resolves to its id and public URL. */
  public async uploadMedia(
    fileName: string,
    bytes: Uint8Array,
    mimeType: string,
    fields: { readonly alt?: string; readonly caption?: string } = {},
  ): Promise<{ id: number; url: string }> {
    const media = await this.call<{ id: number; source_url: string }>('media', {
      method: 'POST',
      raw: bytes,
      headers: {
        'Content-Type': mimeType,
        'Content-Disposition': `attachment; filename="${fileName.replace(/["\\]/g, '')}"`,
      },
    });
    // Alt text and caption go into the media library's own fields, where the site's theme and
    // other posts that reuse the picture find them.
    if (fields.alt || fields.caption)
      await this.call(`media/${media.id}`, {
        method: 'POST',
        body: {
          ...(fields.alt ? { alt_text: fields.alt } : {}),
          ...(fields.caption ? { caption: fields.caption } : {}),
        },
        idempotent: true,
      });
    return { id: media.id, url: media.source_url };
  }

  /**
   * The id of the site's user whose display name is the byline's name ("By Lena Hartwell,
   * Staff Writer" → "Lena Hartwell"), or undefined: then the post carries the login's name.
   */
  public async findAuthor(byline: string): Promise<number | undefined> {
    const name = bylineName(byline);
    if (name === '') return undefined;
    try {
      const users = await this.call<Array<{ id: number; name: string }>>('users', {
        query: `search=${encodeURIComponent(name)}&per_page=20&context=edit`,
      });
      const matches = users.filter(
        (u) => decodeEntities(u.name).toLowerCase() === name.toLowerCase(),
      );
      // Two people with one name: do not guess which one wrote it.
      return matches.length === 1 ? matches[0]!.id : undefined;
    } catch (error) {
      // A login that may not list users publishes under its own name, as before.
      if (error instanceof CmsError && (error.kind === 'auth' || error.kind === 'rejected'))
        return undefined;
      throw error;
    }
  }
}
