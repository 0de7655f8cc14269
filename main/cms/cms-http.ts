/** A CMS failure with a sentence an editor can act on; `status` is the HTTP status if any. */
export class CmsError extends Error {
  public constructor(
    message: string,
    public readonly kind:
      'timeout' | 'unreachable' | 'auth' | 'not-found' | 'rejected' | 'server' | 'unreadable',
    public readonly status?: number,
  ) {
    super(message);
    this.name = 'CmsError';
  }
}

/** One HTTP call to a CMS. */
export interface CmsRequest {
  readonly url: string;
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array;
  /** Who is logging in, for the 401/403 message. */
  readonly user?: string;
  /**
   * Whether repeating the request is harmless. A create is not: after a timeout it may have
   * succeeded, so the caller looks for it before trying again. Defaults to true except POST.
   */
  readonly idempotent?: boolean;
}

/** Timeouts and retries, overridable in tests. */
export interface CmsHttpOptions {
  readonly timeoutMs?: number;
  readonly tries?: number;
  readonly backoffMs?: number;
}

function cmsMessage(body: unknown): string {
  const record = body as { message?: unknown; errors?: Array<{ message?: unknown }> } | null;
  const text =
    typeof record?.message === 'string'
      ? record.message
      : typeof record?.errors?.[0]?.message === 'string'
        ? record.errors[0].message
        : '';
  return text.replace(/<[^>]*>/g, '').trim();
}

/**
 * Sends a request and parses JSON, with a timeout, and retries with backoff on 5xx and
 * network errors (at most `tries` attempts). Every failure becomes a CmsError whose message
 * says what went wrong in plain words.
 */
export async function cmsJson<T>(
  request: CmsRequest,
  options: CmsHttpOptions = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const idempotent = request.idempotent ?? (request.method ?? 'GET').toUpperCase() !== 'POST';
  const tries = idempotent ? (options.tries ?? 3) : 1;
  const host = new URL(request.url).host;
  let last: CmsError | undefined;
  for (let attempt = 1; attempt <= tries; attempt++) {
    if (attempt > 1)
      await new Promise((resolve) =>
        setTimeout(resolve, (options.backoffMs ?? 500) * 2 ** (attempt - 2)),
      );
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000);
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: request.method ?? 'GET',
        headers: request.headers,
        body: request.body as BodyInit | undefined,
        signal: controller.signal,
        redirect: 'follow',
      });
    } catch (error) {
      clearTimeout(timer);
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (controller.signal.aborted)
        last = new CmsError(
          `${host} did not answer within ${Math.round((options.timeoutMs ?? 15_000) / 1000)} seconds.`,
          'timeout',
        );
      else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        throw new CmsError(
          `The address ${host} could not be found. Check the site address in the CMS profile.`,
          'unreachable',
        );
      else if (code === 'ECONNREFUSED')
        last = new CmsError(
          `Nothing is answering at ${host}. Is the site address right and the server running?`,
          'unreachable',
        );
      else
        last = new CmsError(
          `The connection to ${host} failed (${code ?? 'network error'}).`,
          'unreachable',
        );
      continue;
    }
    clearTimeout(timer);
    const text = await response.text();
    let body: unknown;
    try {
      body = text === '' ? null : JSON.parse(text);
    } catch {
      if (response.status >= 500) {
        last = new CmsError(
          `${host} had an internal error (HTTP ${response.status}).`,
          'server',
          response.status,
        );
        continue;
      }
      throw new CmsError(
        `${host} sent an answer Galley could not read (HTTP ${response.status}, not JSON). Is the site address pointing at the CMS?`,
        'unreadable',
        response.status,
      );
    }
    if (response.ok) return { status: response.status, body: body as T, headers: response.headers };
    const detail = cmsMessage(body);
    if (response.status >= 500) {
      last = new CmsError(
        `${host} had an internal error (HTTP ${response.status})${detail ? `: ${detail}` : ''}.`,
        'server',
        response.status,
      );
      continue;
    }
    if (response.status === 401 || response.status === 403) {
      throw new CmsError(
        `${host} refused the login. Check the application password for ${request.user ?? 'this profile'}.`,
        'auth',
        response.status,
      );
    }
    if (response.status === 404)
      throw new CmsError(`${host} has no such post or address (404).`, 'not-found', 404);
    throw new CmsError(
      `${host} rejected the request (HTTP ${response.status})${detail ? `: ${detail}` : ''}.`,
      'rejected',
      response.status,
    );
  }
  throw last ?? new CmsError(`${host} could not be reached.`, 'unreachable');
}
