import { z } from 'zod';

/** The CMSs Galley publishes to. */
export const CMS_KINDS = ['wordpress', 'ghost'] as const;

interface CmsProfileBase {
  readonly id: string;
  readonly name: string;
}

/** A WordPress site: its address and the user the application password belongs to. */
export interface WordPressCmsProfile extends CmsProfileBase {
  readonly kind: 'wordpress';
  readonly url: string;
  readonly user: string;
}

/** A Ghost site: its admin address; the Admin API key names no user. */
export interface GhostCmsProfile extends CmsProfileBase {
  readonly kind: 'ghost';
  readonly url: string;
}

/**
 * A publishing target as kept in settings, one shape per CMS (switch on `kind`); its secret
 * is kept apart (see main/cms/secret-store).
 */
export type CmsProfile = WordPressCmsProfile | GhostCmsProfile;

/** https, or plain http to this computer only (a test site on 127.0.0.1 or localhost). */
export function isSecureCmsUrl(url: string): boolean {
  const match = /^(https?):\/\/(\[[^\]]+\]|[^\s/:]+)/i.exec(url.trim());
  if (!match) return false;
  if (match[1]!.toLowerCase() === 'https') return true;
  const host = match[2]!.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

const profileFields = {
  id: z.string().regex(/^[a-z0-9-]{3,40}$/),
  name: z.string().trim().min(1, 'Give the profile a name').max(100),
  url: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, 'The address must start with https://')
    .max(500)
    .refine(
      isSecureCmsUrl,
      'The address must start with https://: over plain http:// the password would travel unencrypted. (http:// is allowed only for a site on this computer.)',
    ),
};

/** Validates a profile from the UI or settings: the fields of its own kind and no others. */
export const cmsProfileSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('wordpress'), ...profileFields, user: z.string().trim().max(200) })
    .strict(),
  // Settings written before profiles had a shape per kind carry an empty `user` on Ghost.
  z.object({ kind: z.literal('ghost'), ...profileFields, user: z.literal('').optional() }).strict(),
]);

/** Publish states offered in the dialog. */
export const PUBLISH_STATUSES = ['draft', 'pending', 'publish', 'future'] as const;

/** One publish state. */
export type PublishStatus = (typeof PUBLISH_STATUSES)[number];

/** Where a story was published on one profile. */
export interface PublishedRecord {
  readonly remoteId: string;
  readonly url: string;
  readonly at: string;
}

/** The CMS states "Open from CMS" lists: work not yet public. */
export const REMOTE_LIST_STATUSES = ['draft', 'pending', 'future'] as const;

/** One post in a CMS's list, as "Open from CMS" shows it. */
export interface RemotePostSummary {
  readonly remoteId: string;
  readonly title: string;
  readonly author: string;
  /** The CMS's own word: draft, pending, future (WordPress) or draft, scheduled (Ghost). */
  readonly status: string;
  /** ISO time of the post's last change in the CMS. */
  readonly modified: string;
}

/** One page of a CMS's posts. */
export interface RemotePostPage {
  readonly posts: ReadonlyArray<RemotePostSummary>;
  readonly page: number;
  readonly pages: number;
  readonly total: number;
}
