import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { API_NAMES } from '../../shared/api';
import type { ApiHandlers } from '../../shared/api';
import { dispatch } from '../dispatch';
import type { Log } from '../log';

/** The IPC channel an operation travels on. */
export function channelFor(name: string): string {
  return `galley:${name}`;
}

/** Whether an IPC call came from our own renderer's main frame (never an iframe or another page). */
function trusted(
  event: IpcMainInvokeEvent,
  isTrustedFrame: (frame: WebFrameMain) => boolean,
): boolean {
  const frame = event.senderFrame;
  return Boolean(frame && frame === event.sender.mainFrame && isTrustedFrame(frame));
}

/**
 * One of the shell's own calls (outside the contract, such as printing to PDF), checked for
 * its sender as the contract's are; the handler validates its argument.
 */
export function registerShellCall(
  channel: string,
  isTrustedFrame: (frame: WebFrameMain) => boolean,
  log: Log,
  handler: (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>,
): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, arg: unknown) => {
    if (!trusted(event, isTrustedFrame)) {
      log.warn('refused a shell call from an untrusted frame', {
        channel,
        url: event.senderFrame?.url,
      });
      throw new Error('This request did not come from Galley’s own window.');
    }
    return handler(event, arg);
  });
}

/**
 * Registers one IPC handler per operation of the contract.
 *
 * This is the only place `ipcMain` is used: each call is checked for its sender frame (our
 * own renderer's main frame, never an iframe or another page) and its arguments are validated
 * by `dispatch` before any service runs.
 */
export function registerIpc(
  handlers: ApiHandlers,
  isTrustedFrame: (frame: WebFrameMain) => boolean,
  log: Log,
): void {
  for (const name of API_NAMES) {
    ipcMain.handle(channelFor(name), async (event: IpcMainInvokeEvent, args: unknown) => {
      if (!trusted(event, isTrustedFrame)) {
        log.warn('refused IPC from an untrusted frame', { name, url: event.senderFrame?.url });
        return {
          ok: false,
          error: {
            code: 'forbidden',
            message: 'This request did not come from Galley’s own window.',
          },
        };
      }
      return dispatch(handlers, name, args, log);
    });
  }
}
