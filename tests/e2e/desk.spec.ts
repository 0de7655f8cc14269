import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { COMMANDS } from '../../shared/commands';
import type { CommandSpec } from '../../shared/commands';
import { createStoryInUi, expect, saveSettings, test } from '../helpers/browser-host';

const run = promisify(execFile);
const all = COMMANDS as ReadonlyArray<CommandSpec>;

async function openSample(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
}

test('the text comes first: on 1440x900 the body starts in the top 40 % and panels sit beside it', async ({
  page,
  galley,
}) => {
  await openSample(page, galley.url);
  const body = page.getByRole('textbox', { name: 'Story body' });
  const first = await body.locator('p').first().boundingBox();
  expect(first!.y).toBeLessThan(900 * 0.4);
  // Details is open beside the text; opening Findings replaces it, never pushing the text down.
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
  await page.getByRole('button', { name: /^Findings \(/ }).click();
  await expect(page.getByRole('region', { name: 'Findings' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeHidden();
  expect((await body.locator('p').first().boundingBox())!.y).toBeCloseTo(first!.y, 0);
  // Details closed stays closed for this user, across a reload.
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await page.getByRole('button', { name: 'Close details' }).click();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeHidden();
});

test('the command palette, the shortcut list and the registry agree; commands run from the palette', async ({
  page,
  galley,
}) => {
  await openSample(page, galley.url);
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const search = palette.getByRole('combobox', { name: 'Search commands' });
  await expect(search).toBeFocused();
  const options = palette.getByRole('option');
  // Every command but the palette itself, each with its registry shortcut.
  await expect(options).toHaveCount(all.length - 1);
  for (const command of all.filter((c) => c.id !== 'command-palette')) {
    const option = palette.locator(`#palette-${command.id}`);
    await expect(option).toContainText(command.label);
    if (command.shortcut) await expect(option).toContainText(command.shortcut);
  }
  await search.fill('hist');
  await expect(options.first()).toHaveText(/History/);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'History' })).toBeVisible();

  // Arrow keys move through the list; Enter runs the chosen one.
  await page.keyboard.press('Control+Shift+P');
  await search.fill('keyboard');
  await page.keyboard.press('Enter');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const rows = shortcuts.getByRole('row');
  await expect(rows).toHaveCount(all.filter((c) => c.shortcut).length);
  for (const command of all.filter((c) => c.shortcut)) {
    await expect(
      shortcuts.getByRole('row', {
        name: new RegExp(`^${command.label.replace(/[.*+?^${}()|[\]\\…]/g, '\\$&')} `),
      }),
    ).toContainText(command.shortcut!);
  }
  await shortcuts.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('Control+Shift+P');
  await search.fill('zoom');
  await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('option', { selected: true })).toHaveText(/Zoom out/);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.documentElement.style.zoom)).toBe('1.1');
  // The zoom stays for the next session.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  expect(await page.evaluate(() => document.documentElement.style.zoom)).toBe('1.1');
  await page.keyboard.press('Control+0');
  await expect.poll(() => page.evaluate(() => document.documentElement.style.zoom)).toBe('1');
});

test('light and dark themes both pass axe, colour contrast included; focus mode shows only the text', async ({
  page,
  galley,
}) => {
  await openSample(page, galley.url);
  for (const theme of ['Light', 'Dark'] as const) {
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
    await saveSettings(dialog);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    await page.getByRole('button', { name: /^Suggestions/ }).click();
    await page.waitForTimeout(300);
    const result = await new AxeBuilder({ page }).analyze();
    const serious = result.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map(
        (v) =>
          `${theme}: ${v.id} ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`,
      ),
    ).toEqual([]);
    await page.getByRole('button', { name: /^Suggestions/ }).click();
  }
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('button', { name: 'New story' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Publish' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Story body' })).toBeVisible();
  await page.getByRole('button', { name: 'Exit focus mode' }).click();
  await expect(page.getByRole('button', { name: 'Publish' })).toBeVisible();
});

