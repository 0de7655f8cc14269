import type { ReactElement } from 'react';
import { useModal } from './use-modal';

/** Help → About Galley. */
export function AboutDialog({ onClose }: { readonly onClose: () => void }): ReactElement {
  const dialog = useModal();
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="about-title"
      onCancel={onClose}
      onClose={onClose}
    >
      <h2 id="about-title">About Galley</h2>
      <p>
        Galley is the editorial workstation for reporters, the copy desk and editors. Stories stay
        on this computer until you publish them.
      </p>
      <p>Press Ctrl+Shift+P for every command, Ctrl+/ for the keyboard shortcuts.</p>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
