import { useRef, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { PlacedComment } from '../../shared/review/anchors';
import type { StoryComment } from '../../shared/review/comments';
import { reviewTime } from './suggestions-panel';
import { useAlignedThreads } from './use-aligned-threads';

/** What the comments panel can do to a thread. */
export interface CommentActions {
  readonly post: (text: string) => void;
  readonly cancelDraft: () => void;
  readonly reply: (id: string, text: string) => void;
  readonly edit: (id: string, replyId: string | undefined, text: string) => void;
  readonly remove: (id: string, replyId: string | undefined) => void;
  readonly resolve: (id: string, resolved: boolean) => void;
  readonly focus: (comment: StoryComment) => void;
}

/** Props of the Comments panel. */
export interface CommentsPanelProps {
  readonly comments: ReadonlyArray<PlacedComment>;
  readonly me: string;
  /** The quoted text of a comment being written, or undefined. */
  readonly draft: string | undefined;
  readonly active: string | undefined;
  readonly actions: CommentActions;
  readonly onClose: () => void;
}

function TextForm({
  label,
  submit,
  initial = '',
  onSubmit,
  onCancel,
}: {
  readonly label: string;
  readonly submit: string;
  readonly initial?: string;
  readonly onSubmit: (text: string) => void;
  readonly onCancel: () => void;
}): ReactElement {
  const [text, setText] = useState(initial);
  const send = (event: FormEvent): void => {
    event.preventDefault();
    if (text.trim() !== '') onSubmit(text.trim());
  };
  return (
    <form className="comment-form" onSubmit={send} aria-label={label}>
      <textarea
        aria-label={label}
        value={text}
        rows={3}
        // A new comment or reply is what the user came to write.
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) send(e);
          if (e.key === 'Escape') onCancel();
        }}
      />
      <div className="review-actions">
        <button type="submit" disabled={text.trim() === ''}>
          {submit}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

type Editing = { readonly id: string; readonly replyId: string | undefined } | undefined;

function Thread({
  placed,
  me,
  active,
  actions,
}: {
  readonly placed: PlacedComment;
  readonly me: string;
  readonly active: boolean;
  readonly actions: CommentActions;
}): ReactElement {
  const { comment, textDeleted } = placed;
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState<Editing>(undefined);
  const entries = [
    {
      id: undefined,
      author: comment.author,
      at: comment.at,
      text: comment.text,
      edited: comment.editedAt,
    },
    ...comment.replies.map((r) => ({
      id: r.id,
      author: r.author,
      at: r.at,
      text: r.text,
      edited: r.editedAt,
    })),
  ];
  const where = comment.anchor.kind === 'field' ? `in the ${comment.anchor.field}` : 'in the story';
  return (
    <li
      data-comment-id={comment.id}
      data-comment-field={comment.anchor.kind === 'field' ? comment.anchor.field : undefined}
    >
      <article
        className={`comment-thread${active ? ' is-active' : ''}${comment.resolved ? ' is-resolved' : ''}`}
        aria-label={`Comment by ${comment.author} on “${comment.quote}”`}
      >
        <button type="button" className="comment-quote" onClick={() => actions.focus(comment)}>
          {textDeleted ? <span className="badge">text deleted</span> : null} “{comment.quote}”{' '}
          <span className="comment-where">{where}</span>
        </button>
        {comment.resolved ? <p className="badge">Resolved by {comment.resolved.by}</p> : null}
        {entries.map((entry) => {
          const isEditing = editing?.id === comment.id && editing.replyId === entry.id;
          return (
            <div key={entry.id ?? 'root'} className="comment-entry">
              <p className="review-meta">
                <strong>{entry.author}</strong>{' '}
                <time dateTime={entry.at}>{reviewTime(entry.at)}</time>
                {entry.edited ? ' (edited)' : ''}
              </p>
              {isEditing ? (
                <TextForm
                  label="Edit comment"
                  submit="Save"
                  initial={entry.text}
                  onSubmit={(text) => {
                    actions.edit(comment.id, entry.id, text);
                    setEditing(undefined);
                  }}
                  onCancel={() => setEditing(undefined)}
                />
              ) : (
                <p className="comment-text">{entry.text}</p>
              )}
              {entry.author === me && !isEditing ? (
                <div className="review-actions">
                  <button
                    type="button"
                    onClick={() => setEditing({ id: comment.id, replyId: entry.id })}
                  >
                    Edit
                  </button>
                  <button type="button" onClick={() => actions.remove(comment.id, entry.id)}>
                    Delete
                  </button>
                </div>
              ) : null}
            </div>
          );
        })}
        {replying ? (
          <TextForm
            label="Reply"
            submit="Post reply"
            onSubmit={(text) => {
              actions.reply(comment.id, text);
              setReplying(false);
            }}
            onCancel={() => setReplying(false)}
          />
        ) : (
          <div className="review-actions">
            <button type="button" onClick={() => setReplying(true)}>
              Reply
            </button>
            <button type="button" onClick={() => actions.resolve(comment.id, !comment.resolved)}>
              {comment.resolved ? 'Reopen' : 'Resolve'}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}

/** Comment threads in story order: write, reply, edit or delete your own, resolve and reopen. */
export function CommentsPanel({
  comments,
  me,
  draft,
  active,
  actions,
  onClose,
}: CommentsPanelProps): ReactElement {
  const [showResolved, setShowResolved] = useState(false);
  const shown = comments.filter((c) => showResolved || !c.comment.resolved);
  const open = comments.filter((c) => !c.comment.resolved).length;
  const list = useRef<HTMLOListElement>(null);
  useAlignedThreads(list, shown.map((c) => c.comment.id).join(' '));
  return (
    <aside className="side-panel comments-panel" aria-label="Comments">
      <div className="side-panel-head">
        <h2>Comments ({open})</h2>
        <button type="button" onClick={onClose}>
          Close comments
        </button>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={showResolved}
          onChange={(e) => setShowResolved(e.target.checked)}
        />{' '}
        Show resolved
      </label>
      {draft !== undefined ? (
        <div className="comment-thread is-active">
          <p className="comment-quote">On “{draft}”</p>
          <TextForm
            label="New comment"
            submit="Post comment"
            onSubmit={actions.post}
            onCancel={actions.cancelDraft}
          />
        </div>
      ) : null}
      {shown.length === 0 && draft === undefined ? (
        <p>No comments. Select text and choose Comment (Ctrl+Alt+C).</p>
      ) : null}
      <ol className="review-list comment-threads" ref={list}>
        {shown.map((placed) => (
          <Thread
            key={placed.comment.id}
            placed={placed}
            me={me}
            active={placed.comment.id === active}
            actions={actions}
          />
        ))}
      </ol>
    </aside>
  );
}
