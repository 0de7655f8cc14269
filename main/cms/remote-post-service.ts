import { GalleyError } from '../../shared/api';
import { compareContents } from '../../shared/history/compare';
import type { StoryComparison } from '../../shared/history/compare';
import { contentOf } from '../../shared/history/serialize';
import type { CmsProfile, RemotePostPage } from '../../shared/cms';
import type { Story } from '../../shared/story';
import type { VersionService } from '../history/version-service';
import type { StoryLibrary } from '../library/story-library';
import { cmsClientFor } from './cms-client';
import type { RemotePost, RemoteQuery } from './cms-client';
import { CmsError } from './cms-http';
import { openRemotePost, storyFieldsFromPost } from './open-from-cms';
import { cmsFailure } from './profile-credentials';

/** The CMS as the desk's shared queue: list and open its posts, take its version of one. */
export class RemotePostService {
  public constructor(
    private readonly profile: (id: string) => Promise<{ profile: CmsProfile; secret: string }>,
    private readonly library: () => StoryLibrary,
    private readonly versions: () => VersionService,
  ) {}

  /** One page of a profile's unpublished posts, for "Open from CMS". */
  public async listRemotePosts(profileId: string, query: RemoteQuery): Promise<RemotePostPage> {
    const { profile, secret } = await this.profile(profileId);
    try {
      return await cmsClientFor(profile, secret).listPosts(query);
    } catch (error) {
      throw cmsFailure(error, profile);
    }
  }

  /** Opens a CMS post as a new story linked to it (publishing it updates the same post). */
  public async openRemotePost(profileId: string, remoteId: string): Promise<Story> {
    const { profile, secret } = await this.profile(profileId);
    try {
      return await openRemotePost(cmsClientFor(profile, secret), profile, remoteId, this.library());
    } catch (error) {
      if (error instanceof CmsError && error.kind === 'not-found')
        throw new GalleyError(
          'remote-gone',
          `${profile.name} has no post ${remoteId} any more; it may have been deleted or published.`,
        );
      throw cmsFailure(error, profile);
    }
  }

  /**
   * The story and the CMS post it is linked to, as the CMS has it now; a story not linked to
   * that CMS is a bad request, a post deleted there is `remote-gone`.
   */
  public async readLinked(
    storyId: string,
    profileId: string,
  ): Promise<{ story: Story; post: RemotePost; profile: CmsProfile }> {
    const { profile, secret } = await this.profile(profileId);
    const story = await this.library().open(storyId);
    const linked = story.published?.[profile.id];
    if (!linked)
      throw new GalleyError(
        'bad-request',
        `This story is not linked to a post in ${profile.name}.`,
      );
    try {
      return {
        story,
        post: await cmsClientFor(profile, secret).readPost(linked.remoteId),
        profile,
      };
    } catch (error) {
      if (error instanceof CmsError && error.kind === 'not-found')
        throw new GalleyError(
          'remote-gone',
          `The post this story was published as (${linked.remoteId}) is gone from ${profile.name}.`,
        );
      throw cmsFailure(error, profile);
    }
  }

  /**
   * Their version of the post against the story as it is now, word by word (the History
   * compare), for the conflict dialog: what "Replace theirs" would overwrite.
   */
  public async compareWithRemote(storyId: string, profileId: string): Promise<StoryComparison> {
    const { story, post, profile } = await this.readLinked(storyId, profileId);
    const fields = storyFieldsFromPost(post, profile);
    // The CMS has no byline, dateline field, budget or status of ours: only what it holds is
    // compared, ours kept for the rest.
    const { published: _published, ...text } = fields;
    return compareContents(contentOf({ ...story, ...text }), contentOf(story));
  }

  /**
   * "Take theirs": the post as it is now in the CMS becomes the story's text (headline, dek,
   * slug, body, section, tags), ours kept as a version first, and the post's last-change time
   * is recorded so the next publish is not a conflict.
   */
  public async takeTheirs(storyId: string, profileId: string): Promise<Story> {
    const { story, post, profile } = await this.readLinked(storyId, profileId);
    const library = this.library();
    const fields = storyFieldsFromPost(post, profile);
    await this.versions().record(
      story,
      'saved',
      'Ours, before taking theirs',
      `Kept before taking the version in ${profile.name}`,
    );
    const taken = await library.save(
      {
        ...story,
        headline: fields.headline ?? story.headline,
        dek: fields.dek ?? story.dek,
        slug: fields.slug || story.slug,
        body: fields.body ?? story.body,
        section: fields.section || story.section,
        tags: fields.tags ?? story.tags,
        ...(fields.dateline ? { dateline: fields.dateline } : {}),
        published: { ...story.published, ...fields.published },
      },
      story.updatedAt,
    );
    await this.versions().record(taken, 'saved', `Theirs, from ${profile.name}`);
    return taken;
  }

  // Before "Replace theirs" overwrites a post someone changed in the CMS, their text is kept
  // as a version of the story, so nothing they wrote is lost.
  public async keepTheirs(
    profile: CmsProfile,
    secret: string,
    story: Story,
    remoteId: string,
  ): Promise<void> {
    try {
      const fields = storyFieldsFromPost(
        await cmsClientFor(profile, secret).readPost(remoteId),
        profile,
      );
      const { published: _published, ...text } = fields;
      await this.versions().record(
        { ...story, ...text },
        'saved',
        `Theirs, from ${profile.name}`,
        'Kept before “Replace theirs”',
      );
    } catch (error) {
      // A post that is gone has nothing to keep; the publish reports it as remote-gone.
      if (!(error instanceof CmsError && error.kind === 'not-found'))
        throw cmsFailure(error, profile);
    }
  }
}
