import { homedir } from 'node:os';
import { join } from 'node:path';
import { addCorrection } from './cms/corrections';
import { PublishService } from './cms/publish-service';
import { PLAIN_CIPHER, SecretStore } from './cms/secret-store';
import type { ApiHandlers } from '../shared/api';
import { storyIdSchema } from '../shared/story';
import { GalleyError } from '../shared/api';
import { resolveLibraryRoot } from './library/library-root';
import { createCompareRunner } from './history/compare-runner';
import { VersionService } from './history/version-service';
import { StoryLibrary } from './library/story-library';
import { sampleStory } from './sample-story';
import { isAssetName, isPlainPath } from './library/story-images';
import { storeImage } from './library/story-images';
import type { SettingsStore } from './settings/settings-store';

/** What the services are built from; each host supplies its own settings store. */
export interface ServiceDeps {
  readonly settings: SettingsStore;
  readonly env: NodeJS.ProcessEnv;
  /** Where CMS secrets live; defaults to a 0600 file beside the settings. */
  readonly secrets?: SecretStore;
}

/**
 * The service objects behind every operation of the contract.
 *
 * Both hosts call these after validating arguments; nothing here knows whether the caller is
 * an IPC message or an HTTP request.
 */
export function createServices({ settings, env, secrets }: ServiceDeps): ApiHandlers {
  let library: StoryLibrary | undefined;
  let versions: VersionService | undefined;
  const compare = createCompareRunner();
  const author = (): string => settings.get().authorName.trim() || 'Unnamed author';
  const current = (): StoryLibrary => {
    const root = resolveLibraryRoot(env, settings.get().libraryPath);
    if (!library || library.root !== root) {
      void library?.close();
      versions = new VersionService(author, undefined, compare);
      library = new StoryLibrary(root, {
        sample: sampleStory,
        onCreated: versions.onCreated,
        onSaved: versions.onSaved,
      });
      versions.attach(library);
    }
    return library;
  };
  const history = (): VersionService => {
    current();
    return versions as VersionService;
  };
  const secretStore =
    secrets ??
    new SecretStore(
      join(env['GALLEY_CONFIG_DIR'] ?? join(homedir(), '.config', 'galley'), 'secrets.json'),
      PLAIN_CIPHER,
    );
  const publishing = new PublishService(settings, secretStore, current, history);
  return {
    listStories: () => current().list(),
    listTrash: () => current().listTrash(),
    createStory: ({ headline }) =>
      current().create({
        ...(headline === undefined ? {} : { headline }),
        byline: settings.get().authorName,
      }),
    openStory: ({ id }) => current().open(id),
    saveStory: async ({ story, base }) => {
      const saved = await current().save(story, base);
      return { updatedAt: saved.updatedAt };
    },
    renameStory: ({ id, headline, slug }) => current().rename(id, headline, slug),
    deleteStory: ({ id }) => current().trash(id),
    restoreStory: ({ id }) => current().restore(id),
    importStory: ({ fileName, text }) => current().import(fileName, text),
    listVersions: async ({ id }) => {
      await current().open(id);
      return history().list(id);
    },
    saveVersion: async ({ id, name, story }) => {
      const saved = await current().open(id);
      if (story && story.id !== id)
        throw new GalleyError('bad-request', 'That text belongs to another story.');
      // Unsaved text kept as a version carries the saved story's identity and publish record.
      const content = story ? { ...story, published: saved.published } : saved;
      return history().record(content, 'saved', name?.trim() || undefined);
    },
    nameVersion: async ({ id, versionId, name }) => {
      await history().name(id, versionId, name);
      return { named: versionId };
    },
    compareVersions: ({ id, from, to }) => history().compare(id, from, to),
    restoreVersion: ({ id, versionId }) => history().restore(id, versionId),
    addImage: async ({ id, fileName, dataBase64 }) => {
      await current().open(id);
      return { src: await storeImage(current().storyDir(id), fileName, dataBase64) };
    },
    addToDictionary: async ({ word }) => {
      const words = settings.get().newsroomWords;
      if (words.some((w) => w.toLowerCase() === word.toLowerCase())) return settings.get();
      return settings.update({
        newsroomWords: [...words, word].sort((a, b) => a.localeCompare(b)),
      });
    },
    listProfiles: () => publishing.listProfiles(),
    saveProfile: async ({ profile, secret }) => {
      await publishing.saveProfile(profile, secret);
      return { saved: profile.id };
    },
    deleteProfile: async ({ id }) => {
      await publishing.deleteProfile(id);
      return { deleted: id };
    },
    testProfile: async ({ id }) => ({ message: await publishing.testProfile(id) }),
    publishStory: (args) => publishing.publish(args),
    listRemotePosts: ({ profileId, ...query }) =>
      publishing.remote.listRemotePosts(profileId, query),
    openRemotePost: ({ profileId, remoteId }) =>
      publishing.remote.openRemotePost(profileId, remoteId),
    takeTheirs: ({ id, profileId }) => publishing.remote.takeTheirs(id, profileId),
    compareWithRemote: ({ id, profileId }) => publishing.remote.compareWithRemote(id, profileId),
    previewPublish: ({ id, profileId }) => publishing.preview(id, profileId),
    addCorrection: ({ id, text }) =>
      addCorrection({ library: current(), versions: history(), publishing }, id, text),
    getSettings: async () => settings.get(),
    updateSettings: async ({ patch }) => {
      if (
        patch.libraryPath !== undefined &&
        patch.libraryPath !== '' &&
        !patch.libraryPath.startsWith('/') &&
        !/^[A-Za-z]:[\\/]/.test(patch.libraryPath)
      ) {
        throw new GalleyError(
          'bad-request',
          'The library folder must be a full path, such as /home/you/Documents/Galley.',
        );
      }
      return settings.update(patch);
    },
  };
}

/**
 * Where an image asset of a story lives on disk, or undefined for names Galley never writes
 * (so a crafted URL cannot reach any other file).
 */
export async function assetFile(
  env: NodeJS.ProcessEnv,
  settings: SettingsStore,
  storyId: string,
  name: string,
): Promise<string | undefined> {
  if (!storyIdSchema.safeParse(storyId).success || !isAssetName(name)) return undefined;
  const root = resolveLibraryRoot(env, settings.get().libraryPath);
  if (!(await isPlainPath(root, storyId, 'images', name))) return undefined;
  return join(root, storyId, 'images', name);
}
