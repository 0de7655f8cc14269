import type { Story } from '../story';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { toNewsml } from './newsml';
import { toNinjs } from './ninjs';
import { toNitf } from './nitf';
import { toText } from './text';

/** Every export format. */
export const EXPORT_FORMATS = ['html', 'md', 'txt', 'nitf', 'newsml', 'ninjs'] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File extension for each format. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  html: 'html',
  md: 'md',
  txt: 'txt',
  nitf: 'xml',
  newsml: 'xml',
  ninjs: 'json',
};

function assertNever(value: never): never {
  throw new Error(`Unknown export format ${String(value)}`);
}

/** Exports a story; pure and deterministic (same story, same bytes). */
export function exportStory(story: Story, format: ExportFormat): string {
  switch (format) {
    case 'html':
      return toHtml(story);
    case 'md':
      return toMarkdown(story);
    case 'txt':
      return toText(story);
    case 'nitf':
      return toNitf(story);
    case 'newsml':
      return toNewsml(story);
    case 'ninjs':
      return toNinjs(story);
    default:
      return assertNever(format);
  }
}
