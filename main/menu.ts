import { app, Menu } from 'electron';
import type { BrowserWindow } from 'electron';
import { menuTemplate } from './menu-template';

/** Builds the application menu from the command registry; commands go to the window's renderer. */
export function buildMenu(getWindow: () => BrowserWindow | undefined): Menu {
  return Menu.buildFromTemplate(
    menuTemplate((id) => () => getWindow()?.webContents.send('galley:menu', id), {
      isMac: process.platform === 'darwin',
      // Developer tools only in development builds: in a newsroom's copy they would let
      // anyone at the desk run code with the window's access to the library.
      devTools: !app.isPackaged,
    }),
  );
}
