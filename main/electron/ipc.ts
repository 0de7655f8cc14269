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
      const frame = event.senderFrame;
      if (!frame || frame !== event.sender.mainFrame || !isTrustedFrame(frame)) {
        log.warn('refused IPC from an untrusted frame', { name, url: frame?.url });
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
