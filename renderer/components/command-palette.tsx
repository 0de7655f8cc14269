import { useMemo, useState } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import { useModal } from './use-modal';
import { COMMANDS } from '../../shared/commands';
import type { CommandId, CommandSpec } from '../../shared/commands';
import { useCommandHub } from '../commands/command-hub';

/** Props of the command palette. */
export interface CommandPaletteProps {
  readonly onClose: () => void;
}

// Every word typed must start a word of the label (or the menu name): "sa ver" finds "Save version".
function matches(command: CommandSpec, query: string): boolean {
  const words = `${command.label} ${command.menu}`.toLowerCase().split(/[\s…’']+/);
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((part) => words.some((word) => word.startsWith(part)));
}

/** Ctrl+Shift+P: every command by name; type to filter, arrows to choose, Enter to run. */
export function CommandPalette({ onClose }: CommandPaletteProps): ReactElement {
  const hub = useCommandHub();
  const dialog = useModal();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const list = useMemo(
    () =>
      (COMMANDS as ReadonlyArray<CommandSpec>).filter(
        (c) => c.id !== 'command-palette' && matches(c, query),
      ),
    [query],
  );
  const current = list[Math.min(index, list.length - 1)];

  const run = (command: CommandSpec | undefined): void => {
    if (!command || !hub.isEnabled(command.id as CommandId)) return;
    onClose();
    // After the dialog is gone, so the command acts on the window (the text, a panel).
    setTimeout(() => hub.run(command.id as CommandId), 0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setIndex((i) => Math.min(i + 1, list.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setIndex((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(current);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog command-palette"
      aria-label="Command palette"
      onCancel={onClose}
      onClose={onClose}
    >
      <input
        // Not type=search: there Escape clears the text instead of closing the palette.
        type="text"
        aria-label="Search commands"
        placeholder="Type a command…"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={current ? `palette-${current.id}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="palette-list" role="listbox" aria-label="Commands">
        {list.map((command) => {
          const enabled = hub.isEnabled(command.id as CommandId);
          return (
            <li
              key={command.id}
              id={`palette-${command.id}`}
              role="option"
              aria-selected={command === current}
              aria-disabled={!enabled}
              className={command === current ? 'is-current' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => run(command)}
            >
              <span>{command.label}</span>
              <span className="palette-meta">
                {command.menu}
                {command.shortcut ? <kbd>{command.shortcut}</kbd> : null}
              </span>
            </li>
          );
        })}
      </ul>
      {list.length === 0 ? <p>No command matches “{query}”.</p> : null}
    </dialog>
  );
}
