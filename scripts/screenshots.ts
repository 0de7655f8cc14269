// `npm run screenshots`: PNGs of the main screens, from the browser host, into docs/screenshots/.
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { selectInBody, startHost } from '../tests/helpers/browser-host';
import { findChromium } from '../tests/helpers/chromium';

const OUT = 'docs/screenshots';

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  process.stdout.write(`${OUT}/${name}.png\n`);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const { host, stop } = await startHost();
  const found = await findChromium();
  const browser = await chromium.launch({ executablePath: found.path, args: [...found.args] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx keeps function names with a helper the page does not have; give it one.
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(host.url);
    const body = page.getByRole('textbox', { name: 'Story body' });
    await body.waitFor();
    await page.getByRole('button', { name: /^Findings \(/ }).waitFor();
    await page.waitForTimeout(1500); // the checker's first pass
    await shot(page, 'editor-details');
    await page.getByRole('button', { name: /^Findings \(/ }).click();
    await shot(page, 'editor-findings');
    await page.getByRole('button', { name: 'Suggest changes' }).click();
    await selectInBody(page, 'Oaklan');
    await page.keyboard.type('Oakland');
    await page.getByRole('button', { name: /^Suggestions \(/ }).click();
    await shot(page, 'suggestions');
    // Comments sit in the margin beside the words they are about.
    const comments = page.getByRole('complementary', { name: 'Comments' });
    for (const [words, note] of [
      ['Teodora Villanueva', 'Check her title with the authority: chair or vice chair?'],
      ['aging terminal', 'Which terminal? Name it for readers outside Oakland.'],
    ]) {
      await selectInBody(page, words!);
      await page.keyboard.press('Control+Alt+c');
      await comments.getByRole('textbox', { name: 'New comment' }).fill(note!);
      await comments.getByRole('button', { name: 'Post comment' }).click();
    }
    await shot(page, 'comments');
    await page.getByRole('button', { name: 'History' }).click();
    await page
      .getByRole('complementary', { name: 'History' })
      .getByRole('button', { name: 'Save version' })
      .click();
    await shot(page, 'history');
    await page.getByRole('button', { name: 'Publish' }).click();
    await shot(page, 'publish-dialog');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('the');
    await shot(page, 'command-palette');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+L');
    await page.getByRole('button', { name: 'Details' }).click();
    await shot(page, 'dark-theme');
  } finally {
    await browser.close();
    await stop();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`screenshots failed: ${String(error)}\n`);
  process.exitCode = 1;
});
