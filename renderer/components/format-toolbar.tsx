import type { ReactElement } from 'react';
import { useSlate } from 'slate-react';
import {
  Bold,
  Heading1,
  Heading2,
  ImagePlus,
  Italic,
  Link,
  List,
  ListOrdered,
  MessageSquarePlus,
  PencilLine,
  Quote,
  SeparatorHorizontal,
  StickyNote,
  Strikethrough,
  TextQuote,
} from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
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
  icon: Icon,
  showLabel = false,
}: {
  readonly label: string;
  readonly shortcut?: string;
  readonly active?: boolean;
  readonly onPress: () => void;
  readonly icon?: LucideIcon;
  /** Modes keep their words beside the icon; formatting buttons show the icon alone. */
  readonly showLabel?: boolean;
}): ReactElement {
  return (
    <button
      type="button"
      className={Icon ? 'icon-button' : undefined}
      aria-pressed={active}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-keyshortcuts={shortcut?.replace(/Ctrl/g, 'Control')}
      onMouseDown={(event) => {
        // Keep the editor's selection: a click on the toolbar must not blur the text.
        event.preventDefault();
        onPress();
      }}
    >
      {Icon ? <Icon aria-hidden="true" size={18} strokeWidth={2} /> : null}
      <span className={Icon && !showLabel ? 'visually-hidden' : undefined}>{label}</span>
    </button>
  );
}

const MARKS: ReadonlyArray<{
  readonly mark: Mark;
  readonly label: string;
  readonly shortcut: string;
  readonly icon: LucideIcon;
}> = [
  { mark: 'bold', label: 'Bold', shortcut: 'Ctrl+B', icon: Bold },
  { mark: 'italic', label: 'Italic', shortcut: 'Ctrl+I', icon: Italic },
  { mark: 'strikethrough', label: 'Strikethrough', shortcut: 'Ctrl+Shift+X', icon: Strikethrough },
  { mark: 'note', label: 'Editor’s note', shortcut: 'Ctrl+Alt+M', icon: StickyNote },
];

const BLOCKS: ReadonlyArray<{
  readonly type: BlockType;
  readonly label: string;
  readonly shortcut?: string;
  readonly icon: LucideIcon;
}> = [
  { type: 'heading-one', label: 'Heading', shortcut: 'Ctrl+Alt+1', icon: Heading1 },
  { type: 'heading-two', label: 'Subheading', shortcut: 'Ctrl+Alt+2', icon: Heading2 },
  { type: 'blockquote', label: 'Quote', shortcut: 'Ctrl+Alt+Q', icon: Quote },
  { type: 'pull-quote', label: 'Pull quote', icon: TextQuote },
  { type: 'bulleted-list', label: 'Bulleted list', shortcut: 'Ctrl+Shift+8', icon: List },
  { type: 'numbered-list', label: 'Numbered list', shortcut: 'Ctrl+Shift+7', icon: ListOrdered },
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
        icon={PencilLine}
        showLabel
        onPress={() => onSuggesting(!suggesting)}
      />
      <Button
        label="Comment"
        shortcut="Ctrl+Alt+C"
        icon={MessageSquarePlus}
        showLabel
        onPress={onComment}
      />
      <span className="toolbar-gap" />
      {MARKS.map(({ mark, label, shortcut, icon }) => (
        <Button
          key={mark}
          label={label}
          icon={icon}
          shortcut={shortcut}
          active={StoryEditor.isMarkActive(editor, mark)}
          onPress={() => StoryEditor.toggleMark(editor, mark)}
        />
      ))}
      <Button
        label="Link"
        icon={Link}
        shortcut="Ctrl+K"
        active={StoryEditor.activeLink(editor) !== undefined}
        onPress={onLink}
      />
      <span className="toolbar-gap" />
      {BLOCKS.map(({ type, label, shortcut, icon }) => (
        <Button
          key={type}
          label={label}
          icon={icon}
          {...(shortcut ? { shortcut } : {})}
          active={StoryEditor.isBlockActive(editor, type)}
          onPress={() => StoryEditor.toggleBlock(editor, type)}
        />
      ))}
      <Button
        label="Section break"
        icon={SeparatorHorizontal}
        onPress={() =>
          StoryEditor.insertVoid(editor, { type: 'section-break', children: [{ text: '' }] })
        }
      />
      <Button label="Image…" icon={ImagePlus} onPress={onImage} />
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
