import type { ReactElement } from 'react';
import { useModal } from './use-modal';
import { COMMANDS } from '../../shared/commands';
import type { CommandMenu, CommandSpec } from '../../shared/commands';

const MENUS: ReadonlyArray<CommandMenu> = ['File', 'Edit', 'View', 'Story', 'Help'];

/** Help → Keyboard shortcuts: every command with a shortcut, by menu, from the registry. */
export function ShortcutsDialog({ onClose }: { readonly onClose: () => void }): ReactElement {
  const dialog = useModal();
  return (
    <dialog
      ref={dialog}
      className="dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onCancel={onClose}
      onClose={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {MENUS.map((menu) => {
        const rows = (COMMANDS as ReadonlyArray<CommandSpec>).filter(
          (c) => c.menu === menu && c.shortcut,
        );
        if (rows.length === 0) return null;
        return (
          <table key={menu} aria-label={`${menu} shortcuts`}>
            <caption>{menu}</caption>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.label}</th>
                  <td>
                    <kbd>{c.shortcut}</kbd>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
