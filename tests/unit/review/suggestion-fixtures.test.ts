import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Transforms } from 'slate';
import type { Descendant, Range } from 'slate';
import { withHistory, HistoryEditor } from 'slate-history';
import { withStorySchema } from '../../../renderer/editor/with-story-schema';
import { withPaste } from '../../../renderer/editor/with-paste';
import { resolveSuggestions, withSuggestions } from '../../../renderer/editor/with-suggestions';
import { StoryEditor } from '../../../renderer/editor/story-editor';
import type { ImageElement, StoryBlock } from '../../../shared/story';

// Each case: a document with a selection, one operation, and the expected document. Suggestion
// ids are random and times are now, so they are renamed #1, #2… in order of first appearance
// and times dropped before comparing; authors are kept.

const T = '2026-11-01T10:00:00.000Z';
const mark = (id: string, author: string) => ({ id, author, at: T });

function makeEditor(body: unknown[], selection: Range, author = 'Rosa Diaz'): Editor {
  const editor = withSuggestions(withPaste(withStorySchema(withHistory(createEditor()))));
  editor.children = body as Descendant[];
  editor.selection = selection;
  editor.suggesting = true;
  editor.reviewAuthor = () => author;
  return editor;
}

function normalize(value: unknown): unknown {
  const ids = new Map<string, string>();
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(v)) {
        if (key === 'at' && typeof inner === 'string') continue;
        if (key === 'id' && typeof inner === 'string') {
          if (!ids.has(inner)) ids.set(inner, `#${ids.size + 1}`);
          out[key] = ids.get(inner);
        } else out[key] = walk(inner);
      }
      return out;
    }
    return v;
  };
  return walk(value);
}

const at = (path: number[], offset: number): Range => ({
  anchor: { path, offset },
  focus: { path, offset },
});
const span = (path: number[], from: number, to: number, toPath = path): Range => ({
  anchor: { path, offset: from },
  focus: { path: toPath, offset: to },
});
const p = (...children: unknown[]) => ({ type: 'paragraph', children });
const ROSA = { author: 'Rosa Diaz' };
const ins = (id = '#1', author = ROSA.author) => ({ id, author });
const del = ins;

const PICTURE: ImageElement = {
  type: 'image',
  src: 'https://example.com/levee.jpg',
  alt: 'Sandbags on the levee',
  caption: 'Crews worked overnight.',
  credit: '',
  children: [{ text: '' }],
};
const LINK = (url: string, linkChange?: unknown) => ({
  type: 'link',
  url,
  ...(linkChange ? { linkChange } : {}),
  children: [{ text: 'report' }],
});
const SECTION_BREAK = {
  type: 'section-break' as const,
  children: [{ text: '' as const }] as [{ text: '' }],
};

function typeText(editor: Editor, text: string): void {
  for (const ch of text) Editor.insertText(editor, ch);
}

interface Case {
  readonly name: string;
  readonly input: unknown[];
  readonly selection: Range;
  readonly run: (editor: Editor) => void;
  readonly expected: unknown[];
  readonly author?: string;
}

