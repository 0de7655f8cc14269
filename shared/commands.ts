/**
 * Every command of the Galley window, defined once: the toolbar, the Electron menu, the
 * keyboard handling, the command palette and the "Keyboard shortcuts" list all read this table,
 * so they cannot disagree. What a command does lives in the renderer (see command-hub.ts).
 *
 * Shortcuts are written as in menus ("Ctrl+Shift+P"); on macOS Ctrl means Cmd.
 */

/** The menu a command appears in. */
export type CommandMenu = 'File' | 'Edit' | 'View' | 'Story' | 'Help';

/** One command. */
export interface CommandSpec {
  readonly id: string;
  readonly label: string;
  readonly shortcut?: string;
  readonly menu: CommandMenu;
  /** Editing commands act on the text at the cursor (the body editor handles their keys). */
  readonly scope: 'app' | 'editor';
}

export const COMMANDS = [
  { id: 'new-story', label: 'New story', shortcut: 'Ctrl+N', menu: 'File', scope: 'app' },
  { id: 'import', label: 'Import…', shortcut: 'Ctrl+O', menu: 'File', scope: 'app' },
  { id: 'save-version', label: 'Save version', shortcut: 'Ctrl+S', menu: 'File', scope: 'app' },
  { id: 'export', label: 'Export…', shortcut: 'Ctrl+Shift+S', menu: 'File', scope: 'app' },
  { id: 'publish', label: 'Publish…', shortcut: 'Ctrl+Shift+U', menu: 'File', scope: 'app' },
  { id: 'print', label: 'Print…', shortcut: 'Ctrl+P', menu: 'File', scope: 'app' },
  { id: 'export-pdf', label: 'Export PDF', menu: 'File', scope: 'app' },
  { id: 'settings', label: 'Settings…', shortcut: 'Ctrl+,', menu: 'File', scope: 'app' },
  { id: 'find', label: 'Find', shortcut: 'Ctrl+F', menu: 'Edit', scope: 'app' },
  { id: 'replace', label: 'Replace', shortcut: 'Ctrl+H', menu: 'Edit', scope: 'app' },
  {
    id: 'suggest-changes',
    label: 'Suggest changes',
    shortcut: 'Ctrl+Shift+E',
    menu: 'Edit',
    scope: 'app',
  },
  { id: 'add-comment', label: 'Comment', shortcut: 'Ctrl+Alt+C', menu: 'Edit', scope: 'app' },
  { id: 'bold', label: 'Bold', shortcut: 'Ctrl+B', menu: 'Edit', scope: 'editor' },
  { id: 'italic', label: 'Italic', shortcut: 'Ctrl+I', menu: 'Edit', scope: 'editor' },
  {
    id: 'strikethrough',
    label: 'Strikethrough',
    shortcut: 'Ctrl+Shift+X',
    menu: 'Edit',
    scope: 'editor',
  },
  { id: 'note', label: 'Editor’s note', shortcut: 'Ctrl+Alt+M', menu: 'Edit', scope: 'editor' },
  { id: 'link', label: 'Link', shortcut: 'Ctrl+K', menu: 'Edit', scope: 'editor' },
  { id: 'heading', label: 'Heading', shortcut: 'Ctrl+Alt+1', menu: 'Edit', scope: 'editor' },
  { id: 'subheading', label: 'Subheading', shortcut: 'Ctrl+Alt+2', menu: 'Edit', scope: 'editor' },
  { id: 'quote', label: 'Quote', shortcut: 'Ctrl+Alt+Q', menu: 'Edit', scope: 'editor' },
  { id: 'paragraph', label: 'Paragraph', shortcut: 'Ctrl+Alt+0', menu: 'Edit', scope: 'editor' },
  {
    id: 'bulleted-list',
    label: 'Bulleted list',
    shortcut: 'Ctrl+Shift+8',
    menu: 'Edit',
    scope: 'editor',
  },
  {
    id: 'numbered-list',
    label: 'Numbered list',
    shortcut: 'Ctrl+Shift+7',
    menu: 'Edit',
    scope: 'editor',
  },
  { id: 'details', label: 'Details', shortcut: 'Ctrl+Alt+D', menu: 'View', scope: 'app' },
  { id: 'history', label: 'History', shortcut: 'Ctrl+Alt+H', menu: 'View', scope: 'app' },
  { id: 'findings', label: 'Findings', shortcut: 'Ctrl+Alt+F', menu: 'View', scope: 'app' },
  { id: 'next-finding', label: 'Next finding', shortcut: 'F7', menu: 'View', scope: 'app' },
  { id: 'suggestions', label: 'Suggestions', shortcut: 'Ctrl+Alt+S', menu: 'View', scope: 'app' },
  { id: 'next-suggestion', label: 'Next suggestion', shortcut: 'F8', menu: 'View', scope: 'app' },
  {
    id: 'previous-suggestion',
    label: 'Previous suggestion',
    shortcut: 'Shift+F8',
    menu: 'View',
    scope: 'app',
  },
  { id: 'comments', label: 'Comments', shortcut: 'Ctrl+Alt+K', menu: 'View', scope: 'app' },
  { id: 'focus-mode', label: 'Focus mode', shortcut: 'Ctrl+Shift+F', menu: 'View', scope: 'app' },
  { id: 'theme', label: 'Switch theme', shortcut: 'Ctrl+Shift+L', menu: 'View', scope: 'app' },
  { id: 'zoom-in', label: 'Zoom in', shortcut: 'Ctrl+=', menu: 'View', scope: 'app' },
  { id: 'zoom-out', label: 'Zoom out', shortcut: 'Ctrl+-', menu: 'View', scope: 'app' },
  { id: 'zoom-reset', label: 'Actual size', shortcut: 'Ctrl+0', menu: 'View', scope: 'app' },
  {
    id: 'command-palette',
    label: 'Command palette',
    shortcut: 'Ctrl+Shift+P',
    menu: 'View',
    scope: 'app',
  },
  { id: 'rename', label: 'Rename…', menu: 'Story', scope: 'app' },
  { id: 'trash', label: 'Move to trash', menu: 'Story', scope: 'app' },
  {
    id: 'keyboard-shortcuts',
    label: 'Keyboard shortcuts',
    shortcut: 'Ctrl+/',
    menu: 'Help',
    scope: 'app',
  },
  { id: 'about', label: 'About Galley', menu: 'Help', scope: 'app' },
] as const satisfies ReadonlyArray<CommandSpec>;

