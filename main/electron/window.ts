import { app, BrowserWindow, dialog, screen, session, shell } from 'electron';
import type { WebFrameMain } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { restorableBounds } from '../window-bounds';
import type { WindowState } from '../window-bounds';
import type { Log } from '../log';

/** Where the built renderer and preload live, relative to out/main. */
export interface WindowPaths {
  readonly rendererHtml: string;
  readonly preload: string;
}

/** True when a frame shows Galley's own renderer page, and nothing else. */
export function trustedFrameCheck(paths: WindowPaths): (frame: WebFrameMain) => boolean {
  const expected = pathToFileURL(paths.rendererHtml).href;
  return (frame) => frame.url.split('#')[0] === expected;
}

/**
 * Hardens the default session once: CSP on every response, and every permission request
 * (camera, notifications, geolocation…) denied, since an editor needs none of them.
 */
export function hardenSession(log: Log): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('denied permission request', { permission });
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}

/** Creates the main window with the security settings the design requires. */
export function createMainWindow(
  paths: WindowPaths,
  log: Log,
  state: WindowState = {},
): BrowserWindow {
  const bounds = restorableBounds(
    state.bounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    ...(bounds ?? {}),
    title: 'Galley',
    show: false,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  const own = pathToFileURL(paths.rendererHtml).href;
  window.webContents.on('will-navigate', (event, url) => {
    if (url.split('#')[0] !== own) {
      event.preventDefault();
      log.warn('blocked navigation', { url });
    }
  });
  window.webContents.on('will-redirect', (event, url) => {
    event.preventDefault();
    log.warn('blocked redirect', { url });
  });
  // A published post's link opens in the user's browser, never inside Galley's window, and
  // only for https addresses: anything else is refused and logged.
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) void shell.openExternal(url);
    else log.warn('blocked window.open', { url });
    return { action: 'deny' };
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  // The page asks to stay (beforeunload) while a save is pending: ask the user, in words.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Keep editing', 'Quit without saving'],
      defaultId: 0,
      cancelId: 0,
      message: 'Some of your latest changes are not saved yet.',
      detail: 'Galley is still writing them to disk. Keep editing for a moment, then quit.',
    });
    if (choice === 1) event.preventDefault();
  });
  void window.loadFile(paths.rendererHtml);
  return window;
}

/** Computes the renderer and preload paths from the main bundle's folder. */
export function windowPaths(mainDir: string): WindowPaths {
  return {
    rendererHtml: join(mainDir, '..', 'renderer', 'index.html'),
    preload: join(mainDir, '..', 'preload', 'preload.cjs'),
  };
}

/** An https address with a host: the only kind a click may open outside Galley. */
function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '' && !/\s/.test(url);
  } catch {
    return false;
  }
}
