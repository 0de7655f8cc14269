import { API_NAMES } from '../shared/api';
import type {
  ApiError,
  ApiName,
  ApiResponse,
  GalleyApi,
  GalleyBridge,
  MenuCommand,
} from '../shared/api';

declare global {
  interface Window {
    galley?: GalleyBridge;
  }
}

/** An operation that failed, with the host's code and its sentence for the user. */
export class ApiCallError extends Error {
  public constructor(
    public readonly code: ApiError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** How the renderer reaches the services: a typed API and, under Electron, menu commands. */
export interface Connection {
  readonly api: GalleyApi;
  readonly host: 'electron' | 'browser';
  /** Set when the browser host cannot be used (no token); explains what to do. */
  readonly problem?: string;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Under Electron: a story to open (Open Recent, a file given on the command line). */
  onOpenStory(listener: (id: string) => void): () => void;
  /** Under Electron: prints the page to a PDF file the user chooses (the browser host prints). */
  readonly exportPdf?: (suggestedName: string) => Promise<string | undefined>;
  /** Sends a save that must survive the page going away (reload, close). */
  saveOnExit(args: Parameters<GalleyApi['saveStory']>[0]): void;
}

const TOKEN_KEY = 'galley.token';

type Invoke = (name: ApiName, args: unknown, keepalive?: boolean) => Promise<unknown>;

function buildApi(invoke: Invoke): GalleyApi {
  const api: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const name of API_NAMES) api[name] = (args: unknown) => invoke(name, args ?? {});
  return api as unknown as GalleyApi;
}

function unwrap(response: ApiResponse<unknown>): unknown {
  if (response.ok) return response.result;
  throw new ApiCallError(response.error.code, response.error.message);
}

// The token arrives in the URL fragment (never sent to a server or logged), is kept for the
// tab's lifetime so a reload still works, and is removed from the address bar.
function takeToken(): string | undefined {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

/** Connects to Electron's preload bridge when present, otherwise to the browser host. */
export function createApiClient(): Connection {
  const bridge = window.galley;
  if (bridge) {
    const invoke: Invoke = async (name, args) =>
      unwrap((await bridge.invoke(name, args)) as ApiResponse<unknown>);
    return {
      api: buildApi(invoke),
      host: 'electron',
      onMenuCommand: (listener) => bridge.onMenuCommand(listener),
      onOpenStory: (listener) => bridge.onOpenStory(listener),
      exportPdf: (name) => bridge.exportPdf(name),
      saveOnExit: (args) => void bridge.invoke('saveStory', args),
    };
  }
  const token = takeToken();
  const invoke: Invoke = async (name, args, keepalive = false) => {
    let response: Response;
    const body = JSON.stringify(args);
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body,
        // Browsers cap keepalive bodies at 64 kB; a longer story is sent normally and the
        // local recovery copy covers it if the page dies first.
        keepalive: keepalive && body.length < 60_000,
      });
    } catch {
      throw new ApiCallError(
        'internal',
        'Galley’s host is not responding. Is the terminal running “npm start” still open?',
      );
    }
    let answer: ApiResponse<unknown>;
    try {
      answer = (await response.json()) as ApiResponse<unknown>;
    } catch {
      throw new ApiCallError(
        'internal',
        `Galley’s host sent an unreadable answer (HTTP ${response.status}).`,
      );
    }
    return unwrap(answer);
  };
  return {
    api: buildApi(invoke),
    host: 'browser',
    ...(token
      ? {}
      : {
          problem:
            'This page is not connected to a running Galley. Open the address that “npm start” printed in the terminal (it ends in #token=…).',
        }),
    onMenuCommand: () => () => undefined,
    onOpenStory: () => () => undefined,
    saveOnExit: (args) => void invoke('saveStory', args, true).catch(() => undefined),
  };
}