/** The id of a command. */
export type CommandId = (typeof COMMANDS)[number]['id'];

/** Every command id (the Electron menu sends these). */
export const COMMAND_IDS: ReadonlyArray<CommandId> = COMMANDS.map((c) => c.id);

/** A command by id. */
export function commandById(id: string): CommandSpec | undefined {
  return (COMMANDS as ReadonlyArray<CommandSpec>).find((c) => c.id === id);
}

/** A keystroke as the keyboard handling compares it. */
export interface Keystroke {
  readonly key: string;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

/** Parses "Ctrl+Shift+P" into its parts (the key in lower case). */
export function parseShortcut(shortcut: string): Keystroke {
  const parts = shortcut.split('+');
  // "Ctrl+=" and "Ctrl+-" end in the key itself; "Ctrl++" is never used.
  const key = (parts.pop() ?? '').toLowerCase();
  return {
    key,
    ctrl: parts.includes('Ctrl'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
  };
}

/** The command a keystroke triggers, if any. */
export function commandForKeystroke(stroke: Keystroke): CommandSpec | undefined {
  return (COMMANDS as ReadonlyArray<CommandSpec>).find((command) => {
    if (!command.shortcut) return false;
    const want = parseShortcut(command.shortcut);
    return (
      want.key === stroke.key &&
      want.ctrl === stroke.ctrl &&
      want.shift === stroke.shift &&
      want.alt === stroke.alt
    );
  });
}

/** The shortcut in Electron's accelerator syntax ("CmdOrCtrl+Shift+P"). */
export function toAccelerator(shortcut: string): string {
  return shortcut.replace(/^Ctrl\+/, 'CmdOrCtrl+').replace(/\+Ctrl\+/, '+CmdOrCtrl+');
}

/** The shortcut as `aria-keyshortcuts` wants it ("Control+Shift+P"). */
export function toAriaShortcut(shortcut: string): string {
  return shortcut.replace(/Ctrl/g, 'Control');
}

/** The README's shortcut table, generated from the registry (a test keeps them equal). */
export function shortcutTableMarkdown(): string {
  const rows = (COMMANDS as ReadonlyArray<CommandSpec>)
    .filter((c) => c.shortcut)
    .map((c) => `| ${c.label} | ${c.shortcut!.replace(/\|/g, '\\|')} | ${c.menu} |`);
  return ['| Command | Shortcut | Menu |', '| --- | --- | --- |', ...rows].join('\n');
}
