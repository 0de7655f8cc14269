import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { Editor, Element as SlateElement, Range } from 'slate';
import type { BaseSelection, RangeRef } from 'slate';
import type { Story } from '../../shared/story';
import type { CommentableField, StoryComment } from '../../shared/review/comments';
import { newReviewId } from '../../shared/review/marks';
import { placeComments } from '../../shared/review/anchors';
import type { ReviewAction, SuggestionPick } from '../../shared/review/resolve';
import { listSuggestions } from '../../shared/review/summary';
import type { SuggestionSummary } from '../../shared/review/summary';
import type { Connection } from '../api-client';
import { SETTINGS_SAVED_EVENT } from '../settings-events';
import { useCommand } from '../commands/command-hub';
import type { SidePanel } from '../components/side-panel';
import { CommentsPanel } from '../components/comments-panel';
import type { CommentActions } from '../components/comments-panel';
import { SuggestionPopover } from '../components/suggestion-popover';
import { SuggestionsPanel } from '../components/suggestions-panel';
import { resolveSuggestions } from '../editor/with-suggestions';
import type { ReviewDisplay } from './review-display';
import { takeDomSelection } from '../editor/take-dom-selection';
import { addCommentMark, findReviewPath, removeCommentMark, revealPath } from './review-transforms';

/** Inputs of the review UI. */
export interface ReviewOptions {
  readonly editor: Editor;
  readonly story: Story;
  readonly connection: Connection;
  readonly update: (patch: Partial<Story>) => void;
  /** The newest story, for edits that build on the comment list. */
  readonly current: () => Story;
  /** The story view's one side panel. */
  readonly panel: SidePanel | undefined;
  readonly setPanel: (panel: SidePanel | undefined) => void;
}

type Draft =
  | { readonly kind: 'body'; readonly ref: RangeRef; readonly quote: string }
  | {
      readonly kind: 'field';
      readonly field: CommentableField;
      readonly start: number;
      readonly end: number;
      readonly quote: string;
    };

function suggestionAtCaret(editor: Editor, selection: BaseSelection): string | undefined {
  if (!selection || !Range.isCollapsed(selection)) return undefined;
  try {
    const [leaf] = Editor.leaf(editor, selection.anchor);
    const id = leaf.ins?.id ?? leaf.del?.id ?? leaf.fmt?.id;
    if (id) return id;
    const block = Editor.above(editor, {
      at: selection.anchor,
      match: (n) =>
        SlateElement.isElement(n) &&
        (n.change !== undefined || (n.type === 'link' && n.linkChange !== undefined)),
    });
    const element = block?.[0] as SlateElement | undefined;
    if (element?.type === 'link') return element.linkChange?.id;
    return element?.change?.id;
  } catch {
    return undefined;
  }
}

function commentAtCaret(editor: Editor, selection: BaseSelection): string | undefined {
  if (!selection) return undefined;
  try {
    const [leaf] = Editor.leaf(editor, selection.anchor);
    return leaf.comments?.[leaf.comments.length - 1];
  } catch {
    return undefined;
  }
}

/**
 * The review workflow of one open story: suggestion mode, the Suggestions and Comments panels,
 * the popover on a suggestion, and their shortcuts (Ctrl+Shift+E, Ctrl+Alt+C, F8/Shift+F8).
 */
