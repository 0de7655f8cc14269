import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';

// A fresh library and profile, and a way to start Galley's Electron app on them (again).
async function electronRun(): Promise<{ dir: string; launch: () => Promise<ElectronApplication> }> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-electron-'));
  const env = { ...process.env, GALLEY_LIBRARY: join(dir, 'library') } as Record<string, string>;
  const launch = () =>
    electron.launch({
      executablePath: process.env['GALLEY_ELECTRON_BINARY'],
      args: ['.', `--user-data-dir=${join(dir, 'user')}`],
      env,
    });
  return { dir, launch };
}

// Launch, type, save, reopen: the Electron shell serves the same contract as the browser host.
test('the Electron app saves a story and shows it again after a restart', async () => {
  const { dir, launch } = await electronRun();
  try {
    let app = await launch();
    let page = await app.firstWindow();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
    // Sandboxed, isolated renderer: no Node globals, only the bridge object.
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    );
    expect(
      await page.evaluate(
        () => typeof (window as unknown as { galley?: { invoke?: unknown } }).galley?.invoke,
      ),
    ).toBe('function');
    expect(
      await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined');

    await page.getByRole('button', { name: 'New story' }).click();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
    await page.getByRole('textbox', { name: 'Headline' }).fill('Electron smoke headline');
    await page.getByRole('textbox', { name: 'Story body' }).click();
    await page.keyboard.type('Typed inside Electron.');
    await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
    await app.close();

    const ids = (await readdir(join(dir, 'library'))).filter((name) => !name.startsWith('.'));
    const texts = await Promise.all(
      ids.map((id) => readFile(join(dir, 'library', id, 'story.json'), 'utf8')),
    );
    expect(texts.some((text) => text.includes('Typed inside Electron.'))).toBe(true);

    app = await launch();
    page = await app.firstWindow();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
      'Electron smoke headline',
    );
    await expect(page.getByRole('textbox', { name: 'Story body' })).toHaveText(
      'Typed inside Electron.',
    );
    await app.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// Menus from the registry, File → Open Recent, and the window's size kept across restarts.
test('the menu carries the registry, recent stories are listed, and the window size is kept', async () => {
  const { dir, launch } = await electronRun();
  try {
    let app = await launch();
    let page = await app.firstWindow();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
    const menu = await app.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()!.items.map((top) => ({
        label: top.label,
        items: top.submenu!.items.map((item) => ({ label: item.label, id: item.id })),
      })),
    );
    expect(menu.map((m) => m.label)).toEqual(
      expect.arrayContaining(['File', 'Edit', 'View', 'Story', 'Help']),
    );
    const file = menu.find((m) => m.label === 'File')!;
    expect(file.items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['New story', 'Open Recent', 'Save version', 'Print…']),
    );
    // The story opened at start is the first recent one.
    const recent = await app.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()!
        .items.find((m) => m.label === 'File')!
        .submenu!.items.find((i) => i.label === 'Open Recent')!
        .submenu!.items.map((i) => i.label),
    );
    expect(recent[0]).toMatch(/Ferry/);
    // The palette runs a menu command's twin.
    await page.keyboard.press('Control+Shift+P');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await page.keyboard.press('Escape');
    await app.evaluate(({ BrowserWindow }) => {
      BrowserWindow.getAllWindows()[0]!.setBounds({ x: 40, y: 40, width: 1000, height: 700 });
    });
    await app.close();
    app = await launch();
    page = await app.firstWindow();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
    const bounds = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.getBounds(),
    );
    expect(bounds.width).toBe(1000);
    expect(bounds.height).toBe(700);
    await app.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// Export PDF under Electron: printToPDF of the print proof, written where the save dialog says.
test('Export PDF writes the print proof to a PDF file', async () => {
  const { dir, launch } = await electronRun();
  try {
    const app = await launch();
    const page = await app.firstWindow();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
    const target = join(dir, 'proof.pdf');
    // The save dialog is the OS's; answer it as a user choosing `target` would.
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as never;
    }, target);
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Search commands' }).fill('Export PDF');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('Saved the PDF as');
    const pdf = await readFile(target);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1_000);
    await app.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
