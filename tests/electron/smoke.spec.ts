import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

// Launch, type, save, reopen: the Electron shell serves the same contract as the browser host.
test('the Electron app saves a story and shows it again after a restart', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'galley-electron-'));
  const env = { ...process.env, GALLEY_LIBRARY: join(dir, 'library') } as Record<string, string>;
  const launch = () =>
    electron.launch({
      executablePath: process.env['GALLEY_ELECTRON_BINARY'],
      args: ['.', `--user-data-dir=${join(dir, 'user')}`],
      env,
    });
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
