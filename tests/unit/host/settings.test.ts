import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLibraryRoot } from '../../../main/library/library-root';
import { createServices } from '../../../main/services';
import { createConfSettings } from '../../../main/settings/conf-settings';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

describe('settings', () => {
  it('persists author name and library path in a JSON file through conf', async () => {
    const dir = await tempDir();
    const settings = createConfSettings(dir);
    expect(settings.get()).toEqual({
      authorName: '',
      libraryPath: '',
      newsroomWords: [],
      cmsProfiles: [],
    });
    settings.update({ authorName: 'Ana Ruiz' });
    const again = createConfSettings(dir);
    expect(again.get().authorName).toBe('Ana Ruiz');
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).authorName).toBe(
      'Ana Ruiz',
    );
  });

  it('chooses the library folder: environment, then settings, then ~/Documents/Galley', () => {
    expect(resolveLibraryRoot({ GALLEY_LIBRARY: '/tmp/x' }, '/srv/lib', '/home/a')).toBe('/tmp/x');
    expect(resolveLibraryRoot({}, '/srv/lib', '/home/a')).toBe('/srv/lib');
    expect(resolveLibraryRoot({}, '', '/home/a')).toBe('/home/a/Documents/Galley');
  });

  it('switches library when the setting changes, and uses the author name as byline', async () => {
    const dir = await tempDir();
    const services = createServices({ settings: createConfSettings(join(dir, 'conf')), env: {} });
    await services.updateSettings({
      patch: { libraryPath: join(dir, 'one'), authorName: 'Kim Lee' },
    });
    const story = await services.createStory({ headline: 'In one' });
    expect(story.byline).toBe('Kim Lee');
    expect((await services.listStories({})).root).toBe(join(dir, 'one'));
    await services.updateSettings({ patch: { libraryPath: join(dir, 'two') } });
    const listing = await services.listStories({});
    expect(listing.root).toBe(join(dir, 'two'));
    expect(listing.stories.map((s) => s.headline)).not.toContain('In one');
    await expect(
      services.updateSettings({ patch: { libraryPath: 'relative/path' } }),
    ).rejects.toThrow(/full path/);
  });
});
