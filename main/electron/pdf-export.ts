import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { IpcMainInvokeEvent, WebFrameMain } from 'electron';
import type { Log } from '../log';
import { registerShellCall } from './ipc';
import { pdfFileName } from './pdf-name';

/** The channel "Export PDF" travels on (outside the contract: only Electron can print to PDF). */
export const PDF_CHANNEL = 'galley-shell:export-pdf';

/**
 * "Export PDF" under Electron: the page already shows the print proof (print stylesheet), so
 * `printToPDF` renders exactly what a print would, and the file goes where the user chooses.
 * Resolves to the path written, or undefined when the user cancels.
 */
export function registerPdfExport(
  isTrustedFrame: (frame: WebFrameMain) => boolean,
  log: Log,
): void {
  registerShellCall(
    PDF_CHANNEL,
    isTrustedFrame,
    log,
    async (event: IpcMainInvokeEvent, suggested) => {
      const window = BrowserWindow.fromWebContents(event.sender);
      const options = {
        title: 'Export PDF',
        defaultPath: join(app.getPath('documents'), pdfFileName(suggested)),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return undefined;
      const pdf = await event.sender.printToPDF({
        pageSize: 'Letter',
        printBackground: false,
        margins: { top: 0.75, bottom: 0.75, left: 0.75, right: 0.75 },
      });
      await writeFile(choice.filePath, pdf);
      log.info('exported a PDF', { bytes: pdf.length });
      return choice.filePath;
    },
  );
}
