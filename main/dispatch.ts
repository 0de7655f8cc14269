import { isApiName, parseApiArgs, toApiError } from '../shared/api';
import type { ApiHandlers, ApiResponse } from '../shared/api';
import type { Log } from './log';

/**
 * Runs one operation for either host: validate the name and arguments, call the service,
 * and wrap the outcome in the response envelope.
 *
 * Nothing reaches a service unvalidated, and no exception escapes as a stack trace.
 */
export async function dispatch(
  handlers: ApiHandlers,
  name: unknown,
  args: unknown,
  log: Log,
): Promise<ApiResponse<unknown>> {
  if (!isApiName(name)) {
    log.warn('rejected unknown operation', { name: String(name).slice(0, 80) });
    return {
      ok: false,
      error: { code: 'bad-request', message: 'Galley does not know that operation.' },
    };
  }
  try {
    const parsed = parseApiArgs(name, args);
    const handler = handlers[name] as (value: unknown) => Promise<unknown>;
    return { ok: true, result: await handler(parsed) };
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.code === 'internal') log.error(`operation ${name} failed`, error);
    else log.warn(`operation ${name} refused: ${apiError.message}`);
    return { ok: false, error: apiError };
  }
}
