import type { ReactElement } from 'react';
import type { BodyCounts } from '../../shared/counts';
import { toAriaShortcut } from '../../shared/commands';
import type { Story } from '../../shared/story';
import { describeSaveState } from '../autosave';
import { useSession, useSessionState } from '../session/use-session';
import { CountsBar } from './counts-bar';
import type { SidePanel } from './side-panel';

// A choice made in the More menu closes it, as a menu does.
function closeMenu(item: HTMLElement): void {
  const menu = item.closest('details');
  if (menu) menu.open = false;
}

/** Props of the story's compact header. */
export interface StoryHeaderProps {
  readonly story: Story;
  readonly counts: BodyCounts;
  readonly findings: number;
  readonly suggestions: number;
  readonly openComments: number;
  readonly findOpen: boolean;
  readonly onFind: () => void;
  readonly onPrint: (withNotes: boolean) => void;
}

/**
 * The compact header over the text: save state, counts and budget, and the main actions. The
 * panel buttons open one side panel at a time (the session's), the same button closes it.
 */
export function StoryHeader({
  story,
  counts,
  findings,
  suggestions,
  openComments,
  findOpen,
  onFind,
  onPrint,
}: StoryHeaderProps): ReactElement {
  const session = useSession();
  const saveState = useSessionState((state) => state.saveState);
  const panel = useSessionState((state) => state.panel);
  const panelButton = (id: SidePanel, label: string, shortcut: string): ReactElement => (
    <button
      type="button"
      aria-expanded={panel === id}
      aria-keyshortcuts={toAriaShortcut(shortcut)}
      title={`${label.replace(/ \(\d+\)$/, '')} (${shortcut})`}
      onClick={() => session.togglePanel(id)}
    >
      {label}
    </button>
  );
  return (
    <header className="story-actions">
      <p role="status" aria-label="Save status" className={`save-status save-${saveState.kind}`}>
        {describeSaveState(saveState)}
      </p>
      <CountsBar counts={counts} budget={story.wordBudget} />
      <span className="toolbar-gap" />
      <button
        type="button"
        aria-keyshortcuts="Control+F"
        title="Find (Ctrl+F)"
        onClick={onFind}
        aria-expanded={findOpen}
      >
        Find
      </button>
      {panelButton('findings', `Findings (${findings})`, 'Ctrl+Alt+F')}
      {panelButton('suggestions', `Suggestions (${suggestions})`, 'Ctrl+Alt+S')}
      {panelButton('comments', `Comments (${openComments})`, 'Ctrl+Alt+K')}
      {panelButton('history', 'History', 'Ctrl+Alt+H')}
      {panelButton('details', 'Details', 'Ctrl+Alt+D')}
      <button
        type="button"
        title="Export (Ctrl+Shift+S)"
        onClick={() => session.show({ kind: 'export' })}
      >
        Export
      </button>
      <button
        type="button"
        className="primary"
        title="Publish (Ctrl+Shift+U)"
        onClick={() => session.show({ kind: 'publish' })}
      >
        Publish
      </button>
      <details className="more-menu">
        <summary>More</summary>
        <div className="more-menu-items">
          <button
            type="button"
            onClick={(event) => {
              closeMenu(event.currentTarget);
              onPrint(false);
            }}
          >
            Print…
          </button>
          <button
            type="button"
            onClick={(event) => {
              closeMenu(event.currentTarget);
              onPrint(true);
            }}
          >
            Print with notes
          </button>
          <button
            type="button"
            disabled={Object.keys(story.published ?? {}).length === 0}
            title="For a published story: a dated note at the end, republished"
            onClick={(event) => {
              closeMenu(event.currentTarget);
              session.show({ kind: 'correction' });
            }}
          >
            Add correction…
          </button>
        </div>
      </details>
    </header>
  );
}
