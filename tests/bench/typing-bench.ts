import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { blockText } from '../../shared/story';
import type { Story, StoryBlock, StoryText } from '../../shared/story';
import type { StoryComment } from '../../shared/review/comments';
import { startHost } from '../helpers/browser-host';
import { findChromium } from '../helpers/chromium';
import { newsLikeStory } from '../helpers/story-builders';
import { percentile, round } from './measure';

const KEYSTROKES = 120;
const SIZES: ReadonlyArray<[string, number, 'suggesting'?]> = [
  ['1k', 1_000],
  ['20k', 20_000],
  ['100k', 100_000],
  // Suggestion mode on a 20k-word story carrying 200 open suggestions and 50 comments.
  ['20k.suggesting', 20_000, 'suggesting'],
];

// Records keydown → next animation frame for every key, in the page itself.
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[] };
    w.__latencies = [];
    window.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => w.__latencies.push(performance.now() - start));
      },
      true,
    );
  });
}

async function typeAndMeasure(page: Page): Promise<number[]> {
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(i % 6 === 5 ? 'Space' : 'KeyE');
    await page.waitForFunction(
      (n) => (window as unknown as { __latencies: number[] }).__latencies.length >= n,
      i + 1,
    );
  }
  const all = await page.evaluate(
    () => (window as unknown as { __latencies: number[] }).__latencies,
  );
  return all.slice(10); // the first keystrokes warm up the JIT and caches
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function api(page: Page, token: string, name: string, args: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ token: t, name: n, args: a }) => {
      const response = await fetch(`/api/${n}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${t}` },
        body: JSON.stringify(a),
      });
      return ((await response.json()) as { result: unknown }).result;
    },
    { token, name, args },
  );
}

/**
 * The same body with review marks spread through it: `suggestions` insertions and deletions
 * (alternating, two authors) and `comments` comment anchors, plus the comment list.
 */
export function withReview(
  body: ReadonlyArray<StoryBlock>,
  suggestions: number,
  comments: number,
): { body: StoryBlock[]; comments: StoryComment[] } {
  const at = new Date().toISOString();
  const out = [...body];
  const list: StoryComment[] = [];
  const marked = suggestions + comments;
  const step = Math.max(1, Math.floor(out.length / marked));
  for (let n = 0; n < marked; n++) {
    // Block 0 is where the bench types: it stays as it was.
    const index = 1 + ((n * step) % (out.length - 1));
    const block = out[index];
    if (!block || block.type !== 'paragraph') continue;
    const text = blockText(block);
    const cut = text.indexOf(' ', Math.floor(text.length / 2));
    if (cut < 0) continue;
    const end = text.indexOf(' ', cut + 1) > 0 ? text.indexOf(' ', cut + 1) : text.length;
    const middle: StoryText =
      n < suggestions
        ? n % 2 === 0
          ? { text: text.slice(cut, end), ins: { id: `s-${n}`, author: 'Ben Okafor', at } }
          : { text: text.slice(cut, end), del: { id: `s-${n}`, author: 'Rosa Diaz', at } }
        : { text: text.slice(cut, end), comments: [`c-${n}`] };
    if (n >= suggestions)
      list.push({
        id: `c-${n}`,
        author: 'Ana Ruiz',
        at,
        text: 'Check this figure with the county.',
        anchor: { kind: 'body' },
        quote: middle.text,
        replies: [],
      });
    out[index] = {
      type: 'paragraph',
      children: [{ text: text.slice(0, cut) }, middle, { text: text.slice(end) || ' ' }],
    };
  }
  return { body: out, comments: list };
}

