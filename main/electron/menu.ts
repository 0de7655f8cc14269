import { app, Menu } from 'electron';
import type { BrowserWindow } from 'electron';
import { menuTemplate } from './menu-template';
import type { RecentStory } from '../window-bounds';

/** Builds the application menu from the command registry; commands go to the window's renderer. */
export function buildMenu(
  getWindow: () => BrowserWindow | undefined,
  recent: ReadonlyArray<RecentStory> = [],
): Menu {
  return Menu.buildFromTemplate(
    menuTemplate((id) => () => getWindow()?.webContents.send('galley:menu', id), {
      isMac: process.platform === 'darwin',
      recent,
      openRecent: (id) => () => getWindow()?.webContents.send('galley:open-story', id),
      // Developer tools only in development builds: in a newsroom's copy they would let
      // anyone at the desk run code with the window's access to the library.
      devTools: !app.isPackaged,
    }),
  );
}
