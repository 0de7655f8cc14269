import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import type { BaseRange, BaseSelection } from 'slate';
import { countBody } from '../../shared/counts';
import type { Story, StoryBlock } from '../../shared/story';
import { createStoryEditor } from '../editor/create-story-editor';
import { useSmartQuotes } from '../editor/use-smart-quotes';
import type { DecoratedRange } from '../editor/find-ranges';
import { useProofUi } from '../proofing/use-proof-ui';
import type { Connection } from '../api-client';
import { BodyEditor } from './body-editor';
import { CorrectionDialog } from './correction-dialog';
import { ConflictBanner } from './conflict-banner';
import { StoryHeader } from './story-header';
import { ExportDialog } from './export-dialog';
import { PublishDialog } from './publish-dialog';
import { usePreflight } from './use-preflight';
import { FindReplace } from './find-replace';
import { HistoryPanel } from './history-panel';
import type { FieldMark } from './field-underlay';
import { HeadlineField, MetadataFields } from './metadata-fields';
import { PrintProof } from './print-proof';
import type { SidePanel } from './side-panel';
import type { OpenStory } from '../session/story-session';
import { useSession, useSessionState } from '../session/use-session';
import { useCommand } from '../commands/command-hub';
import { shiftFieldComments } from '../../shared/review/comments';
import { ReviewDisplayContext } from '../review/review-display';
import { useReview } from '../review/use-review';

/** Props of the open story. */
export interface StoryViewProps {
  /** This opening of the story, with its autosaver (see StorySession). */
  readonly open: OpenStory;
  readonly connection: Connection;
}

