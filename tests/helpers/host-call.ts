import type { BrowserHost } from '../../main/http-host';

/** The answer of one browser-host operation: HTTP status and the JSON envelope. */
export interface HostAnswer {
  readonly status: number;
  readonly json: { ok: boolean; result?: unknown; error?: { code: string; message: string } };
}

/** Calls one operation of the browser host as the renderer does. */
export async function callHost(
  host: BrowserHost,
  name: string,
  body: unknown,
): Promise<HostAnswer> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as HostAnswer['json'] };
}