const CASES: ReadonlyArray<Case> = [
  {
    name: 'typing is recorded as an insertion credited to the author',
    input: [p({ text: 'Fire in Oakland.' })],
    selection: at([0, 0], 8),
    run: (e) => typeText(e, 'east '),
    expected: [p({ text: 'Fire in ' }, { text: 'east ', ins: ins() }, { text: 'Oakland.' })],
  },
  {
    name: 'typing next to your own open insertion extends it',
    input: [
      p(
        { text: 'Fire in ' },
        { text: 'east', ins: mark('s-own', 'Rosa Diaz') },
        { text: ' Oakland.' },
      ),
    ],
    selection: at([0, 1], 4),
    run: (e) => typeText(e, 'ern'),
    expected: [p({ text: 'Fire in ' }, { text: 'eastern', ins: ins() }, { text: ' Oakland.' })],
  },
  {
    name: "typing inside someone else's insertion makes your own on top of it",
    input: [
      p(
        { text: 'Fire in ' },
        { text: 'east', ins: mark('s-ben', 'Ben Okafor') },
        { text: ' Oakland.' },
      ),
    ],
    selection: at([0, 1], 2),
    run: (e) => typeText(e, 'XX'),
    expected: [
      p(
        { text: 'Fire in ' },
        { text: 'ea', ins: ins('#1', 'Ben Okafor') },
        { text: 'XX', ins: ins('#2') },
        { text: 'st', ins: ins('#1', 'Ben Okafor') },
        { text: ' Oakland.' },
      ),
    ],
  },
  {
    name: 'Backspace strikes letters instead of removing them, as one suggestion',
    input: [p({ text: 'The Oaklan fire.' })],
    selection: at([0, 0], 10),
    run: (e) => {
      e.deleteBackward('character');
      e.deleteBackward('character');
    },
    expected: [p({ text: 'The Oakl' }, { text: 'an', del: del() }, { text: ' fire.' })],
  },
  {
    name: 'deleting inside your own insertion removes those letters outright',
    input: [
      p(
        { text: 'Fire in ' },
        { text: 'eastt', ins: mark('s-own', 'Rosa Diaz') },
        { text: ' Oakland.' },
      ),
    ],
    selection: at([0, 1], 5),
    run: (e) => e.deleteBackward('character'),
    expected: [p({ text: 'Fire in ' }, { text: 'east', ins: ins() }, { text: ' Oakland.' })],
  },
  {
    name: "deleting someone else's insertion puts your deletion on top",
    input: [
      p(
        { text: 'Fire in ' },
        { text: 'east', ins: mark('s-ben', 'Ben Okafor') },
        { text: ' Oakland.' },
      ),
    ],
    selection: span([0, 1], 0, 4),
    run: (e) => e.deleteFragment(),
    expected: [
      p(
        { text: 'Fire in ' },
        { text: 'east', ins: ins('#1', 'Ben Okafor'), del: del('#2') },
        { text: ' Oakland.' },
      ),
    ],
  },
  {
    name: 'select and type is a replacement: deletion and insertion share one id',
    input: [p({ text: 'The Oaklan fire.' })],
    selection: span([0, 0], 4, 10),
    run: (e) => typeText(e, 'Oakland'),
    expected: [
      p(
        { text: 'The ' },
        { text: 'Oaklan', del: del() },
        { text: 'Oakland', ins: ins() },
        { text: ' fire.' },
      ),
    ],
  },
  {
    name: 'Enter suggests a split: the new paragraph is marked',
    input: [p({ text: 'First part. Second part.' })],
    selection: at([0, 0], 12),
    run: (e) => e.insertBreak(),
    expected: [
      p({ text: 'First part. ' }),
      {
        type: 'paragraph',
        change: { ...ins(), kind: 'split' },
        children: [{ text: 'Second part.' }],
      },
    ],
  },
  {
    name: 'splitting inside an insertion keeps both halves inserted',
    input: [
      p({ text: 'A ' }, { text: 'new line', ins: mark('s-own', 'Rosa Diaz') }, { text: ' here.' }),
    ],
    selection: at([0, 1], 3),
    run: (e) => e.insertBreak(),
    expected: [
      p({ text: 'A ' }, { text: 'new', ins: ins() }),
      {
        type: 'paragraph',
        change: { ...ins(), kind: 'split' },
        children: [{ text: ' line', ins: ins() }, { text: ' here.' }],
      },
    ],
  },
  {
    name: 'Backspace at the start of a paragraph suggests joining it to the one before',
    input: [p({ text: 'One.' }), p({ text: 'Two.' })],
    selection: at([1, 0], 0),
    run: (e) => e.deleteBackward('character'),
    expected: [
      p({ text: 'One.' }),
      { type: 'paragraph', change: { ...ins(), kind: 'join' }, children: [{ text: 'Two.' }] },
    ],
  },
  {
    name: 'a deletion across paragraphs strikes the text and joins what is left',
    input: [p({ text: 'Keep this. Drop' }), p({ text: 'that. Keep.' })],
    selection: span([0, 0], 11, 6, [1, 0]),
    run: (e) => e.deleteFragment(),
    expected: [
      p({ text: 'Keep this. ' }, { text: 'Drop', del: del() }),
      {
        type: 'paragraph',
        change: { ...ins(), kind: 'join' },
        children: [{ text: 'that. ', del: del() }, { text: 'Keep.' }],
      },
    ],
  },
  {
    name: 'Backspace after a picture suggests removing the picture',
    input: [
      p({ text: 'Before.' }),
      {
        type: 'image',
        src: 'https://example.com/a.jpg',
        alt: 'A',
        caption: 'Cap',
        credit: '',
        children: [{ text: '' }],
      },
      p({ text: 'After.' }),
    ],
    selection: at([2, 0], 0),
    run: (e) => e.deleteBackward('character'),
    expected: [
      p({ text: 'Before.' }),
      {
        type: 'image',
        src: 'https://example.com/a.jpg',
        alt: 'A',
        caption: 'Cap',
        credit: '',
        change: { ...ins(), kind: 'remove' },
        children: [{ text: '' }],
      },
      p({ text: 'After.' }),
    ],
  },
  {
    name: 'Bold while suggesting is a format suggestion that remembers the old formats',
    input: [p({ text: 'A big fire.' })],
    selection: span([0, 0], 2, 5),
    run: (e) => StoryEditor.toggleMark(e, 'bold'),
    expected: [
      p(
        { text: 'A ' },
        { text: 'big', bold: true, fmt: { ...ins(), old: {} } },
        { text: ' fire.' },
      ),
    ],
  },
  {
    name: 'making a heading records the old type',
    input: [p({ text: 'Aftermath' })],
    selection: at([0, 0], 3),
    run: (e) => StoryEditor.toggleBlock(e, 'heading-one'),
    expected: [
      {
        type: 'heading-one',
        change: { ...ins(), kind: 'type', oldType: 'paragraph' },
        children: [{ text: 'Aftermath' }],
      },
    ],
  },
  {
    name: 'making it a paragraph again closes the suggestion',
    input: [
      {
        type: 'heading-one',
        change: { ...mark('s-own', 'Rosa Diaz'), kind: 'type', oldType: 'paragraph' },
        children: [{ text: 'Aftermath' }],
      },
    ],
    selection: at([0, 0], 3),
    run: (e) => StoryEditor.toggleBlock(e, 'heading-one'),
    expected: [p({ text: 'Aftermath' })],
  },
  {
    name: 'accepting a deletion next to a picture removes only the text',
    input: [
      p({ text: 'Caption here ' }, { text: 'gone', del: mark('s-1', 'Ben Okafor') }),
      {
        type: 'image',
        src: 'https://example.com/a.jpg',
        alt: 'A',
        caption: 'Cap',
        credit: '',
        children: [{ text: '' }],
      },
    ],
    selection: at([0, 0], 0),
    run: (e) => resolveSuggestions(e, (m) => m.id === 's-1', 'accept'),
    expected: [
      p({ text: 'Caption here ' }),
      {
        type: 'image',
        src: 'https://example.com/a.jpg',
        alt: 'A',
        caption: 'Cap',
        credit: '',
        children: [{ text: '' }],
      },
    ],
  },
  {
    name: 'rejecting a replacement restores the old word',
    input: [
      p(
        { text: 'The ' },
        { text: 'Oaklan', del: mark('s-1', 'Ben Okafor') },
        { text: 'Oakland', ins: mark('s-1', 'Ben Okafor') },
        { text: ' fire.' },
      ),
    ],
    selection: at([0, 0], 0),
    run: (e) => resolveSuggestions(e, (m) => m.id === 's-1', 'reject'),
    expected: [p({ text: 'The Oaklan fire.' })],
  },
  {
    name: 'accepting a join merges the paragraphs; rejecting a split merges them back',
    input: [
      p({ text: 'One. ' }),
      {
        type: 'paragraph',
        change: { ...mark('s-1', 'Ben Okafor'), kind: 'join' },
        children: [{ text: 'Two. ' }],
      },
      {
        type: 'paragraph',
        change: { ...mark('s-2', 'Ben Okafor'), kind: 'split' },
        children: [{ text: 'Three.' }],
      },
    ],
    selection: at([0, 0], 0),
    run: (e) => {
      resolveSuggestions(e, (m) => m.id === 's-1', 'accept');
      resolveSuggestions(e, (m) => m.id === 's-2', 'reject');
    },
    expected: [p({ text: 'One. Two. Three.' })],
  },
  {
    name: 'rejecting a format suggestion restores the old formats',
    input: [
      p(
        { text: 'A ' },
        { text: 'big', bold: true, fmt: { ...mark('s-1', 'Ben Okafor'), old: { italic: true } } },
        { text: ' fire.' },
      ),
    ],
    selection: at([0, 0], 0),
    run: (e) => resolveSuggestions(e, () => true, 'reject'),
    expected: [p({ text: 'A ' }, { text: 'big', italic: true }, { text: ' fire.' })],
  },
  {
    name: 'rejecting a list made from paragraphs gives the paragraphs back',
    input: [p({ text: 'Item one' }), p({ text: 'Item two' })],
    selection: span([0, 0], 0, 3, [1, 0]),
    run: (e) => {
      StoryEditor.toggleBlock(e, 'bulleted-list');
      resolveSuggestions(e, () => true, 'reject');
    },
    expected: [p({ text: 'Item one' }), p({ text: 'Item two' })],
  },
  {
    name: 'inserting a picture while suggesting is one suggested insertion with its paragraph',
    input: [p({ text: 'Before.' }), p({ text: '' })],
    selection: at([1, 0], 0),
    run: (e) => StoryEditor.insertVoid(e, PICTURE),
    expected: [
      p({ text: 'Before.' }),
      p({ text: '' }),
      { ...PICTURE, change: { ...ins(), kind: 'insert' } },
      { type: 'paragraph', change: { ...ins(), kind: 'insert' }, children: [{ text: '' }] },
    ],
  },
  {
    name: 'rejecting a suggested picture takes it and its paragraph away; accepting keeps them',
    input: [p({ text: 'Before.' }), p({ text: '' })],
    selection: at([1, 0], 0),
    run: (e) => {
      StoryEditor.insertVoid(e, PICTURE);
      resolveSuggestions(e, () => true, 'reject');
      StoryEditor.insertVoid(e, SECTION_BREAK);
      resolveSuggestions(e, () => true, 'accept');
    },
    expected: [p({ text: 'Before.' }), p({ text: '' }), SECTION_BREAK, p({ text: '' })],
  },
  {
    name: 'deleting one’s own suggested picture removes it outright; another’s is marked',
    input: [
      p({ text: 'Before.' }),
      { ...PICTURE, change: { ...mark('s-1', 'Rosa Diaz'), kind: 'insert' } },
      p({ text: 'After.' }),
      { ...PICTURE, change: { ...mark('s-2', 'Ben Okafor'), kind: 'insert' } },
      p({ text: 'End.' }),
    ],
    selection: at([2, 0], 0),
    run: (e) => {
      e.deleteBackward('character');
      Transforms.select(e, at([3, 0], 0));
      e.deleteBackward('character');
    },
    expected: [
      p({ text: 'Before.' }),
      p({ text: 'After.' }),
      { ...PICTURE, change: { ...mark('s-2', 'Ben Okafor'), kind: 'insert' } },
      p({ text: 'End.' }),
    ],
  },
  {
    name: 'linking words while suggesting records a suggested link',
    input: [p({ text: 'Read the report.' })],
    selection: span([0, 0], 9, 15),
    run: (e) => StoryEditor.setLink(e, 'https://example.com/report'),
    expected: [
      p(
        { text: 'Read the ' },
        {
          type: 'link',
          url: 'https://example.com/report',
          linkChange: { ...ins(), kind: 'add' },
          children: [{ text: 'report' }],
        },
        { text: '.' },
      ),
    ],
  },
  {
    name: 'rejecting a suggested link keeps the words; a new address rejected goes back',
    input: [
      p(
        { text: 'Read the ' },
        LINK('https://example.com/report', { ...mark('s-1', 'Ben Okafor'), kind: 'add' }),
        { text: ' and ' },
        LINK('https://example.com/new', {
          ...mark('s-2', 'Ben Okafor'),
          kind: 'edit',
          oldUrl: 'https://example.com/old',
        }),
        { text: '.' },
      ),
    ],
    selection: at([0, 0], 0),
    run: (e) => resolveSuggestions(e, () => true, 'reject'),
    expected: [
      p(
        { text: 'Read the report and ' },
        { type: 'link', url: 'https://example.com/old', children: [{ text: 'report' }] },
        { text: '.' },
      ),
    ],
  },
  {
    name: 'a new address and a removal on another’s links are suggestions; accepting applies them',
    input: [
      p(
        { text: 'See ' },
        LINK('https://example.com/a'),
        { text: ' and ' },
        LINK('https://example.com/b'),
        { text: '.' },
      ),
    ],
    selection: at([0, 1, 0], 2),
    run: (e) => {
      StoryEditor.setLink(e, 'https://example.com/a2');
      Transforms.select(e, at([0, 3, 0], 2));
      StoryEditor.removeLink(e);
      resolveSuggestions(e, () => true, 'accept');
    },
    expected: [
      p(
        { text: 'See ' },
        { type: 'link', url: 'https://example.com/a2', children: [{ text: 'report' }] },
        { text: ' and report.' },
      ),
    ],
  },
  {
    name: 'a new address keeps the old one to go back to; removing another’s link is marked',
    input: [
      p(
        { text: 'See ' },
        LINK('https://example.com/a'),
        { text: ' and ' },
        LINK('https://example.com/b'),
        { text: '.' },
      ),
    ],
    selection: at([0, 1, 0], 2),
    run: (e) => {
      StoryEditor.setLink(e, 'https://example.com/a2');
      Transforms.select(e, at([0, 3, 0], 2));
      StoryEditor.removeLink(e);
    },
    expected: [
      p(
        { text: 'See ' },
        LINK('https://example.com/a2', {
          ...ins('#1'),
          kind: 'edit',
          oldUrl: 'https://example.com/a',
        }),
        { text: ' and ' },
        LINK('https://example.com/b', { ...ins('#2'), kind: 'remove' }),
        { text: '.' },
      ),
    ],
  },
  {
    name: 'removing one’s own suggested link takes it away outright',
    input: [
      p(
        { text: 'See ' },
        LINK('https://example.com/a', { ...mark('s-1', 'Rosa Diaz'), kind: 'add' }),
        { text: '.' },
      ),
    ],
    selection: at([0, 1, 0], 2),
    run: (e) => StoryEditor.removeLink(e),
    expected: [p({ text: 'See report.' })],
  },
  {
    name: 'a list item made a paragraph and rejected goes back into its numbered list',
    input: [
      {
        type: 'numbered-list',
        children: [
          { type: 'list-item', children: [{ text: 'Sandbags' }] },
          { type: 'list-item', children: [{ text: 'Pumps' }] },
          { type: 'list-item', children: [{ text: 'Generators' }] },
        ],
      },
    ],
    selection: at([0, 1, 0], 2),
    run: (e) => {
      StoryEditor.toggleBlock(e, 'numbered-list');
      resolveSuggestions(e, () => true, 'reject');
    },
    expected: [
      {
        type: 'numbered-list',
        children: [
          { type: 'list-item', children: [{ text: 'Sandbags' }] },
          { type: 'list-item', children: [{ text: 'Pumps' }] },
          { type: 'list-item', children: [{ text: 'Generators' }] },
        ],
      },
    ],
  },
  {
    name: 'a bulleted list made numbered is a suggestion on its items',
    input: [
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: 'Sandbags' }] },
          { type: 'list-item', children: [{ text: 'Pumps' }] },
        ],
      },
    ],
    selection: span([0, 0, 0], 0, 5, [0, 1, 0]),
    run: (e) => StoryEditor.toggleBlock(e, 'numbered-list'),
    expected: [
      {
        type: 'numbered-list',
        children: [
          {
            type: 'list-item',
            change: { ...ins(), kind: 'type', oldType: 'list-item', oldList: 'bulleted-list' },
            children: [{ text: 'Sandbags' }],
          },
          {
            type: 'list-item',
            change: { ...ins(), kind: 'type', oldType: 'list-item', oldList: 'bulleted-list' },
            children: [{ text: 'Pumps' }],
          },
        ],
      },
    ],
  },
  {
    name: 'rejecting a bulleted list made numbered gives the bulleted list back',
    input: [
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: 'Sandbags' }] },
          { type: 'list-item', children: [{ text: 'Pumps' }] },
        ],
      },
    ],
    selection: span([0, 0, 0], 0, 5, [0, 1, 0]),
    run: (e) => {
      StoryEditor.toggleBlock(e, 'numbered-list');
      resolveSuggestions(e, () => true, 'reject');
    },
    expected: [
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: 'Sandbags' }] },
          { type: 'list-item', children: [{ text: 'Pumps' }] },
        ],
      },
    ],
  },
  {
    name: 'accept all by one author leaves the other author’s suggestions open',
    input: [
      p(
        { text: 'a', ins: mark('s-1', 'Ben Okafor') },
        { text: 'b', ins: mark('s-2', 'Rosa Diaz') },
        { text: 'c', del: mark('s-3', 'Ben Okafor') },
      ),
    ],
    selection: at([0, 0], 0),
    run: (e) => resolveSuggestions(e, (m) => m.author === 'Ben Okafor', 'accept'),
    expected: [p({ text: 'a' }, { text: 'b', ins: ins('#1') })],
  },
];