/** One open story: its metadata, its body, its word count and its save state. */
export function StoryView({ open, connection }: StoryViewProps): ReactElement {
  const { story: initial, autosaver } = open;
  const session = useSession();
  const [story, setStory] = useState(initial);
  const saveState = useSessionState((state) => state.saveState);
  const panel = useSessionState((state) => state.panel);
  const popup = useSessionState((state) => state.popup);
  const versionsSaved = useSessionState((state) => state.versionsSaved);
  const [printing, setPrinting] = useState<
    { notes: boolean; pdf?: boolean; request: number } | undefined
  >(undefined);
  // Each print asked for is its own proof (and one print), even while the last one shows.
  const printRequests = useRef(0);
  const startPrint = (options: { notes: boolean; pdf?: boolean }): void =>
    setPrinting({ ...options, request: ++printRequests.current });
  const togglePanel = useCallback((next: SidePanel) => session.togglePanel(next), [session]);
  const openPanel = useCallback(
    (next: SidePanel | undefined) => session.showPanel(next),
    [session],
  );
  const onRestored = useCallback((restored: Story) => void session.reopen(restored), [session]);
  const onRename = useCallback(() => session.show({ kind: 'rename' }), [session]);
  const onTrash = useCallback(() => void session.trashOpenStory(), [session]);
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
  useEffect(() => {
    if (open.focusHeadline) document.getElementById('field-headline')?.focus();
  }, [open.focusHeadline]);

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

  // The print proof is a snapshot for one print: the first edit after it takes it away.
  const onBodyChange = useCallback(
    (body: ReadonlyArray<StoryBlock>) => {
      setPrinting(undefined);
      update({ body });
    },
    [update],
  );
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
  const proof = useProofUi({
    editor,
    story,
    connection,
    update,
    panelOpen: panel === 'findings',
    setPanelOpen: (show) => session.showPanel(show ? 'findings' : undefined),
  });
  const review = useReview({
    editor,
    story,
    connection,
    update,
    current: () => latest.current,
    panel,
    setPanel: openPanel,
  });
  const preflight = usePreflight(
    story,
    counts.words,
    proof.findings,
    () => proof.setPanelOpen(true),
    {
      suggestions: review.suggestions.length,
      openComments: review.openComments,
      open: openPanel,
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

  const exportPdf = async (write: (name: string) => Promise<string | undefined>): Promise<void> => {
    try {
      const path = await write(story.slug || 'story');
      if (path) session.inform(`Saved the PDF as ${path}.`);
    } catch (error) {
      session.fail(error);
    } finally {
      setPrinting(undefined);
    }
  };

  useCommand('find', () => setFind('find'));
  useCommand('replace', () => setFind('replace'));
  useCommand('export', () => session.show({ kind: 'export' }));
  useCommand('publish', () => session.show({ kind: 'publish' }));
  useCommand('print', () => startPrint({ notes: false }));
  // Electron writes the PDF itself (printToPDF); the browser host's print dialog saves one.
  useCommand('export-pdf', () => startPrint({ notes: false, pdf: true }));
  useCommand('details', () => togglePanel('details'));
  useCommand('history', () => togglePanel('history'));
  useCommand('findings', () => togglePanel('findings'));
  useCommand('suggestions', () => togglePanel('suggestions'));
  useCommand('comments', () => togglePanel('comments'));
  useCommand('rename', onRename);
  useCommand('trash', onTrash);

  const sidePanel: ReactElement | null =
    panel === 'details' ? (
      <aside className="side-panel details-panel" aria-label="Details">
        <div className="side-panel-head">
          <h2>Details</h2>
          <button type="button" onClick={() => togglePanel('details')}>
            Close details
          </button>
        </div>
        <MetadataFields story={story} onChange={update} marks={fieldMarks} />
        <div className="review-actions details-story-actions">
          <button type="button" onClick={onRename}>
            Rename…
          </button>
          <button type="button" onClick={onTrash}>
            Move to trash
          </button>
        </div>
      </aside>
    ) : panel === 'history' ? (
      <HistoryPanel
        storyId={story.id}
        connection={connection}
        flush={() => autosaver.flush()}
        onRestored={onRestored}
        revision={versionsSaved}
      />
    ) : panel === 'findings' ? (
      proof.panel
    ) : (
      review.panelElement
    );

  return (
    <article className="story-view" aria-label={story.headline || 'Untitled story'}>
      <StoryHeader
        story={story}
        counts={counts}
        findings={proof.count}
        suggestions={review.suggestions.length}
        openComments={review.openComments}
        findOpen={find !== undefined}
        onFind={() => setFind(find ? undefined : 'find')}
        onPrint={(notes) => startPrint({ notes })}
      />
      {saveState.kind === 'conflict' ? (
        <ConflictBanner
          connection={connection}
          autosaver={autosaver}
          onLoaded={onRestored}
          onError={(reason) => session.setSaveState({ kind: 'conflict', reason })}
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
      <div className={`story-layout${sidePanel ? ' has-panel' : ''}`}>
        <div className="story-page">
          <HeadlineField story={story} onChange={update} marks={fieldMarks} />
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
        </div>
        {sidePanel ? (
          // Comments sit beside their text, so their column scrolls with the page.
          <div className={`side-column${panel === 'comments' ? ' is-margin' : ''}`}>
            {sidePanel}
          </div>
        ) : null}
      </div>
      {proof.popover}
      {review.popover}
      {popup?.kind === 'export' ? (
        <ExportDialog story={story} onClose={() => session.close()} />
      ) : null}
      {popup?.kind === 'publish' ? (
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
          onTookTheirs={(taken) => {
            session.close();
            onRestored(taken);
          }}
          onClose={() => session.close()}
        />
      ) : null}
      {popup?.kind === 'correction' ? (
        <CorrectionDialog
          story={story}
          connection={connection}
          flush={() => autosaver.flush()}
          onCorrected={(corrected) => {
            session.close();
            onRestored(corrected);
          }}
          onCancel={() => session.close()}
        />
      ) : null}
      {printing ? (
        <PrintProof
          key={printing.request}
          story={story}
          withNotes={printing.notes}
          resolveAsset={resolveAsset}
          onDone={() => undefined}
          {...(printing.pdf && connection.exportPdf
            ? { print: () => void exportPdf(connection.exportPdf!) }
            : {})}
        />
      ) : null}
    </article>
  );
}
