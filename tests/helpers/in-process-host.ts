import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserHost } from '../../main/http-host';
import { createConsoleLog } from '../../main/log';
import { createServices } from '../../main/services';
import { createConfSettings } from '../../main/settings/conf-settings';

/** An answer from the browser host's contract. */
export interface ContractAnswer {
  readonly status: number;
  readonly json: {
    ok: boolean;
    result?: unknown;
    error?: { code: string; message: string };
  };
}

/**
 * The browser host in this process, on its own library and config (no build needed), called
 * through its HTTP contract as the app and our held-out checks call it.
 */
export async function startInProcessHost(name: string): Promise<{
  call: (operation: string, body: unknown) => Promise<ContractAnswer>;
  close: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), `galley-${name}-`));
  const handlers = createServices({
    settings: createConfSettings(join(dir, 'config')),
    env: { GALLEY_LIBRARY: join(dir, 'library'), GALLEY_CONFIG_DIR: join(dir, 'config') },
  });
  const host = await startBrowserHost({
    handlers,
    staticDir: join(dir, 'static'),
    log: createConsoleLog(true),
    token: `${name}-token`,
  });
  return {
    call: async (operation, body) => {
      const response = await fetch(`http://127.0.0.1:${host.port}/api/${operation}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as ContractAnswer['json'] };
    },
    close: async () => {
      await host.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A call to the test WordPress's REST API as its admin user (another person in the CMS). */
export async function wordpressRest<T>(
  site: { readonly url: string; readonly user: string; readonly appPassword: string },
  route: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const response = await fetch(`${site.url}/wp-json/wp/v2/${route}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `Basic ${Buffer.from(`${site.user}:${site.appPassword.replace(/\s+/g, '')}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  return (await response.json()) as T;
}
