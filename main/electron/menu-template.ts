import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, toAccelerator } from '../../shared/commands';
import type { CommandId, CommandMenu, CommandSpec } from '../../shared/commands';
import type { RecentStory } from '../window-bounds';

/** Where the standard editing roles and window roles go, around the registry's commands. */
const ROLES: Partial<Record<CommandMenu, MenuItemConstructorOptions[]>> = {
  Edit: [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'pasteAndMatchStyle' },
    { role: 'selectAll' },
    { type: 'separator' },
  ],
  View: [{ role: 'togglefullscreen' }, { type: 'separator' }],
};

/**
 * The application menu, built from the command registry: every command appears once, in its
 * menu, with its shortcut as the accelerator, and sends its id to the window. Pure (no Electron
 * calls), so a test can compare it with the registry, the palette and the shortcut list.
 */
export function menuTemplate(
  send: (id: CommandId) => () => void,
  options: {
    readonly isMac: boolean;
    readonly devTools: boolean;
    /** File → Open Recent: the last stories opened, newest first. */
    readonly recent?: ReadonlyArray<RecentStory>;
    readonly openRecent?: (id: string) => () => void;
  },
): MenuItemConstructorOptions[] {
  const menus: CommandMenu[] = ['File', 'Edit', 'View', 'Story', 'Help'];
  const template: MenuItemConstructorOptions[] = options.isMac ? [{ role: 'appMenu' }] : [];
  for (const menu of menus) {
    const items: MenuItemConstructorOptions[] = [...(ROLES[menu] ?? [])];
    for (const command of COMMANDS as ReadonlyArray<CommandSpec>) {
      if (command.menu !== menu) continue;
      items.push({
        id: command.id,
        label: command.label,
        ...(command.shortcut ? { accelerator: toAccelerator(command.shortcut) } : {}),
        click: send(command.id as CommandId),
      });
    }
    if (menu === 'View' && options.devTools) items.push({ role: 'toggleDevTools' });
    if (menu === 'File' && options.recent && options.openRecent) {
      const recent: MenuItemConstructorOptions[] = options.recent.map((story) => ({
        label: story.headline || 'Untitled story',
        click: options.openRecent!(story.id),
      }));
      items.splice(1, 0, {
        label: 'Open Recent',
        submenu: recent.length > 0 ? recent : [{ label: 'No recent stories', enabled: false }],
      });
    }
    if (menu === 'File')
      items.push(
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      );
    template.push({
      label: menu,
      ...(menu === 'Help' ? { role: 'help' as const } : {}),
      submenu: items,
    });
  }
  return template;
}
