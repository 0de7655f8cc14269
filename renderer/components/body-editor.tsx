import { useCallback, useMemo, useState } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import { Editor as SlateEditor, Text, Transforms } from 'slate';
import type { BaseRange, BaseSelection, Descendant, NodeEntry, Editor } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { ImageElement, StoryBlock } from '../../shared/story';
import { groupByText } from '../editor/find-ranges';
import type { DecoratedRange } from '../editor/find-ranges';
import { makeRenderElement, renderChunk, renderLeaf, renderPlaceholder } from '../editor/render';
import type { AssetResolver } from '../editor/render';
import { StoryEditor } from '../editor/story-editor';
import { FormatToolbar } from './format-toolbar';
import { ImageDialog } from './image-dialog';
import { LinkBar } from './link-bar';

/** Props of the body editor. */
export interface BodyEditorProps {
  readonly editor: Editor;
  readonly initialBody: ReadonlyArray<StoryBlock>;
  readonly onChange: (body: ReadonlyArray<StoryBlock>) => void;
  /** Find matches and proofing underlines. */
  readonly decorations: ReadonlyArray<DecoratedRange>;
  /** Called when the cursor moves, for the proofing popover. */
  readonly onSelection: (selection: BaseSelection) => void;
  readonly resolveAsset: AssetResolver;
  readonly uploadImage: (file: File) => Promise<string>;
  readonly smartQuotes: boolean;
  readonly onSmartQuotes: (on: boolean) => void;
  /** Suggestion mode (edits recorded as suggestions) and its toggle. */
  readonly suggesting: boolean;
  readonly onSuggesting: (on: boolean) => void;
  /** Starts a comment on the selected text. */
  readonly onComment: () => void;
}

type Shortcut = {
  key: string;
  ctrl: true;
  shift?: boolean;
  alt?: boolean;
  run: (editor: Editor) => void;
};

const SHORTCUTS: ReadonlyArray<Shortcut> = [
  { key: 'b', ctrl: true, run: (e) => StoryEditor.toggleMark(e, 'bold') },
  { key: 'i', ctrl: true, run: (e) => StoryEditor.toggleMark(e, 'italic') },
  { key: 'x', ctrl: true, shift: true, run: (e) => StoryEditor.toggleMark(e, 'strikethrough') },
  { key: 'm', ctrl: true, alt: true, run: (e) => StoryEditor.toggleMark(e, 'note') },
  { key: '1', ctrl: true, alt: true, run: (e) => StoryEditor.toggleBlock(e, 'heading-one') },
  { key: '2', ctrl: true, alt: true, run: (e) => StoryEditor.toggleBlock(e, 'heading-two') },
  { key: 'q', ctrl: true, alt: true, run: (e) => StoryEditor.toggleBlock(e, 'blockquote') },
  { key: '0', ctrl: true, alt: true, run: (e) => StoryEditor.toParagraph(e) },
  { key: '8', ctrl: true, shift: true, run: (e) => StoryEditor.toggleBlock(e, 'bulleted-list') },
  { key: '7', ctrl: true, shift: true, run: (e) => StoryEditor.toggleBlock(e, 'numbered-list') },
];

// Shortcut keys are matched on the physical key so Alt and Shift combinations work on any layout.
function keyOf(event: KeyboardEvent): string {
  const code = event.nativeEvent.code;
  if (code.startsWith('Digit')) return code.slice(5);
  if (code.startsWith('Key')) return code.slice(3).toLowerCase();
  return event.key.toLowerCase();
}

/** The Slate editor for a story's body, with its toolbar, link popover and image dialog. */
export function BodyEditor(props: BodyEditorProps): ReactElement {
  const {
    editor,
    initialBody,
    onChange,
    decorations,
    onSelection,
    resolveAsset,
    uploadImage,
    smartQuotes,
    onSmartQuotes,
    suggesting,
    onSuggesting,
    onComment,
  } = props;
  const [linkEditing, setLinkEditing] = useState(false);
  const [imageOpen, setImageOpen] = useState(false);
  const initialValue = useMemo(() => initialBody as Descendant[], [initialBody]);
  const renderElement = useMemo(() => makeRenderElement(resolveAsset), [resolveAsset]);

  const handleChange = useCallback(
    (value: Descendant[]) => {
      if (editor.operations.some((op) => op.type !== 'set_selection'))
        onChange(value as StoryBlock[]);
    },
    [editor, onChange],
  );

  const byText = useMemo(() => groupByText(editor, decorations), [editor, decorations]);
  const decorate = useCallback(
    ([node, path]: NodeEntry): BaseRange[] => {
      if (!Text.isText(node) || byText.size === 0) return [];
      return byText.get(path.join(',')) ?? [];
    },
    [byText],
  );

  const handleKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = keyOf(event);
      if (key === 'k' && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        setLinkEditing(true);
        return;
      }
      const shortcut = SHORTCUTS.find(
        (s) => s.key === key && !!s.shift === event.shiftKey && !!s.alt === event.altKey,
      );
      if (shortcut) {
        event.preventDefault();
        shortcut.run(editor);
      }
    },
    [editor],
  );

  // While suggesting, typed characters never take the browser's native insertion path: the
  // suggestion plugin wraps them in marks, and the DOM must be drawn from that model.
  const handleBeforeInput = useCallback(
    (event: InputEvent): boolean => {
      if (!editor.suggesting || event.inputType !== 'insertText' || !event.data) return false;
      event.preventDefault();
      const [target] = event.getTargetRanges();
      const range = target
        ? ReactEditor.toSlateRange(editor, target, { exactMatch: false, suppressThrow: true })
        : null;
      if (range) Transforms.select(editor, range);
      SlateEditor.insertText(editor, event.data);
      return true;
    },
    [editor],
  );

  const insertImage = (image: ImageElement): void => {
    setImageOpen(false);
    StoryEditor.insertVoid(editor, image);
  };

  return (
    <Slate
      editor={editor}
      initialValue={initialValue}
      onChange={handleChange}
      onSelectionChange={onSelection}
    >
      <FormatToolbar
        onLink={() => setLinkEditing(true)}
        onImage={() => setImageOpen(true)}
        smartQuotes={smartQuotes}
        onSmartQuotes={onSmartQuotes}
        suggesting={suggesting}
        onSuggesting={onSuggesting}
        onComment={onComment}
      />
      <LinkBar editing={linkEditing} onEditing={setLinkEditing} />
      <Editable
        className={`body-editor${suggesting ? ' is-suggesting' : ''}`}
        aria-label="Story body"
        aria-multiline="true"
        spellCheck={false}
        placeholder="Start writing the story…"
        decorate={decorate}
        renderElement={renderElement}
        renderLeaf={renderLeaf}
        renderPlaceholder={renderPlaceholder}
        renderChunk={renderChunk}
        onKeyDown={handleKeyDown}
        onDOMBeforeInput={handleBeforeInput}
      />
      {imageOpen ? (
        <ImageDialog
          upload={uploadImage}
          onInsert={insertImage}
          onCancel={() => setImageOpen(false)}
        />
      ) : null}
    </Slate>
  );
}
