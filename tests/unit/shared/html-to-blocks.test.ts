import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHtml } from '../../../main/library/import-story';
import { htmlToBlocks } from '../../../shared/html-to-blocks';
import { blockText } from '../../../shared/story';
import type { StoryBlock } from '../../../shared/story';

const fixture = (name: string): string => readFileSync(`tests/fixtures/paste/${name}`, 'utf8');
const map = (html: string): StoryBlock[] => fromHtml(html, 'fallback').body;

describe('HTML mapping (paste and import)', () => {
  it('maps Word HTML: paragraphs, italics, list bullets dropped, empty paragraphs gone', () => {
    const blocks = map(fixture('word.html'));
    expect(blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'bulleted-list',
      'paragraph',
    ]);
    expect(blocks[0]?.children).toEqual([
      { text: 'Harbor dredging to begin in March', bold: true },
    ]);
    expect(blocks[1]?.children).toContainEqual({ text: 'long-delayed', italic: true });
    expect(blockText(blocks[2]!)).toBe('Cost: $41 million\nLength: 14 months');
    expect(blockText(blocks[3]!)).toBe('Commissioner Alma Reyes called it “overdue.”');
    expect(JSON.stringify(blocks)).not.toMatch(/Calibri|mso|·|o:p/);
  });

  it('maps Google Docs HTML: the bold wrapper is not bold, styles carry bold and italic, links kept', () => {
    const blocks = map(fixture('gdocs.html'));
    expect(blocks[0]).toEqual({ type: 'heading-one', children: [{ text: 'Council delays vote' }] });
    const para = blocks[1]!;
    expect(para.children).toEqual([
      { text: 'The council postponed the ' },
      { text: 'zoning', bold: true },
      { text: ' vote', italic: true },
      { text: ' until ' },
      { type: 'link', url: 'https://example.org/agenda', children: [{ text: 'next month' }] },
      { text: '.' },
    ]);
    expect(blocks[2]?.type).toBe('bulleted-list');
    expect(blockText(blocks[2]!)).toBe('Two members absent\nPublic comment closed');
  });

  it('maps a web page: no scripts, handlers, iframes, javascript: links or tracking pixels', () => {
    const blocks = map(fixture('web.html'));
    const json = JSON.stringify(blocks);
    for (const bad of [
      'track',
      'steal',
      'javascript',
      'alert',
      'onmouseover',
      'ads.example',
      'pixel.example',
      'color:red',
      'Georgia',
    ])
      expect(json).not.toContain(bad);
    expect(blocks.map((b) => b.type)).toEqual([
      'heading-one',
      'paragraph',
      'paragraph',
      'image',
      'blockquote',
      'section-break',
      'numbered-list',
    ]);
    expect(blockText(blocks[1]!)).toBe(
      'The Eastside branch reopened Monday after a two-year renovation.',
    );
    expect(blocks[1]?.children.some((c) => 'type' in c)).toBe(false);
    expect(blocks[2]?.children).toContainEqual({
      type: 'link',
      url: 'https://library.example.org/eastside',
      children: [{ text: 'Hours' }],
    });
    expect(blocks[3]).toMatchObject({
      type: 'image',
      src: 'https://cdn.example.org/branch.jpg',
      alt: 'The renovated reading room',
      caption: 'The renovated reading room.',
    });
  });

  it('keeps strikethrough and maps h3 to a subheading, straight from a tree', () => {
    const { blocks, headline } = htmlToBlocks([
      { kind: 'element', tag: 'h1', attrs: {}, children: [{ kind: 'text', text: 'Top' }] },
      { kind: 'element', tag: 'h3', attrs: {}, children: [{ kind: 'text', text: 'Sub' }] },
      {
        kind: 'element',
        tag: 'p',
        attrs: {},
        children: [
          { kind: 'element', tag: 's', attrs: {}, children: [{ kind: 'text', text: 'gone' }] },
        ],
      },
    ]);
    expect(headline).toBe('Top');
    expect(blocks).toEqual([
      { type: 'heading-two', children: [{ text: 'Sub' }] },
      { type: 'paragraph', children: [{ text: 'gone', strikethrough: true }] },
    ]);
  });
});
