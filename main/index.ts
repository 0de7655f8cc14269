import { app, BrowserWindow, Menu, net, protocol, safeStorage } from 'electron';
import { dirname, join } from 'node:path';
import { PLAIN_CIPHER, SecretStore } from './cms/secret-store';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { registerIpc } from './ipc';
import { createConsoleLog } from './log';
import { buildMenu } from './menu';
import { assetFile, createServices } from './services';
import { createElectronSettings } from './settings/electron-settings';
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
  registerIpc(handlers, trustedFrameCheck(paths), log);
  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createMainWindow(paths, log);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(paths, log);
  });
});

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