test('Print gives a newspaper proof: the PDF has the story and none of the window or notes', async ({
  page,
  galley,
}) => {
  // The browser's print dialog is replaced by Playwright's PDF of the print layout (headless
  // Chromium cannot print twice at once); the call itself is recorded.
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
  await openSample(page, galley.url);
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Alt+M');
  await page.keyboard.type(' CALL THE FERRY OFFICE');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/Saved/);
  const dir = await mkdtemp(join(tmpdir(), 'galley-print-'));
  try {
    for (const notes of [false, true]) {
      await page.getByText('More', { exact: true }).click();
      await page.getByRole('button', { name: notes ? 'Print with notes' : 'Print…' }).click();
      await expect(page.locator('.print-proof')).toHaveCount(1);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
        .toBe(notes ? 2 : 1);
      // The window drawn again while the proof shows (the headline edited, saved) prints
      // nothing more: one print per request.
      if (!notes) {
        await page.getByRole('textbox', { name: 'Headline' }).click();
        await page.keyboard.press('End');
        await page.keyboard.type('!');
        await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/Saved/);
        expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(
          1,
        );
      }
      const pdf = join(dir, `proof-${notes}.pdf`);
      await writeFile(pdf, await page.pdf({ format: 'Letter' }));
      const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-']);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Ferry authority adds a third boat');
      // Dateline and byline are set in small capitals, as a proof prints them.
      expect(flat).toMatch(/OAKLAND, CALIF\. — Commuters who cross the bay/i);
      expect(flat).toContain('Commuters who cross the bay');
      expect(flat).toMatch(/By Lena Hartwell/i);
      // Nothing of the window: no buttons, no library, no panels.
      expect(flat).not.toMatch(/Suggest changes|New story|Findings \(|Save status/);
      if (notes) expect(flat).toContain('CALL THE FERRY OFFICE');
      else expect(flat).not.toContain('CALL THE FERRY OFFICE');
    }
    // A page rendered to PNG, to look at.
    await run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      join(dir, 'proof-false.pdf'),
      join(dir, 'page'),
    ]);
    const png = join(dir, 'page-1.png');
    expect((await stat(png)).size).toBeGreaterThan(10_000);
    expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the library as a desk: filter by stage (status) and desk (section) with counts, sort, keep the filter, arrow keys', async ({
  page,
  galley,
}) => {
  await openSample(page, galley.url);
  await createStoryInUi(page);
  await page.getByRole('textbox', { name: 'Headline' }).fill('Aggies win the conference title');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('combobox', { name: 'Section' }).fill('Sports');
  await details.getByRole('combobox', { name: 'Status' }).selectOption('ready');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/Saved/);
  const library = page.getByRole('navigation', { name: 'Story library' });
  const stories = library.getByRole('list', { name: /Stories/ }).getByRole('button');
  await expect(stories).toHaveCount(2);
  const status = library.getByRole('combobox', { name: 'Stage' });
  await expect(status.locator('option', { hasText: 'ready (1)' })).toHaveCount(1);
  await expect(status.locator('option', { hasText: 'copy desk (1)' })).toHaveCount(1);
  await status.selectOption('ready');
  await expect(stories).toHaveCount(1);
  await expect(stories.first()).toContainText('Aggies win');
  await status.selectOption('');
  await library.getByRole('combobox', { name: 'Desk' }).selectOption('Metro');
  await expect(stories).toHaveCount(1);
  await expect(stories.first()).toContainText('Ferry authority');
  await library.getByRole('combobox', { name: 'Desk' }).selectOption('');
  await library.getByRole('combobox', { name: 'Sort stories' }).selectOption('headline');
  await expect(stories.first()).toContainText('Aggies win');
  // The view is kept across a reload; Down moves to the next story in the list.
  await page.reload();
  await expect(library.getByRole('combobox', { name: 'Sort stories' })).toHaveValue('headline');
  await stories.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(stories.nth(1)).toBeFocused();
});

test('a text file dropped on the window is imported and opened', async ({ page, galley }) => {
  await openSample(page, galley.url);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(
        ['Storm knocks out power\n\nCrews in Fresno worked through the night.'],
        'storm.txt',
        {
          type: 'text/plain',
        },
      ),
    );
    document
      .querySelector('.story-page')!
      .dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
  });
  await expect(page.getByRole('textbox', { name: 'Story body' })).toContainText(
    'Crews in Fresno worked through the night.',
  );
  await expect(page.getByRole('list', { name: /Stories/ }).getByRole('button')).toHaveCount(2);
});
