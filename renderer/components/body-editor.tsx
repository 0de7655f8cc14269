import { useCallback, useMemo } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import { createEditor, Editor, Element as SlateElement, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact, useSlate } from 'slate-react';
import type { RenderElementProps, RenderLeafProps, RenderPlaceholderProps } from 'slate-react';
import type { BlockType, StoryBlock } from '../../shared/story';

type Mark = 'bold' | 'italic';

/** Props of the body editor. */
export interface BodyEditorProps {
  readonly storyId: string;
  readonly initialBody: ReadonlyArray<StoryBlock>;
  readonly onChange: (body: ReadonlyArray<StoryBlock>) => void;
}

function assertNever(value: never): never {
  throw new Error(`Unexpected block type ${String(value)}`);
}

function isMarkActive(editor: Editor, mark: Mark): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

function isBlockActive(editor: Editor, type: BlockType): boolean {
  if (!editor.selection) return false;
  const [match] = Editor.nodes(editor, {
    match: (node) => SlateElement.isElement(node) && node.type === type,
    mode: 'lowest',
  });
  return match !== undefined;
}

function toggleBlock(editor: Editor, type: BlockType): void {
  const next: BlockType = isBlockActive(editor, type) ? 'paragraph' : type;
  Transforms.setNodes(
    editor,
    { type: next },
    { match: (node) => SlateElement.isElement(node) && Editor.isBlock(editor, node) },
  );
}

function renderElement({ attributes, children, element }: RenderElementProps): ReactElement {
  switch (element.type) {
    case 'paragraph':
      return <p {...attributes}>{children}</p>;
    case 'heading-one':
      return <h2 {...attributes}>{children}</h2>;
    case 'heading-two':
      return <h3 {...attributes}>{children}</h3>;
    default:
      return assertNever(element.type);
  }
}

function renderLeaf({ attributes, children, leaf }: RenderLeafProps): ReactElement {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  return <span {...attributes}>{content}</span>;
}

function renderPlaceholder({ attributes, children }: RenderPlaceholderProps): ReactElement {
  // Slate's own placeholder is too faint to pass a contrast check; CSS restores the contrast.
  return (
    <span {...attributes} className="body-placeholder">
      {children}
    </span>
  );
}

function ToolbarButton({
  label,
  shortcut,
  active,
  onPress,
}: {
  readonly label: string;
  readonly shortcut: string;
  readonly active: boolean;
  readonly onPress: () => void;
}): ReactElement {
  return (
    <button
      type="button"
      aria-pressed={active}
      title={`${label} (${shortcut})`}
      onMouseDown={(event) => {
        event.preventDefault();
        onPress();
      }}
    >
      {label}
    </button>
  );
}

function FormatToolbar(): ReactElement {
  const editor = useSlate();
  return (
    <div role="toolbar" aria-label="Formatting" className="format-toolbar">
      <ToolbarButton
        label="Bold"
        shortcut="Ctrl+B"
        active={isMarkActive(editor, 'bold')}
        onPress={() => toggleMark(editor, 'bold')}
      />
      <ToolbarButton
        label="Italic"
        shortcut="Ctrl+I"
        active={isMarkActive(editor, 'italic')}
        onPress={() => toggleMark(editor, 'italic')}
      />
      <ToolbarButton
        label="Heading"
        shortcut="Ctrl+Alt+1"
        active={isBlockActive(editor, 'heading-one')}
        onPress={() => toggleBlock(editor, 'heading-one')}
      />
      <ToolbarButton
        label="Subheading"
        shortcut="Ctrl+Alt+2"
        active={isBlockActive(editor, 'heading-two')}
        onPress={() => toggleBlock(editor, 'heading-two')}
      />
    </div>
  );
}

/** The Slate editor for a story's body: paragraphs, two heading levels, bold and italic. */
export function BodyEditor({ storyId, initialBody, onChange }: BodyEditorProps): ReactElement {
  // One editor per story: switching stories remounts (the parent keys on the id).
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  const initialValue = useMemo(() => initialBody as Descendant[], [initialBody]);

  const handleChange = useCallback(
    (value: Descendant[]) => {
      if (editor.operations.some((op) => op.type !== 'set_selection'))
        onChange(value as StoryBlock[]);
    },
    [editor, onChange],
  );

  const handleKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod) return;
      const key = event.key.toLowerCase();
      if (key === 'b' && !event.altKey) {
        event.preventDefault();
        toggleMark(editor, 'bold');
      } else if (key === 'i' && !event.altKey) {
        event.preventDefault();
        toggleMark(editor, 'italic');
      } else if (event.altKey && (event.code === 'Digit1' || key === '1')) {
        event.preventDefault();
        toggleBlock(editor, 'heading-one');
      } else if (event.altKey && (event.code === 'Digit2' || key === '2')) {
        event.preventDefault();
        toggleBlock(editor, 'heading-two');
      } else if (event.altKey && (event.code === 'Digit0' || key === '0')) {
        event.preventDefault();
        Transforms.setNodes(
          editor,
          { type: 'paragraph' },
          { match: (node) => SlateElement.isElement(node) && Editor.isBlock(editor, node) },
        );
      }
    },
    [editor],
  );

  return (
    <Slate key={storyId} editor={editor} initialValue={initialValue} onChange={handleChange}>
      <FormatToolbar />
      <Editable
        className="body-editor"
        aria-label="Story body"
        aria-multiline="true"
        spellCheck={false}
        placeholder="Start writing the story…"
        renderElement={renderElement}
        renderLeaf={renderLeaf}
        renderPlaceholder={renderPlaceholder}
        onKeyDown={handleKeyDown}
      />
    </Slate>
  );
}