export function useReview({
  editor,
  story,
  connection,
  update,
  current,
  panel,
  setPanel,
}: ReviewOptions) {
  const [suggesting, setSuggestingState] = useState(editor.suggesting === true);
  const [author, setAuthor] = useState('');
  const authorRef = useRef('');
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  const [caret, setCaret] = useState<{ suggestion?: string; comment?: string }>({});
  const [notice, setNotice] = useState('');
  const me = author || 'Unnamed editor';

  useEffect(() => {
    const load = (): void => {
      connection.api.getSettings({}).then(
        (s) => {
          authorRef.current = s.authorName.trim();
          setAuthor(authorRef.current);
        },
        () => undefined,
      );
    };
    load();
    window.addEventListener(SETTINGS_SAVED_EVENT, load);
    return () => window.removeEventListener(SETTINGS_SAVED_EVENT, load);
  }, [connection]);

  useEffect(() => {
    editor.reviewAuthor = () => authorRef.current;
  }, [editor]);

  const setSuggesting = useCallback(
    (on: boolean) => {
      editor.suggesting = on;
      setSuggestingState(on);
    },
    [editor],
  );

  const suggestions = useMemo(() => listSuggestions(story.body), [story.body]);
  const comments = useMemo(
    () => placeComments(story.comments ?? [], story.body),
    [story.comments, story.body],
  );
  const display = useMemo<ReviewDisplay>(
    () => ({
      openComments: new Set((story.comments ?? []).filter((c) => !c.resolved).map((c) => c.id)),
      activeComment: caret.comment,
    }),
    [story.comments, caret.comment],
  );

  const resolve = useCallback(
    (pick: SuggestionPick, action: ReviewAction) => {
      resolveSuggestions(editor, pick, action);
      setCaret((c) => ({ ...c, suggestion: undefined }));
    },
    [editor],
  );

  const jump = useCallback(
    (s: SuggestionSummary) => {
      const path = findReviewPath(editor, { suggestion: s.id });
      if (path) revealPath(editor, path);
    },
    [editor],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      if (suggestions.length === 0) return;
      const here = editor.selection?.anchor.path[0] ?? -1;
      const index = suggestions.findIndex((s) => s.id === caret.suggestion);
      let next: SuggestionSummary | undefined;
      if (index >= 0)
        next = suggestions[(index + direction + suggestions.length) % suggestions.length];
      else if (direction === 1) next = suggestions.find((s) => s.block > here) ?? suggestions[0];
      else next = [...suggestions].reverse().find((s) => s.block < here) ?? suggestions.at(-1);
      if (next) {
        jump(next);
        setCaret((c) => ({ ...c, suggestion: next.id }));
      }
    },
    [editor, suggestions, caret.suggestion, jump],
  );

  const onSelection = useCallback(
    (selection: BaseSelection) => {
      // While the user types, the popover stays away: measuring its anchor on every keystroke
      // would force a layout of the whole story, and nobody reviews mid-word.
      const typing = editor.operations.some((op) => op.type !== 'set_selection');
      const suggestion = typing ? undefined : suggestionAtCaret(editor, selection);
      const comment = commentAtCaret(editor, selection);
      setCaret((c) =>
        c.suggestion === suggestion && c.comment === comment ? c : { suggestion, comment },
      );
    },
    [editor],
  );

  const startComment = useCallback(() => {
    const focused = document.activeElement;
    setNotice('');
    if (
      (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) &&
      (focused.id === 'field-headline' || focused.id === 'field-dek')
    ) {
      const start = focused.selectionStart ?? 0;
      const end = focused.selectionEnd ?? 0;
      if (start < end) {
        setDraft({
          kind: 'field',
          field: focused.id === 'field-headline' ? 'headline' : 'dek',
          start,
          end,
          quote: focused.value.slice(start, end),
        });
        setPanel('comments');
        return;
      }
    }
    // The words the user sees selected, even if slate-react has not read them yet.
    takeDomSelection(editor);
    const { selection } = editor;
    if (
      selection &&
      Range.isExpanded(selection) &&
      Editor.string(editor, selection).trim() !== ''
    ) {
      if (draft?.kind === 'body') draft.ref.unref();
      setDraft({
        kind: 'body',
        ref: Editor.rangeRef(editor, selection),
        quote: Editor.string(editor, selection).slice(0, 200),
      });
      setPanel('comments');
      return;
    }
    setPanel('comments');
    setNotice('Select the words to comment on first, in the headline, dek or story.');
  }, [editor, draft, setPanel]);

  const setComments = useCallback(
    (change: (list: ReadonlyArray<StoryComment>) => ReadonlyArray<StoryComment>) =>
      update({ comments: change(current().comments ?? []) }),
    [update, current],
  );

  const actions = useMemo<CommentActions>(() => {
    const now = (): string => new Date().toISOString();
    const patch = (id: string, edit: (c: StoryComment) => StoryComment): void =>
      setComments((list) => list.map((c) => (c.id === id ? edit(c) : c)));
    return {
      post: (text) => {
        if (!draft) return;
        const id = newReviewId('c');
        if (draft.kind === 'body') {
          const range = draft.ref.unref();
          if (!range) return;
          addCommentMark(editor, range, id);
        }
        const comment: StoryComment = {
          id,
          author: me,
          at: now(),
          text,
          anchor:
            draft.kind === 'body'
              ? { kind: 'body' }
              : { kind: 'field', field: draft.field, start: draft.start, end: draft.end },
          quote: draft.quote,
          replies: [],
        };
        setComments((list) => [...list, comment]);
        setDraft(undefined);
      },
      cancelDraft: () => {
        if (draft?.kind === 'body') draft.ref.unref();
        setDraft(undefined);
      },
      reply: (id, text) =>
        patch(id, (c) => ({
          ...c,
          replies: [...c.replies, { id: newReviewId('r'), author: me, at: now(), text }],
        })),
      edit: (id, replyId, text) =>
        patch(id, (c) =>
          replyId === undefined
            ? { ...c, text, editedAt: now() }
            : {
                ...c,
                replies: c.replies.map((r) =>
                  r.id === replyId ? { ...r, text, editedAt: now() } : r,
                ),
              },
        ),
      remove: (id, replyId) => {
        if (replyId !== undefined) {
          patch(id, (c) => ({ ...c, replies: c.replies.filter((r) => r.id !== replyId) }));
          return;
        }
        removeCommentMark(editor, id);
        setComments((list) => list.filter((c) => c.id !== id));
      },
      resolve: (id, resolved) =>
        patch(id, (c) => {
          if (!resolved) {
            const { resolved: _gone, ...open } = c;
            return open;
          }
          return { ...c, resolved: { by: me, at: now() } };
        }),
      focus: (comment) => {
        if (comment.anchor.kind === 'field') {
          const input = document.getElementById(`field-${comment.anchor.field}`);
          if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) {
            input.focus();
            input.setSelectionRange(comment.anchor.start, comment.anchor.end);
          }
          return;
        }
        const path = findReviewPath(editor, { comment: comment.id });
        if (path) revealPath(editor, path);
        setCaret((c) => ({ ...c, comment: comment.id }));
      },
    };
  }, [draft, editor, me, setComments]);

  useCommand('suggest-changes', () => setSuggesting(!editor.suggesting));
  useCommand('add-comment', startComment);
  useCommand('next-suggestion', () => {
    setPanel('suggestions');
    step(1);
  });
  useCommand('previous-suggestion', () => {
    setPanel('suggestions');
    step(-1);
  });

  const popoverSuggestion = suggestions.find((s) => s.id === caret.suggestion);
  const popover: ReactElement | null = popoverSuggestion ? (
    <SuggestionPopover
      key={popoverSuggestion.id}
      suggestion={popoverSuggestion}
      onAccept={() => resolve((m) => m.id === popoverSuggestion.id, 'accept')}
      onReject={() => resolve((m) => m.id === popoverSuggestion.id, 'reject')}
    />
  ) : null;

  const panelElement: ReactElement | null =
    panel === 'suggestions' ? (
      <SuggestionsPanel
        suggestions={suggestions}
        onResolve={resolve}
        onJump={(s) => {
          jump(s);
          setCaret((c) => ({ ...c, suggestion: s.id }));
        }}
        onStep={step}
        onClose={() => setPanel(undefined)}
      />
    ) : panel === 'comments' ? (
      <>
        {notice ? (
          <p role="status" className="review-notice">
            {notice}
          </p>
        ) : null}
        <CommentsPanel
          comments={comments}
          me={me}
          draft={draft?.quote}
          active={caret.comment}
          actions={actions}
          onClose={() => setPanel(undefined)}
        />
      </>
    ) : null;

  return {
    suggesting,
    setSuggesting,
    suggestions,
    openComments: comments.filter((c) => !c.comment.resolved).length,
    panelElement,
    popover,
    display,
    onSelection,
    startComment,
  };
}
