import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { isOpenableFile, pushRecent, restorableBounds } from '../../../main/window-bounds';
import { menuTemplate } from '../../../main/electron/menu-template';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it('restores bounds that are still on a screen, and forgets ones that are not', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800 };
    expect(restorableBounds(saved, [screen])).toEqual(saved);
    // The second monitor it was on is gone.
    expect(restorableBounds({ ...saved, x: 2500 }, [screen])).toBeUndefined();
    expect(restorableBounds({ ...saved, x: 2500 }, [screen, { ...screen, x: 1920 }])).toEqual({
      ...saved,
      x: 2500,
    });
    expect(restorableBounds({ ...saved, width: 50 }, [screen])).toBeUndefined();
    expect(restorableBounds(undefined, [screen])).toBeUndefined();
  });

  it('keeps ten recent stories, newest first, without repeats', () => {
    let list = pushRecent([], { id: 'a', headline: 'A' });
    for (let i = 0; i < 12; i++) list = pushRecent(list, { id: `s${i}`, headline: `S${i}` });
    list = pushRecent(list, { id: 's5', headline: 'S5 renamed' });
    expect(list).toHaveLength(10);
    expect(list[0]).toEqual({ id: 's5', headline: 'S5 renamed' });
    expect(list.filter((s) => s.id === 's5')).toHaveLength(1);
  });

  it('opens the files Import accepts', () => {
    expect(['a.txt', 'b.MD', 'c.markdown', 'd.html', 'e.htm'].every(isOpenableFile)).toBe(true);
    expect(['f.pdf', 'g.docx', '--inspect', 'galley'].some(isOpenableFile)).toBe(false);
  });

  it('File → Open Recent lists recent stories and opens the one chosen', () => {
    const opened: string[] = [];
    const template = menuTemplate(() => () => undefined, {
      isMac: false,
      devTools: false,
      recent: [
        { id: 'x1', headline: 'Levee holds' },
        { id: 'x2', headline: '' },
      ],
      openRecent: (id) => () => opened.push(id),
    });
    const file = template.find((m) => m.label === 'File')!.submenu as MenuItemConstructorOptions[];
    const recent = file.find((i) => i.label === 'Open Recent')!
      .submenu as MenuItemConstructorOptions[];
    expect(recent.map((i) => i.label)).toEqual(['Levee holds', 'Untitled story']);
    (recent[1]!.click as () => void)();
    expect(opened).toEqual(['x2']);
  });
});
