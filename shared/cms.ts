import { z } from 'zod';

/** The CMSs Galley publishes to. */
export const CMS_KINDS = ['wordpress', 'ghost'] as const;

/** A publishing target as kept in settings; its secret is kept apart (see main/cms/secret-store). */
export interface CmsProfile {
  readonly id: string;
  readonly kind: (typeof CMS_KINDS)[number];
  readonly name: string;
  /** WordPress site URL or Ghost admin URL. */
  readonly url: string;
  /** WordPress user name; unused for Ghost. */
  readonly user: string;
}

/** Validates a profile from the UI. */
export const cmsProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{3,40}$/),
    kind: z.enum(CMS_KINDS),
    name: z.string().trim().min(1, 'Give the profile a name').max(100),
    url: z
      .string()
      .trim()
      .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, 'The address must start with http:// or https://')
      .max(500),
    user: z.string().trim().max(200),
  })
  .strict();

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
