import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** A browser host started for one test, on its own temporary library. */
export interface RunningHost {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly library: string;
  readonly configDir: string;
  readonly stderr: () => string;
}

/** Starts `out/main/server.js` with a fresh library and waits for its address. */
export async function startHost(
  options: { library?: string; env?: Record<string, string> } = {},
): Promise<{ host: RunningHost; stop: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-e2e-'));
  const library = options.library ?? join(dir, 'library');
  const configDir = join(dir, 'config');
  const child: ChildProcess = spawn(process.execPath, ['out/main/server.js'], {
    env: {
      ...process.env,
      GALLEY_LIBRARY: library,
      GALLEY_CONFIG_DIR: configDir,
      GALLEY_QUIET: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`browser host did not start: ${errors}`)),
      15_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Galley is running at (\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`browser host exited with ${code}: ${errors}`)));
  });
  const parsed = new URL(url);
  const host: RunningHost = {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    library,
    configDir,
    stderr: () => errors,
  };
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  return { host, stop };
}

/** Playwright test with a `galley` fixture: a fresh browser host per test. */
export const test = base.extend<{ galley: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  galley: async ({}, use) => {
    const { host, stop } = await startHost();
    await use(host);
    await stop();
  },
});

export { expect } from '@playwright/test';

/** Clicks New story and waits until the new, empty story is the one on screen. */
export async function createStoryInUi(page: Page): Promise<void> {
  // Wait until the first listing has arrived: a story is open or the workspace says none is.
  await expect(page.getByRole('article').or(page.getByText('No story is open.'))).toBeVisible();
  const before = await page
    .getByRole('list', { name: /Stories/ })
    .getByRole('button')
    .count();
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('list', { name: /Stories/ }).getByRole('button')).toHaveCount(
    before + 1,
  );
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
}

/**
 * Selects the first occurrence of `text` inside the story body, as a mouse drag would. The
 * text may run across formatting and suggestion marks (several DOM text nodes) within a block.
 */
export async function selectInBody(page: Page, text: string): Promise<void> {
  // A render landing before slate-react has read a new selection puts its old one back on
  // the page (a known slate-react race the editor narrows with useFreshSelection; right after
  // a paste, a save's and a check's renders can still land in it): as a person would, the
  // words are selected again until the selection holds.
  for (let attempt = 0; attempt < 5; attempt++) {
    await selectOnce(page, text);
    // (selectOnce has waited for slate-react to read it: a render in that time shows here.)
    const held = await page.evaluate(
      (needle) => document.getSelection()?.toString().includes(needle) === true,
      text,
    );
    if (held) return;
  }
}

async function selectOnce(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Story body' }).evaluate((root, needle) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Text the editor draws but the story does not hold (markers, placeholders) is skipped.
      if (node.parentElement?.closest('[contenteditable="false"]')) continue;
      nodes.push(node as Text);
    }
    const whole = nodes.map((n) => n.data).join('');
    const at = whole.indexOf(needle);
    if (at < 0) throw new Error(`"${needle}" is not in the story body`);
    const locate = (offset: number, isEnd: boolean): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        const next = seen + node.data.length;
        if (offset < next || (isEnd && offset === next)) return [node, offset - seen];
        seen = next;
      }
      const last = nodes[nodes.length - 1]!;
      return [last, last.data.length];
    };
    const [startNode, startOffset] = locate(at, false);
    const [endNode, endOffset] = locate(at + needle.length, true);
    (root as HTMLElement).focus();
    document.getSelection()?.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
  }, text);
  // Slate picks up DOM selection changes asynchronously.
  await page.waitForTimeout(100);
}

/** Pastes clipboard data into the story body the way the browser does on Ctrl+V. */
export async function pasteIntoBody(page: Page, data: Record<string, string>): Promise<void> {
  await page.getByRole('textbox', { name: 'Story body' }).evaluate((root, entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    // Chromium delivers a rich paste to Slate as a beforeinput event carrying the data, and a
    // plain-text paste as a paste event; mirror both paths.
    const event =
      'text/html' in entries
        ? new InputEvent('beforeinput', {
            inputType: 'insertFromPaste',
            dataTransfer: transfer,
            bubbles: true,
            cancelable: true,
          })
        : new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
    root.dispatchEvent(event);
  }, data);
}

/** Opens a new story and puts the cursor in its empty body. */
export async function newStoryBody(page: Page): Promise<Locator> {
  await createStoryInUi(page);
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  return body;
}

/**
 * Clicks "Save settings" and waits for the dialog to close; when it stays open, the failure
 * names the dialog's own error (a host call that failed) instead of only "still visible".
 */
export async function saveSettings(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect
    .poll(async () =>
      (await dialog.isVisible())
        ? `open: ${(await dialog.getByRole('alert').allTextContents()).join(' ') || 'no error shown'}`
        : 'closed',
    )
    .toBe('closed');
}
