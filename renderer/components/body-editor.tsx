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
import { hideSelectionFromReact } from '../editor/react-selection-walk';
import { takeDomSelection } from '../editor/take-dom-selection';
import { useFreshSelection } from '../editor/use-fresh-selection';
import { SelectionGuard } from '../editor/selection-guard';
import { StoryEditor } from '../editor/story-editor';
import { FormatToolbar } from './format-toolbar';
import { keystrokeOf, useCommand } from '../commands/command-hub';
import { commandForKeystroke } from '../../shared/commands';
import type { COMMANDS } from '../../shared/commands';
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

type EditorCommand = Extract<(typeof COMMANDS)[number], { scope: 'editor' }>['id'];

// What each editing command of the registry does to the text at the cursor.
const EDITING: Readonly<Record<Exclude<EditorCommand, 'link'>, (editor: Editor) => void>> = {
  bold: (e) => StoryEditor.toggleMark(e, 'bold'),
  italic: (e) => StoryEditor.toggleMark(e, 'italic'),
  strikethrough: (e) => StoryEditor.toggleMark(e, 'strikethrough'),
  note: (e) => StoryEditor.toggleMark(e, 'note'),
  heading: (e) => StoryEditor.toggleBlock(e, 'heading-one'),
  subheading: (e) => StoryEditor.toggleBlock(e, 'heading-two'),
  quote: (e) => StoryEditor.toggleBlock(e, 'blockquote'),
  paragraph: (e) => StoryEditor.toParagraph(e),
  'bulleted-list': (e) => StoryEditor.toggleBlock(e, 'bulleted-list'),
  'numbered-list': (e) => StoryEditor.toggleBlock(e, 'numbered-list'),
};

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
  useFreshSelection(editor);
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

  // Editing shortcuts come from the command registry, like the menu's and the palette's.
  const handleKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const command = commandForKeystroke(keystrokeOf(event.nativeEvent));
      if (!command || command.scope !== 'editor') return;
      event.preventDefault();
      // The caret may have just moved (End, a click): a mark turned on here lands where the
      // user sees the caret, not where slate-react last read it.
      takeDomSelection(editor);
      if (command.id === 'link') setLinkEditing(true);
      else EDITING[command.id as keyof typeof EDITING](editor);
    },
    [editor],
  );
  // The same commands from the menu or the palette act on the text where the cursor was.
  const runEditing = (id: keyof typeof EDITING) => () => {
    ReactEditor.focus(editor);
    EDITING[id](editor);
  };
  useCommand('bold', runEditing('bold'));
  useCommand('italic', runEditing('italic'));
  useCommand('strikethrough', runEditing('strikethrough'));
  useCommand('note', runEditing('note'));
  useCommand('heading', runEditing('heading'));
  useCommand('subheading', runEditing('subheading'));
  useCommand('quote', runEditing('quote'));
  useCommand('paragraph', runEditing('paragraph'));
  useCommand('bulleted-list', runEditing('bulleted-list'));
  useCommand('numbered-list', runEditing('numbered-list'));
  useCommand('link', () => setLinkEditing(true));

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
      <SelectionGuard />
      <Editable
        ref={hideSelectionFromReact}
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
