import type { ReactElement } from 'react';
import { useSlate } from 'slate-react';
import type { BlockType } from '../../shared/story';
import { StoryEditor } from '../editor/story-editor';
import type { Mark } from '../editor/story-editor';

/** Props of the formatting toolbar. */
export interface FormatToolbarProps {
  readonly onLink: () => void;
  readonly onImage: () => void;
  readonly smartQuotes: boolean;
  readonly onSmartQuotes: (on: boolean) => void;
  readonly suggesting: boolean;
  readonly onSuggesting: (on: boolean) => void;
  readonly onComment: () => void;
}

function Button({
  label,
  shortcut,
  active,
  onPress,
}: {
  readonly label: string;
  readonly shortcut?: string;
  readonly active?: boolean;
  readonly onPress: () => void;
}): ReactElement {
  return (
    <button
      type="button"
      aria-pressed={active}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-keyshortcuts={shortcut?.replace(/Ctrl/g, 'Control')}
      onMouseDown={(event) => {
        // Keep the editor's selection: a click on the toolbar must not blur the text.
        event.preventDefault();
        onPress();
      }}
    >
      {label}
    </button>
  );
}

const MARKS: ReadonlyArray<{
  readonly mark: Mark;
  readonly label: string;
  readonly shortcut: string;
}> = [
  { mark: 'bold', label: 'Bold', shortcut: 'Ctrl+B' },
  { mark: 'italic', label: 'Italic', shortcut: 'Ctrl+I' },
  { mark: 'strikethrough', label: 'Strikethrough', shortcut: 'Ctrl+Shift+X' },
  { mark: 'note', label: 'Editor’s note', shortcut: 'Ctrl+Alt+M' },
];

const BLOCKS: ReadonlyArray<{
  readonly type: BlockType;
  readonly label: string;
  readonly shortcut?: string;
}> = [
  { type: 'heading-one', label: 'Heading', shortcut: 'Ctrl+Alt+1' },
  { type: 'heading-two', label: 'Subheading', shortcut: 'Ctrl+Alt+2' },
  { type: 'blockquote', label: 'Quote', shortcut: 'Ctrl+Alt+Q' },
  { type: 'pull-quote', label: 'Pull quote' },
  { type: 'bulleted-list', label: 'Bulleted list', shortcut: 'Ctrl+Shift+8' },
  { type: 'numbered-list', label: 'Numbered list', shortcut: 'Ctrl+Shift+7' },
];

/** The editor toolbar; every button reflects the formatting at the cursor (aria-pressed). */
export function FormatToolbar({
  onLink,
  onImage,
  smartQuotes,
  onSmartQuotes,
  suggesting,
  onSuggesting,
  onComment,
}: FormatToolbarProps): ReactElement {
  const editor = useSlate();
  return (
    <div role="toolbar" aria-label="Formatting" className="format-toolbar">
      <Button
        label="Suggest changes"
        shortcut="Ctrl+Shift+E"
        active={suggesting}
        onPress={() => onSuggesting(!suggesting)}
      />
      <Button label="Comment" shortcut="Ctrl+Alt+C" onPress={onComment} />
      <span className="toolbar-gap" />
      {MARKS.map(({ mark, label, shortcut }) => (
        <Button
          key={mark}
          label={label}
          shortcut={shortcut}
          active={StoryEditor.isMarkActive(editor, mark)}
          onPress={() => StoryEditor.toggleMark(editor, mark)}
        />
      ))}
      <Button
        label="Link"
        shortcut="Ctrl+K"
        active={StoryEditor.activeLink(editor) !== undefined}
        onPress={onLink}
      />
      <span className="toolbar-gap" />
      {BLOCKS.map(({ type, label, shortcut }) => (
        <Button
          key={type}
          label={label}
          {...(shortcut ? { shortcut } : {})}
          active={StoryEditor.isBlockActive(editor, type)}
          onPress={() => StoryEditor.toggleBlock(editor, type)}
        />
      ))}
      <Button
        label="Section break"
        onPress={() =>
          StoryEditor.insertVoid(editor, { type: 'section-break', children: [{ text: '' }] })
        }
      />
      <Button label="Image…" onPress={onImage} />
      <label className="toolbar-option">
        <input
          type="checkbox"
          checked={smartQuotes}
          onChange={(event) => onSmartQuotes(event.target.checked)}
        />{' '}
        Curly quotes
      </label>
    </div>
  );
}
