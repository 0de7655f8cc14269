import { describe, expect, it } from 'vitest';
import { importStoryText, sanitizeStoryHtml } from '../../../main/library/import-story';
import { blockText } from '../../../shared/story';

describe('importStoryText', () => {
  it('splits plain text on blank lines and takes a short first line as the headline', () => {
    const result = importStoryText(
      'brief.txt',
      'Fire closes bridge\n\nA fire closed the bridge\non Tuesday.\n\nNo one was hurt.\n',
    );
    expect(result.headline).toBe('Fire closes bridge');
    expect(result.body.map(blockText)).toEqual([
      'A fire closed the bridge on Tuesday.',
      'No one was hurt.',
    ]);
  });

  it('uses the file name when the first paragraph is a sentence', () => {
    const result = importStoryText('storm_update.txt', 'The storm hit at noon.\n\nPower is out.');
    expect(result.headline).toBe('storm update');
    expect(result.body).toHaveLength(2);
  });

  it('maps Markdown headings, emphasis and paragraphs', () => {
    const result = importStoryText(
      'a.md',
      '# Headline here\n\n## Background\n\nSome *italic* and **bold** text.\n\n- one\n- two\n',
    );
    expect(result.headline).toBe('Headline here');
    expect(result.body[0]).toEqual({ type: 'heading-one', children: [{ text: 'Background' }] });
    expect(result.body[1]?.children).toEqual([
      { text: 'Some ' },
      { text: 'italic', italic: true },
      { text: ' and ' },
      { text: 'bold', bold: true },
      { text: ' text.' },
    ]);
    expect(result.body[2]?.type).toBe('bulleted-list');
    expect(result.body.slice(2).map(blockText)).toEqual(['one\ntwo']);
  });

  it('removes scripts, handlers, iframes, styles and javascript: links from HTML', () => {
    const html = `<html><head><title>Page title</title><style>p{color:red}</style><script>alert(1)</script></head>
      <body><p onclick="steal()">Safe <a href="javascript:alert(2)">link</a> text</p>
      <iframe src="https://evil.example"></iframe><img src=x onerror="alert(3)">
      <p style="color:red">Second <b>bold</b></p><p>   </p><script>document.cookie</script></body></html>`;
    const result = importStoryText('page.html', html);
    const serialized = JSON.stringify(result);
    for (const bad of [
      'alert',
      'steal',
      'javascript',
      'iframe',
      'onerror',
      'color:red',
      'cookie',
      'evil',
    ])
      expect(serialized).not.toContain(bad);
    expect(result.headline).toBe('Page title');
    expect(result.body.map(blockText)).toEqual(['Safe link text', 'Second bold']);
  });

  it('decodes entities and keeps h1 as headline over the title', () => {
    const result = importStoryText(
      'x.html',
      '<title>T</title><h1>Fish &amp; chips &lt;cheap&gt;</h1><p>Caf&eacute; &ldquo;open&rdquo;</p>',
    );
    expect(result.headline).toBe('Fish & chips <cheap>');
    expect(blockText(result.body[0]!)).toBe('Café “open”');
  });

  it('refuses file types it cannot read', () => {
    expect(() => importStoryText('photo.jpg', 'xx')).toThrow(/can import \.txt, \.md and \.html/);
  });

  it('gives an empty file one empty paragraph', () => {
    expect(importStoryText('empty.txt', '').body).toEqual([
      { type: 'paragraph', children: [{ text: '' }] },
    ]);
  });

  it('sanitizer output has no attributes at all', () => {
    expect(sanitizeStoryHtml('<p class="x" data-a="1" style="y">t</p>')).toBe('<p>t</p>');
  });
});
