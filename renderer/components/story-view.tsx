import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import type { BaseRange, BaseSelection } from 'slate';
import { countBody } from '../../shared/counts';
import type { Story, StoryBlock } from '../../shared/story';
import { createStoryEditor } from '../editor/create-story-editor';
import { useSmartQuotes } from '../editor/use-smart-quotes';
import type { DecoratedRange } from '../editor/find-ranges';
import { useProofUi } from '../proofing/use-proof-ui';
import { Autosaver, describeSaveState } from '../autosave';
import type { SaveState } from '../autosave';
import type { Connection } from '../api-client';
import { BodyEditor } from './body-editor';
import { ConflictBanner } from './conflict-banner';
import { CountsBar } from './counts-bar';
import { ExportDialog } from './export-dialog';
import { PublishDialog } from './publish-dialog';
import { usePreflight } from './use-preflight';
import { FindReplace } from './find-replace';
import { HistoryPanel } from './history-panel';
import type { FieldMark } from './field-underlay';
import { MetadataFields } from './metadata-fields';
import { shiftFieldComments } from '../../shared/review/comments';
import { ReviewDisplayContext } from '../review/review-display';
import { useReview } from '../review/use-review';

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
  const [exporting, setExporting] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [find, setFind] = useState<'find' | 'replace' | undefined>(undefined);
  const [highlights, setHighlights] = useState<{
    ranges: ReadonlyArray<BaseRange>;
    current: number;
  }>({ ranges: [], current: -1 });
  const [smartQuotes, setSmartQuotes, smartQuotesRef] = useSmartQuotes();
  const editor = useMemo(() => createStoryEditor(() => smartQuotesRef.current), [smartQuotesRef]);
  const onHighlights = useCallback(
    (ranges: ReadonlyArray<BaseRange>, current: number) => setHighlights({ ranges, current }),
    [],
  );
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const autosaver = useMemo(
    () =>
      new Autosaver(initial, {
        save: (value, base) => connection.api.saveStory({ story: value, base }),
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
      if (autosaver.dirty)
        connection.saveOnExit({ story: autosaver.current, base: autosaver.revision });
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
      const previous = latest.current;
      let next = { ...previous, ...patch };
      // Comments on the headline or dek follow their words as the field is edited.
      for (const field of ['headline', 'dek'] as const)
        if (patch[field] !== undefined && next.comments && patch[field] !== previous[field])
          next = {
            ...next,
            comments: shiftFieldComments(next.comments, field, previous[field], next[field]),
          };
      latest.current = next;
      setStory(next);
      autosaver.change(next);
    },
    [autosaver],
  );

  const onBodyChange = useCallback((body: ReadonlyArray<StoryBlock>) => update({ body }), [update]);
  // A wire story pasted into an empty story fills the fields it finds, only where they are empty.
  useEffect(() => {
    editor.onWirePaste = (parts) => {
      const fill = (field: 'headline' | 'dateline' | 'byline'): Partial<Story> => {
        const value = parts[field];
        return value && latest.current[field].trim() === '' ? { [field]: value } : {};
      };
      const patch: Partial<Story> = { ...fill('headline'), ...fill('dateline'), ...fill('byline') };
      if (Object.keys(patch).length > 0) update(patch);
    };
    return () => {
      editor.onWirePaste = undefined;
    };
  }, [editor, update]);
  const counts = useMemo(() => countBody(story.body), [story.body]);
  const proof = useProofUi({ editor, story, connection, update });
  const review = useReview({ editor, story, connection, update, current: () => latest.current });
  const preflight = usePreflight(
    story,
    counts.words,
    proof.findings,
    () => proof.setPanelOpen(true),
    {
      suggestions: review.suggestions.length,
      openComments: review.openComments,
      open: review.setPanel,
    },
  );
  const { onSelection: proofSelection } = proof;
  const { onSelection: reviewSelection } = review;
  const onSelection = useCallback(
    (selection: BaseSelection) => {
      proofSelection(selection);
      reviewSelection(selection);
    },
    [proofSelection, reviewSelection],
  );
  const decorations = useMemo<DecoratedRange[]>(
    () => [
      ...highlights.ranges.map((range, index) => ({
        ...range,
        findMatch: true as const,
        ...(index === highlights.current ? { findCurrent: true as const } : {}),
      })),
      ...proof.decorations,
    ],
    [highlights, proof.decorations],
  );
  const fieldMarks = useMemo(() => {
    const out: Partial<Record<'headline' | 'dek' | 'byline', FieldMark[]>> = {};
    for (const placed of proof.findings) {
      if (placed.target.kind !== 'field' || placed.finding.kind === 'hint') continue;
      const list = (out[placed.target.field] ??= []);
      list.push({
        start: placed.finding.start,
        end: placed.finding.end,
        kind: placed.finding.kind,
      });
    }
    return out;
  }, [proof.findings]);
  const saveText = describeSaveState(saveState);
  const storyId = story.id;
  const resolveAsset = useCallback(
    (src: string) => {
      const name = src.startsWith('asset:images/') ? src.slice('asset:images/'.length) : undefined;
      if (!name) return src;
      return connection.host === 'electron'
        ? `galley-asset://${storyId}/${name}`
        : `/assets/${storyId}/${name}`;
    },
    [connection.host, storyId],
  );
  const uploadImage = useCallback(
    async (file: File) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return (
        await connection.api.addImage({
          id: storyId,
          fileName: file.name,
          dataBase64: btoa(binary),
        })
      ).src;
    },
    [connection, storyId],
  );

  // Ctrl+F finds, Ctrl+H replaces, anywhere in the story view.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'f' || key === 'h') {
        event.preventDefault();
        setFind(key === 'f' ? 'find' : 'replace');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <article className="story-view" aria-label={story.headline || 'Untitled story'}>
      <header className="story-actions">
        <p role="status" aria-label="Save status" className={`save-status save-${saveState.kind}`}>
          {saveText}
        </p>
        <CountsBar counts={counts} budget={story.wordBudget} />
        <button
          type="button"
          aria-keyshortcuts="Control+F"
          onClick={() => setFind(find ? undefined : 'find')}
          aria-expanded={find !== undefined}
        >
          Find
        </button>
        <button
          type="button"
          aria-expanded={proof.panelOpen}
          aria-keyshortcuts="F7"
          onClick={() => proof.setPanelOpen(!proof.panelOpen)}
        >
          Findings ({proof.count})
        </button>
        <button
          type="button"
          aria-expanded={review.panel === 'suggestions'}
          aria-keyshortcuts="F8"
          onClick={() =>
            review.setPanel(review.panel === 'suggestions' ? undefined : 'suggestions')
          }
        >
          Suggestions ({review.suggestions.length})
        </button>
        <button
          type="button"
          aria-expanded={review.panel === 'comments'}
          onClick={() => review.setPanel(review.panel === 'comments' ? undefined : 'comments')}
        >
          Comments ({review.openComments})
        </button>
        <button type="button" onClick={() => setExporting(true)}>
          Export
        </button>
        <button type="button" onClick={() => setPublishing(true)}>
          Publish
        </button>
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
      {saveState.kind === 'conflict' ? (
        <ConflictBanner
          connection={connection}
          autosaver={autosaver}
          onLoaded={onRestored}
          onError={(reason) => setSaveState({ kind: 'conflict', reason })}
        />
      ) : null}
      {find ? (
        <FindReplace
          key={find}
          editor={editor}
          story={story}
          mode={find}
          onMeta={update}
          onHighlights={onHighlights}
          onClose={() => {
            setFind(undefined);
            document.querySelector<HTMLElement>('.body-editor')?.focus();
          }}
        />
      ) : null}
      {proof.panel}
      {review.panelElement}
      <MetadataFields story={story} onChange={update} marks={fieldMarks} />
      <div className="body-wrapper" onMouseOver={proof.onBodyMouseOver}>
        <ReviewDisplayContext.Provider value={review.display}>
          <BodyEditor
            editor={editor}
            initialBody={initial.body}
            onChange={onBodyChange}
            decorations={decorations}
            onSelection={onSelection}
            resolveAsset={resolveAsset}
            uploadImage={uploadImage}
            smartQuotes={smartQuotes}
            onSmartQuotes={setSmartQuotes}
            suggesting={review.suggesting}
            onSuggesting={review.setSuggesting}
            onComment={review.startComment}
          />
        </ReviewDisplayContext.Provider>
      </div>
      {proof.popover}
      {review.popover}
      {exporting ? <ExportDialog story={story} onClose={() => setExporting(false)} /> : null}
      {publishing ? (
        <PublishDialog
          story={story}
          connection={connection}
          preflight={preflight}
          flush={() => autosaver.flush()}
          onPublished={() => {
            // The service recorded where the post lives; merge that into the open copy so the
            // next autosave keeps it.
            void connection.api.openStory({ id: story.id }).then((fresh) => {
              autosaver.rebase(fresh.updatedAt);
              update({ published: fresh.published, status: fresh.status });
            });
          }}
          onClose={() => setPublishing(false)}
        />
      ) : null}
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
