import { contextBridge, ipcRenderer } from 'electron';
import type { GalleyBridge, MenuCommand } from '../../shared/api';

// The only bridge between the sandboxed page and the main process. It forwards calls on
// `galley:` channels and nothing else; main validates every argument, so this stays tiny.
const galley: GalleyBridge = {
  invoke(name: string, args: unknown): Promise<unknown> {
    if (typeof name !== 'string' || !/^[a-zA-Z]{1,40}$/.test(name))
      return Promise.reject(new Error('bad operation name'));
    return ipcRenderer.invoke(`galley:${name}`, args);
  },
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const wrapped = (_event: unknown, command: MenuCommand): void => listener(command);
    ipcRenderer.on('galley:menu', wrapped);
    return () => {
      ipcRenderer.removeListener('galley:menu', wrapped);
    };
  },
  exportPdf(suggestedName: string): Promise<string | undefined> {
    if (typeof suggestedName !== 'string') return Promise.reject(new Error('bad file name'));
    return ipcRenderer.invoke('galley-shell:export-pdf', suggestedName) as Promise<
      string | undefined
    >;
  },
  onOpenStory(listener: (id: string) => void): () => void {
    const wrapped = (_event: unknown, id: unknown): void => {
      if (typeof id === 'string') listener(id);
    };
    ipcRenderer.on('galley:open-story', wrapped);
    return () => {
      ipcRenderer.removeListener('galley:open-story', wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('galley', galley);