describe('withSuggestions fixtures', () => {
  it.each(CASES)('$name', ({ input, selection, run, expected, author }) => {
    const editor = makeEditor(structuredClone(input), selection, author);
    Editor.normalize(editor, { force: true });
    run(editor);
    expect(normalize(editor.children)).toEqual(normalize(expected));
  });

  it.each(CASES)('undo and redo: $name', ({ input, selection, run, author }) => {
    const editor = makeEditor(structuredClone(input), selection, author);
    Editor.normalize(editor, { force: true });
    const before = structuredClone(editor.children);
    run(editor);
    const after = structuredClone(editor.children);
    while (editor.history.undos.length > 0) HistoryEditor.undo(editor);
    expect(editor.children).toEqual(before);
    while (editor.history.redos.length > 0) HistoryEditor.redo(editor);
    expect(normalize(editor.children)).toEqual(normalize(after));
  });

  it('accepting or rejecting is one undo step', () => {
    const editor = makeEditor(
      [
        p({ text: 'x', ins: mark('s-1', 'Ben') }, { text: 'y', del: mark('s-2', 'Ben') }),
        {
          type: 'paragraph',
          change: { ...mark('s-3', 'Ben'), kind: 'join' },
          children: [{ text: 'z' }],
        },
      ],
      at([0, 0], 0),
    );
    const before = structuredClone(editor.children);
    resolveSuggestions(editor, () => true, 'accept');
    expect(editor.children).toEqual([p({ text: 'xz' })]);
    expect(editor.history.undos).toHaveLength(1);
    HistoryEditor.undo(editor);
    expect(editor.children).toEqual(before);
  });

  it('a paste is one suggestion, over several paragraphs', () => {
    const editor = makeEditor([p({ text: 'Start. End.' })], at([0, 0], 7));
    const data = {
      types: ['text/plain'],
      getData: (type: string) => (type === 'text/plain' ? 'Pasted one.\n\nPasted two. ' : ''),
    } as unknown as DataTransfer;
    editor.insertData(data);
    const out = normalize(editor.children) as Array<{ children: unknown[]; change?: unknown }>;
    expect(out).toEqual([
      p({ text: 'Start. ' }, { text: 'Pasted one.', ins: ins() }),
      {
        type: 'paragraph',
        change: { ...ins(), kind: 'split' },
        children: [{ text: 'Pasted two. ', ins: ins() }, { text: 'End.' }],
      },
    ]);
  });

  it('with suggesting off, edits change the text as usual', () => {
    const editor = makeEditor([p({ text: 'The Oaklan fire.' })], span([0, 0], 4, 10));
    editor.suggesting = false;
    Transforms.delete(editor);
    Editor.insertText(editor, 'Oakland');
    expect(editor.children).toEqual([p({ text: 'The Oakland fire.' })]);
  });

  it('resolving every suggestion in the editor matches shared/review on the same body', async () => {
    const { resolveBody } = await import('../../../shared/review/resolve');
    const body = [
      p(
        { text: 'The ' },
        { text: 'Oaklan', del: mark('s-1', 'B') },
        { text: 'Oakland', ins: mark('s-1', 'B') },
      ),
      {
        type: 'heading-one',
        change: { ...mark('s-2', 'B'), kind: 'type', oldType: 'paragraph' },
        children: [{ text: 'Head' }],
      },
      {
        type: 'paragraph',
        change: { ...mark('s-3', 'B'), kind: 'join' },
        children: [{ text: ' tail' }],
      },
    ];
    for (const action of ['accept', 'reject'] as const) {
      const editor = makeEditor(structuredClone(body), at([0, 0], 0));
      resolveSuggestions(editor, () => true, action);
      expect(editor.children).toEqual(resolveBody(body as StoryBlock[], () => true, action));
    }
  });
});
