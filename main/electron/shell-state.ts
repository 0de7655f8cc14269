import Store from 'electron-store';
import type { BrowserWindow } from 'electron';
import { pushRecent } from '../window-bounds';
import type { Bounds, RecentStory, WindowState } from '../window-bounds';

interface ShellData {
  window: WindowState;
  recent: RecentStory[];
}

/** The window's size and place, and the recent stories, kept in userData/shell-state.json. */
export class ShellState {
  private readonly store = new Store<ShellData>({
    name: 'shell-state',
    defaults: { window: {}, recent: [] },
  });

  public get window(): WindowState {
    return this.store.get('window');
  }

  /** Remembers the window's normal bounds (not the maximized ones) and whether it was maximized. */
  public track(window: BrowserWindow): void {
    const save = (): void => {
      const bounds: Bounds = window.getNormalBounds();
      this.store.set('window', { bounds, maximized: window.isMaximized() });
    };
    window.on('close', save);
    window.on('resized', save);
    window.on('moved', save);
  }

  public get recent(): RecentStory[] {
    return this.store.get('recent');
  }

  public addRecent(story: RecentStory): void {
    this.store.set('recent', pushRecent(this.recent, story));
  }
}