/** typing.* metrics: Galley's editor next to a bare contenteditable with the same text. */
export async function typingBench(): Promise<Record<string, number>> {
  const { host, stop } = await startHost();
  const found = await findChromium();
  const browser = await chromium.launch({ executablePath: found.path, args: [...found.args] });
  const results: Record<string, number> = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('textbox', { name: 'Headline' }).waitFor();
    for (const [label, words, mode] of SIZES) {
      const source = newsLikeStory(words, words);
      const review = mode === 'suggesting' ? withReview(source.body, 200, 50) : undefined;
      const created = (await api(page, host.token, 'createStory', {
        headline: `Bench ${label}`,
      })) as Story;
      await api(page, host.token, 'saveStory', {
        story: { ...created, body: review?.body ?? source.body, comments: review?.comments ?? [] },
      });

      // Galley: open the story, put the cursor at the end of the first paragraph, type.
      await page.reload();
      await page.getByRole('button', { name: new RegExp(`^Bench ${label}`) }).click();
      await page.getByRole('textbox', { name: 'Headline' }).waitFor();
      await page.waitForFunction(
        (h) => (document.getElementById('field-headline') as HTMLInputElement | null)?.value === h,
        `Bench ${label}`,
      );
      const body = page.getByRole('textbox', { name: 'Story body' });
      if (mode === 'suggesting') {
        await page.getByRole('button', { name: 'Suggest changes' }).click();
        await page.getByRole('button', { name: 'Suggestions (200)' }).waitFor();
      }
      await body.locator('p').first().click();
      await page.keyboard.press('End');
      await installProbe(page);
      const galley = await typeAndMeasure(page);

      // Baseline: a bare contenteditable holding the same paragraphs, in the same browser.
      const bare = await context.newPage();
      const html = (review?.body ?? source.body)
        .map((block) => `<p>${escapeHtml(blockText(block))}</p>`)
        .join('');
      await bare.setContent(
        `<!doctype html><html><body><div contenteditable="true" style="max-width:50rem;font:18px serif">${html}</div></body></html>`,
      );
      await bare.locator('p').first().click();
      await bare.keyboard.press('End');
      await installProbe(bare);
      const baseline = await typeAndMeasure(bare);
      await bare.close();

      results[`typing.p50_ms.${label}`] = round(percentile(galley, 50));
      results[`typing.p95_ms.${label}`] = round(percentile(galley, 95));
      results[`typing.bare_p95_ms.${label}`] = round(percentile(baseline, 95));
      results[`typing.ratio_p95.${label}`] = round(
        percentile(galley, 95) / Math.max(percentile(baseline, 95), 0.001),
      );
    }
    // Pasting 1 MB of plain text: the longest main-thread task it causes.
    const created = (await api(page, host.token, 'createStory', {
      headline: 'Bench paste',
    })) as Story;
    await page.reload();
    await page.getByRole('button', { name: /^Bench paste/ }).click();
    await page.waitForFunction(
      () =>
        (document.getElementById('field-headline') as HTMLInputElement | null)?.value ===
        'Bench paste',
    );
    await page.getByRole('textbox', { name: 'Story body' }).click();
    void created;
    const paste = await page.evaluate(async () => {
      const paragraph =
        'The harbor commission met for three hours on Tuesday night to hear from residents. '.repeat(
          5,
        );
      const text = Array.from({ length: 2600 }, (_, i) => `${i} ${paragraph}`).join('\n\n');
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => longTasks.push(entry.duration)),
      );
      observer.observe({ entryTypes: ['longtask'] });
      const transfer = new DataTransfer();
      transfer.setData('text/plain', text);
      const start = performance.now();
      document
        .querySelector('[aria-label="Story body"]')!
        .dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
        );
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const toFrame = performance.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 500));
      observer.disconnect();
      return { bytes: text.length, toFrame, longest: Math.max(0, ...longTasks) };
    });
    results['paste.1mb_to_frame_ms'] = round(paste.toFrame);
    results['paste.1mb_longest_task_ms'] = round(paste.longest);
    results['paste.bytes'] = paste.bytes;
    await context.close();
  } finally {
    await browser.close();
    await stop();
  }
  return results;
}
