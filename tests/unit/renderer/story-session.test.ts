import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GalleyApi } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import { StorySession } from '../../../renderer/session/story-session';
import { startInProcessHost } from '../../helpers/in-process-host';

// The window's session against the real services (library on disk, through the browser
// host's contract), as the app runs it: what matters is that no way away from a story loses
// its last edit, and that one dialog and one panel are open at a time.
let host: Awaited<ReturnType<typeof startInProcessHost>>;
let api: GalleyApi;
beforeAll(async () => {
  host = await startInProcessHost('session');
  api = new Proxy({} as GalleyApi, {
    get: (_target, name: string) => async (args: unknown) => {
      const answer = await host.call(name, args ?? {});
      if (!answer.json.ok) throw new Error(answer.json.error?.message ?? 'failed');
      return answer.json.result;
    },
  });
});
afterAll(() => host.close());

function edit(session: StorySession, patch: Partial<Story>): Story {
  const open = session.getState().open!;
  const next = { ...open.autosaver.current, ...patch };
  open.autosaver.change(next);
  return next;
}

describe('StorySession', () => {
  it('writes the pending edit before opening, creating, importing or trashing', async () => {
    const session = new StorySession(api);
    await session.start();
    expect(session.getState().loaded).toBe(true);
    await session.createStory();
    const first = session.getState().open!;
    expect(first.focusHeadline).toBe(true);
    edit(session, { headline: 'Levee holds as the Missouri crests' });
    expect(session.dirty).toBe(true);
    await session.createStory();
    expect((await api.openStory({ id: first.story.id })).headline).toBe(
      'Levee holds as the Missouri crests',
    );
    const second = session.getState().open!;
    expect(second.story.id).not.toBe(first.story.id);
    edit(session, { headline: 'Ferry fares rise in Puget Sound' });
    await session.openStory(first.story.id);
    expect((await api.openStory({ id: second.story.id })).headline).toBe(
      'Ferry fares rise in Puget Sound',
    );
    edit(session, { dek: 'Crews sandbagged through the night.' });
    await session.importFile({
      name: 'wire.txt',
      text: async () => 'Storm shuts Gulf ports\n\nHOUSTON — Ports closed Tuesday.',
    });
    expect((await api.openStory({ id: first.story.id })).dek).toBe(
      'Crews sandbagged through the night.',
    );
    expect(session.getState().notice?.text).toMatch(/Imported “Storm shuts Gulf ports”/);
    // The listing follows every save and open, newest first.
    const headlines = session.getState().listing.stories.map((s) => s.headline);
    expect(headlines).toContain('Levee holds as the Missouri crests');
    expect(headlines[0]).toBe('Storm shuts Gulf ports');

    const imported = session.getState().open!.story;
    edit(session, { byline: 'By Ana Ruiz' });
    await session.trashOpenStory();
    expect(session.getState().open).toBeUndefined();
    expect(session.getState().notice).toMatchObject({ undoTrashId: imported.id });
    expect(session.getState().listing.stories.some((s) => s.id === imported.id)).toBe(false);
    await session.restoreFromTrash(imported.id);
    expect(session.getState().open?.story).toMatchObject({
      id: imported.id,
      byline: 'By Ana Ruiz',
    });
  });

  it('a version saved flushes first and tells an open History panel; a reopen starts a new autosaver', async () => {
    const session = new StorySession(api);
    await session.createStory();
    const open = session.getState().open!;
    edit(session, { headline: 'Council delays transit vote' });
    await session.saveVersion();
    expect(session.getState().versionsSaved).toBe(1);
    expect(session.getState().notice?.text).toMatch(/^Version saved at/);
    const { versions } = await api.listVersions({ id: open.story.id });
    expect(versions.length).toBeGreaterThan(0);
    const fresh = await api.openStory({ id: open.story.id });
    expect(fresh.headline).toBe('Council delays transit vote');

    await session.reopen(fresh);
    const again = session.getState().open!;
    expect(again.generation).toBeGreaterThan(open.generation);
    expect(again.autosaver).not.toBe(open.autosaver);
    // The old opening's saver can no longer change what the window shows.
    open.autosaver.change({ ...fresh, headline: 'stale' });
    await open.autosaver.flush();
    expect(session.getState().saveState).toEqual({ kind: 'saved' });
    expect((await api.openStory({ id: fresh.id })).headline).toBe('Council delays transit vote');
  });

  it('one dialog and one side panel at a time', async () => {
    const session = new StorySession(api, 'No token: open the address the host printed.');
    expect(session.getState().notice).toMatchObject({ kind: 'error' });
    session.show({ kind: 'settings' });
    session.show({ kind: 'palette' });
    expect(session.getState().popup).toEqual({ kind: 'palette' });
    session.close();
    expect(session.getState().popup).toBeUndefined();
    session.showPanel(undefined);
    session.togglePanel('findings');
    session.togglePanel('history');
    expect(session.getState().panel).toBe('history');
    session.togglePanel('history');
    expect(session.getState().panel).toBeUndefined();
    let calls = 0;
    const stop = session.subscribe(() => calls++);
    session.togglePanel('comments');
    stop();
    session.togglePanel('comments');
    expect(calls).toBe(1);
  });
});
