import { app, BrowserWindow, Menu, net, protocol, safeStorage } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PLAIN_CIPHER, SecretStore } from '../cms/secret-store';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { registerIpc } from './ipc';
import { registerPdfExport } from './pdf-export';
import { createConsoleLog } from '../log';
import { buildMenu } from './menu';
import { assetFile, createServices } from '../services';
import { createElectronSettings } from './electron-settings';
import { ShellState } from './shell-state';
import { isOpenableFile } from '../window-bounds';
import { createMainWindow, hardenSession, trustedFrameCheck, windowPaths } from './window';

// Electron entry point: wires the shared services to IPC and opens the one window.
const log = createConsoleLog();
const paths = windowPaths(dirname(fileURLToPath(import.meta.url)));
let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) app.quit();

// Story images are served from the library through their own scheme, never as file:// URLs.
protocol.registerSchemesAsPrivileged([
  { scheme: 'galley-asset', privileges: { standard: true, secure: true } },
]);

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

void app.whenReady().then(() => {
  hardenSession(log);
  const settings = createElectronSettings();
  // CMS secrets are encrypted with the OS keychain through safeStorage where it is available.
  const cipher = safeStorage.isEncryptionAvailable()
    ? {
        encrypted: true,
        encrypt: (s: string) => safeStorage.encryptString(s).toString('base64'),
        decrypt: (s: string) => safeStorage.decryptString(Buffer.from(s, 'base64')),
      }
    : PLAIN_CIPHER;
  const secrets = new SecretStore(join(app.getPath('userData'), 'secrets.json'), cipher);
  const handlers = createServices({ settings, env: process.env, secrets });
  protocol.handle('galley-asset', async (request) => {
    const url = new URL(request.url);
    const file = await assetFile(
      process.env,
      settings,
      url.hostname,
      url.pathname.replace(/^\//, ''),
    );
    return file ? net.fetch(pathToFileURL(file).href) : new Response('Not found', { status: 404 });
  });
  // Every story opened goes to File → Open Recent.
  const shell = new ShellState();
  const setMenu = (): void => Menu.setApplicationMenu(buildMenu(() => mainWindow, shell.recent));
  const tracked = {
    ...handlers,
    openStory: async (args: Parameters<typeof handlers.openStory>[0]) => {
      const story = await handlers.openStory(args);
      shell.addRecent({ id: story.id, headline: story.headline });
      setMenu();
      return story;
    },
  };
  registerIpc(tracked, trustedFrameCheck(paths), log);
  registerPdfExport(trustedFrameCheck(paths), log);
  setMenu();
  const open = (): BrowserWindow => {
    const window = createMainWindow(paths, log, shell.window);
    shell.track(window);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    return window;
  };
  mainWindow = open();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = open();
  });

  // Files given on the command line (or by a second launch, below) are imported and opened.
  openFiles = async (argv: ReadonlyArray<string>): Promise<void> => {
    for (const path of argv.slice(1).filter(isOpenableFile)) {
      try {
        const text = await readFile(path, 'utf8');
        const story = await handlers.importStory({ fileName: basename(path), text });
        app.addRecentDocument(path);
        const window = mainWindow;
        const send = (): void => window?.webContents.send('galley:open-story', story.id);
        if (window?.webContents.isLoading()) window.webContents.once('did-finish-load', send);
        else send();
      } catch (error) {
        log.warn('could not open a file from the command line', { path, error: String(error) });
      }
    }
  };
  void openFiles(process.argv);
});

let openFiles: (argv: ReadonlyArray<string>) => Promise<void> = async () => undefined;

// A second launch focuses this window and opens the file it was given.
app.on('second-instance', (_event, argv) => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
  void openFiles(argv);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
