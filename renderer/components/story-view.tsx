import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import type { Story, StoryBlock } from '../../shared/story';
import { countBodyWords } from '../../shared/word-count';
import { Autosaver, describeSaveState } from '../autosave';
import type { SaveState } from '../autosave';
import type { Connection } from '../api-client';
import { BodyEditor } from './body-editor';
import { HistoryPanel } from './history-panel';
import { MetadataFields } from './metadata-fields';

/** Props of the open story. */
export interface StoryViewProps {
  readonly story: Story;
  readonly connection: Connection;
  readonly onSaved: (story: Story) => void;
  readonly onRename: () => void;
  readonly onTrash: () => void;
  /** Lets the app flush this story's pending save before switching away. */
  readonly registerFlush: (flush: (() => Promise<void>) | undefined) => void;
  /** A story just created wants its headline typed first. */
  readonly focusHeadline?: boolean;
  /** A version was restored: the app reopens the story with the restored text. */
  readonly onRestored: (story: Story) => void;
  /** Bumped when a version is saved from the menu or Ctrl+S. */
  readonly historyRevision: number;
}

/** One open story: its metadata, its body, its word count and its save state. */
export function StoryView({
  story: initial,
  connection,
  onSaved,
  onRename,
  onTrash,
  registerFlush,
  focusHeadline = false,
  onRestored,
  historyRevision,
}: StoryViewProps): ReactElement {
  const [story, setStory] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [showHistory, setShowHistory] = useState(false);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const autosaver = useMemo(
    () =>
      new Autosaver(initial, {
        save: (value) => connection.api.saveStory({ story: value }),
        onState: setSaveState,
        onSaved: (value) => onSavedRef.current(value),
      }),
    // A new autosaver only when another story is opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [initial.id, connection],
  );

  useEffect(() => {
    registerFlush(() => autosaver.flush());
    const onExit = (): void => {
      if (autosaver.dirty) connection.saveOnExit({ story: autosaver.current });
    };
    window.addEventListener('pagehide', onExit);
    return () => {
      window.removeEventListener('pagehide', onExit);
      registerFlush(undefined);
      void autosaver.flush().finally(() => autosaver.dispose());
    };
  }, [autosaver, connection, registerFlush]);

  useEffect(() => {
    if (focusHeadline) document.getElementById('field-headline')?.focus();
  }, [focusHeadline]);

  // The newest story lives in a ref so that quick successive edits (a keystroke in the body
  // right after one in the headline) each build on the last, outside React's batching.
  const latest = useRef(initial);
  const update = useCallback(
    (patch: Partial<Story>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setStory(next);
      autosaver.change(next);
    },
    [autosaver],
  );

  const onBodyChange = useCallback((body: ReadonlyArray<StoryBlock>) => update({ body }), [update]);
  const words = useMemo(() => countBodyWords(story.body), [story.body]);
  const saveText = describeSaveState(saveState);

  return (
    <article className="story-view" aria-label={story.headline || 'Untitled story'}>
      <header className="story-actions">
        <p role="status" aria-label="Save status" className={`save-status save-${saveState.kind}`}>
          {saveText}
        </p>
        <p className="word-count" aria-label="Word count">
          {words === 1 ? '1 word' : `${words.toLocaleString('en-US')} words`}
          {story.wordBudget > 0 ? ` of ${story.wordBudget.toLocaleString('en-US')}` : ''}
        </p>
        <button type="button" onClick={onRename}>
          Rename…
        </button>
        <button type="button" onClick={onTrash}>
          Move to trash
        </button>
        <button
          type="button"
          aria-expanded={showHistory}
          onClick={() => setShowHistory(!showHistory)}
        >
          History
        </button>
      </header>
      <MetadataFields story={story} onChange={update} />
      <div className="body-wrapper">
        <BodyEditor storyId={story.id} initialBody={initial.body} onChange={onBodyChange} />
      </div>
      {showHistory ? (
        <HistoryPanel
          storyId={story.id}
          connection={connection}
          flush={() => autosaver.flush()}
          onRestored={onRestored}
          revision={historyRevision}
        />
      ) : null}
    </article>
  );
}
