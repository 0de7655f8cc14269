import { createHash } from 'node:crypto';
import type { SavedPost } from './cms-client';

/** A WordPress site reached with an application password. */
export interface WordPressProfile {
  readonly siteUrl: string;
  readonly user: string;
  readonly appPassword: string;
}

/** What to publish. */
export interface WordPressPost {
  readonly title: string;
  readonly html: string;
  readonly excerpt: string;
  readonly slug: string;
  readonly status: 'draft' | 'pending' | 'publish' | 'future';
  /** ISO time, for scheduled posts. */
  readonly date?: string;
  readonly featuredMedia?: number;
  /**
   * The public slug, used when the post is updated by id. A new post is created under the
   * keyed `slug`, so a retry after a lost answer finds it; the caller records the id and then
   * publishes again by id, which renames it.
   */
  readonly finalSlug?: string;
  /** Category and tag names; found by name on the site, created when missing. */
  readonly categories?: ReadonlyArray<string>;
  readonly tags?: ReadonlyArray<string>;
  /** The byline's name: the post's author when a user of the site has that name. */
  readonly authorName?: string;
}

/** The post as the CMS has it after a publish. */
export interface PublishedPost {
  readonly id: number;
  readonly link: string;
  readonly status: string;
  /** WordPress's `modified_gmt`: the post's last change, for conflict checks. */
  readonly modified?: string;
}

export interface WpPost {
  id: number;
  link: string;
  status: string;
  slug: string;
  modified_gmt?: string;
}

export interface WpListedPost extends WpPost {
  title?: { raw?: string; rendered?: string };
  content?: { raw?: string; rendered?: string };
  excerpt?: { raw?: string };
  categories?: number[];
  tags?: number[];
  _embedded?: { author?: Array<{ name?: string }> };
}

export interface CallInit {
  method?: string;
  body?: unknown;
  query?: string;
  raw?: Uint8Array;
  headers?: Record<string, string>;
  idempotent?: boolean;
}

export function toPublished(post: WpPost): PublishedPost {
  return {
    id: post.id,
    link: post.link,
    status: post.status,
    ...(post.modified_gmt ? { modified: post.modified_gmt } : {}),
  };
}

export function savedPost(post: PublishedPost): SavedPost {
  return {
    remoteId: String(post.id),
    url: post.link,
    status: post.status,
    ...(post.modified ? { modified: post.modified } : {}),
  };
}

/** A short, stable key for one publish request, carried in the slug so a retry can find it. */
export function requestKey(storyId: string, attempt: string): string {
  return createHash('sha256').update(`${storyId}:${attempt}`).digest('hex').slice(0, 8);
}

/** The person's name in a byline: "By Lena Hartwell, Staff Writer" → "Lena Hartwell". */
export function bylineName(byline: string): string {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/,|\s+(?:and|&)\s+|\s+[|/]\s+/)[0]!
    .trim();
}

// WordPress returns term names HTML-escaped ("Arts &amp; Culture").
export function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#0?39;|&#8217;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
