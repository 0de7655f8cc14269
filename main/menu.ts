import { app, Menu, shell } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api';

/** Builds the standard application menu; commands go to the focused window's renderer. */
export function buildMenu(getWindow: () => BrowserWindow | undefined): Menu {
  const send = (command: MenuCommand) => (): void =>
    getWindow()?.webContents.send('galley:menu', command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Story', accelerator: 'CmdOrCtrl+N', click: send('new-story') },
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: send('import') },
        { type: 'separator' },
        { label: 'Save Version', accelerator: 'CmdOrCtrl+S', click: send('save-version') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
        { type: 'separator' },
        {
          label: 'Suggest Changes',
          accelerator: 'CmdOrCtrl+Shift+E',
          click: send('suggest-changes'),
        },
        { label: 'Comment', accelerator: 'CmdOrCtrl+Alt+C', click: send('add-comment') },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        // Developer tools only in development builds: in a newsroom's copy they would let
        // anyone at the desk run code with the window's access to the library.
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      role: 'help',
      submenu: [
        {
          label: 'Galley on the Web',
          click: () => {
            void shell.openExternal('https://github.com/');
          },
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
