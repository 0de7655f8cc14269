import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import type { ApiHandlers } from '../shared/api';
import { CONTENT_SECURITY_POLICY } from './csp';
import { dispatch } from './dispatch';
import type { Log } from './log';

/** Options for the browser host. */
export interface BrowserHostOptions {
  readonly handlers: ApiHandlers;
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  readonly log: Log;
  readonly host?: string;
  readonly port?: number;
  /** Resolves `/assets/<story>/<file>` to a file, or undefined to refuse. */
  readonly assetFile?: (storyId: string, name: string) => Promise<string | undefined>;
  /** Fixed token for tests; normally random per run. */
  readonly token?: string;
}

/** A running browser host. */
export interface BrowserHost {
  /** The address to open, with the token in the fragment (never sent in requests or logs). */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const MAX_BODY = 32 * 1024 * 1024;
const MAX_CONNECTIONS = 4_000;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.aff': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
};

/**
 * Serves the built renderer and the API contract over HTTP on the loopback interface.
 *
 * Three locks: it only binds to loopback, it only answers requests whose Host header names
 * loopback (defeating DNS rebinding), and every API call must carry the per-run token.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) {
    throw new Error(
      `The browser host only listens on this computer (127.0.0.1), not on "${host}": it would expose the story library to the network.`,
    );
  }
  const token = options.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(`Bearer ${token}`);
  let port = 0;

  const server: Server = createServer(
    { connectionsCheckingInterval: 1_000 },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        options.log.error('browser host request failed', error);
        if (!response.headersSent)
          sendJson(response, 500, {
            ok: false,
            error: { code: 'internal', message: 'Something went wrong inside Galley.' },
          });
        else response.destroy();
      });
    },
  );

  const hostAllowed = (value: string | undefined): boolean => {
    if (!value) return false;
    return (
      value === `127.0.0.1:${port}` || value === `localhost:${port}` || value === `[::1]:${port}`
    );
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostAllowed(request.headers.host)) {
      options.log.warn('refused request with foreign Host header', { host: request.headers.host });
      sendText(response, 421, 'Galley only answers requests addressed to 127.0.0.1.');
      return;
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      await handleApi(request, response, url.pathname.slice('/api/'.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed');
      return;
    }
    const asset = /^\/assets\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (asset) {
      const file = await options.assetFile?.(asset[1]!, asset[2]!);
      if (file) await serveFile(file, response);
      else sendText(response, 404, 'Not found');
      return;
    }
    await serveStatic(url.pathname, response);
  }

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    name: string,
  ): Promise<void> {
    if (request.method !== 'POST') {
      sendText(response, 405, 'Use POST for Galley operations.');
      return;
    }
    const auth = Buffer.from(request.headers.authorization ?? '');
    if (auth.length !== tokenBytes.length || !timingSafeEqual(auth, tokenBytes)) {
      options.log.warn('refused API call with a missing or wrong token', {
        operation: name.slice(0, 80),
      });
      sendJson(response, 401, {
        ok: false,
        error: {
          code: 'forbidden',
          message:
            'This Galley window is not signed in to the running host. Open the address the terminal printed when Galley started.',
        },
      });
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(response, 415, {
        ok: false,
        error: { code: 'bad-request', message: 'Galley operations take JSON.' },
      });
      return;
    }
    const declared = Number(request.headers['content-length'] ?? '0');
    // Refused before a byte is read: a 200 MB body would otherwise be buffered first.
    const body = declared > MAX_BODY ? undefined : await readBody(request);
    if (body === undefined) {
      response.setHeader('Connection', 'close');
      sendJson(response, 413, {
        ok: false,
        error: { code: 'bad-request', message: 'The request is too large.' },
      });
      return;
    }
    let args: unknown;
    try {
      args = body === '' ? {} : JSON.parse(body);
    } catch {
      sendJson(response, 400, {
        ok: false,
        error: { code: 'bad-request', message: 'The request is not valid JSON.' },
      });
      return;
    }
    const result = await dispatch(options.handlers, name, args, options.log);
    sendJson(response, result.ok ? 200 : statusFor(result.error.code), result);
  }

  async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      sendText(response, 400, 'That address is not valid.');
      return;
    }
    const relative = pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const root = resolve(options.staticDir);
    const full = resolve(join(root, relative));
    if (!full.startsWith(root + sep)) {
      sendText(response, 404, 'Not found');
      return;
    }
    await serveFile(full, response);
  }

  async function serveFile(full: string, response: ServerResponse): Promise<void> {
    let size: number;
    try {
      const info = await stat(full);
      if (!info.isFile()) throw new Error('not a file');
      size = info.size;
    } catch {
      sendText(response, 404, 'Not found');
      return;
    }
    response.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': TYPES[extname(full)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
    });
    createReadStream(full).pipe(response);
  }

  // Idle or slow connections are dropped within seconds and their number is capped below the
  // process's file limit, so a flood of them cannot stall the window's own requests.
  server.maxConnections = MAX_CONNECTIONS;
  server.headersTimeout = 5_000;
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 5_000;
  server.setTimeout(15_000, (socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const base = `http://${host === '::1' ? '[::1]' : host}:${port}`;
  return {
    url: `${base}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function statusFor(code: string): number {
  switch (code) {
    case 'bad-request':
      return 400;
    case 'not-found':
      return 404;
    case 'forbidden':
      return 403;
    case 'damaged':
    case 'conflict':
      return 409;
    case 'read-only':
      return 423;
    case 'remote-gone':
      return 410;
    case 'unwritable':
    case 'disk-full':
      return 507;
    default:
      return 500;
  }
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  response.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        // Stop reading a body that lied about its length; the answer closes the connection.
        tooBig = true;
        request.pause();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooBig ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
