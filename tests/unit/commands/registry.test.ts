import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import {
  COMMANDS,
  commandForKeystroke,
  parseShortcut,
  shortcutTableMarkdown,
  toAccelerator,
} from '../../../shared/commands';
import type { CommandSpec } from '../../../shared/commands';
import { menuTemplate } from '../../../main/electron/menu-template';

const all = COMMANDS as ReadonlyArray<CommandSpec>;

function menuItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) =>
    Array.isArray(menu.submenu) ? menu.submenu.filter((item) => item.id !== undefined) : [],
  );
}

describe('command registry', () => {
  it('has unique ids and unique shortcuts', () => {
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    const shortcuts = all.flatMap((c) => (c.shortcut ? [c.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('the Electron menu carries every command once, in its menu, with its shortcut', () => {
    const sent: string[] = [];
    const template = menuTemplate((id) => () => sent.push(id), { isMac: false, devTools: false });
    const items = menuItems(template);
    expect(items.map((i) => i.id).sort()).toEqual(all.map((c) => c.id).sort());
    for (const command of all) {
      const item = items.find((i) => i.id === command.id)!;
      expect(item.label).toBe(command.label);
      expect(item.accelerator).toBe(command.shortcut ? toAccelerator(command.shortcut) : undefined);
      const menu = template.find((m) => Array.isArray(m.submenu) && m.submenu.includes(item));
      expect(menu?.label).toBe(command.menu);
      (item.click as () => void)();
    }
    expect(sent).toEqual(all.map((c) => c.id));
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Story', 'Help']);
  });

  it('every shortcut finds its own command from a keystroke', () => {
    for (const command of all.filter((c) => c.shortcut)) {
      expect(commandForKeystroke(parseShortcut(command.shortcut!))?.id).toBe(command.id);
    }
    expect(
      commandForKeystroke({ key: 'q', ctrl: false, shift: false, alt: false }),
    ).toBeUndefined();
  });

  it("the README's shortcut table is the registry's", async () => {
    const readme = await readFile('README.md', 'utf8');
    const table = /<!-- shortcuts:start -->([\s\S]*?)<!-- shortcuts:end -->/.exec(readme)?.[1];
    // Compared cell by cell: Prettier aligns the README's columns.
    const cells = (markdown: string): string[][] =>
      markdown
        .trim()
        .split('\n')
        .filter((row) => !/^\|[\s|:-]+\|$/.test(row))
        .map((row) =>
          row
            .replace(/^\||\|$/g, '')
            .split(/(?<!\\)\|/)
            .map((cell) => cell.trim()),
        );
    expect(table).toBeDefined();
    expect(cells(table!)).toEqual(cells(shortcutTableMarkdown()));
  });
});
