import type { ReactElement } from 'react';
import { useFocused, useSelected } from 'slate-react';
import type {
  RenderChunkProps,
  RenderElementProps,
  RenderLeafProps,
  RenderPlaceholderProps,
} from 'slate-react';
import type { ImageElement, LinkElement, StoryElement } from '../../shared/story';
import {
  describeBlockChange,
  describeFormat,
  describeLinkChange,
} from '../../shared/review/summary';
import { useReviewDisplay } from '../review/review-display';
import type { DecoratedLeaf } from './find-ranges';

function assertNever(value: never): never {
  throw new Error(`Unexpected element ${JSON.stringify(value)}`);
}

/** Maps `asset:images/x.png` to a URL the current host can serve; https passes through. */
export type AssetResolver = (src: string) => string;

function ImageBlock({
  attributes,
  children,
  element,
  resolve,
}: RenderElementProps & {
  readonly element: ImageElement;
  readonly resolve: AssetResolver;
}): ReactElement {
  const selected = useSelected();
  const focused = useFocused();
  return (
    <figure {...attributes} className={`story-image${selected && focused ? ' is-selected' : ''}`}>
      <div contentEditable={false}>
        <img src={resolve(element.src)} alt={element.alt} />
        <figcaption>
          {element.caption}
          {element.credit ? <span className="credit"> ({element.credit})</span> : null}
        </figcaption>
      </div>
      {children}
    </figure>
  );
}

/**
 * A block carrying a suggested change shows it in the margin ("Made heading", "Joined
 * paragraphs") with its author: drawn from the attribute by CSS, and read out as the block's
 * description, so it never rests on colour.
 */
function changeAttributes(element: StoryElement): Record<string, string> {
  const { change } = element;
  if (!change) return {};
  const what = describeBlockChange(change, element.type);
  return {
    'data-change': what,
    'data-suggestion-id': change.id,
    'aria-description': `Suggested: ${what}, by ${change.author}`,
    className: 'suggested-block',
  };
}

/** A suggested link change is outlined and described, never shown by colour alone. */
function linkChangeAttributes(link: LinkElement): Record<string, string> {
  const change = link.linkChange;
  if (!change) return {};
  const what = describeLinkChange(link);
  return {
    className: `suggested-link suggested-link-${change.kind}`,
    'data-suggestion-id': change.id,
    'aria-description': `Suggested: ${what}, by ${change.author}`,
    title: `${what} (${change.author})`,
  };
}

/** Renders every element of the story schema; the switch is exhaustive. */
export function makeRenderElement(
  resolve: AssetResolver,
): (props: RenderElementProps) => ReactElement {
  return function renderElement(props: RenderElementProps): ReactElement {
    const { children, element } = props;
    const attributes = { ...props.attributes, ...changeAttributes(element) };
    switch (element.type) {
      case 'paragraph':
        return <p {...attributes}>{children}</p>;
      case 'heading-one':
        return <h2 {...attributes}>{children}</h2>;
      case 'heading-two':
        return <h3 {...attributes}>{children}</h3>;
      case 'blockquote':
        return <blockquote {...attributes}>{children}</blockquote>;
      case 'pull-quote':
        return (
          <aside {...attributes} className="pull-quote" aria-label="Pull quote">
            {children}
          </aside>
        );
      case 'bulleted-list':
        return <ul {...attributes}>{children}</ul>;
      case 'numbered-list':
        return <ol {...attributes}>{children}</ol>;
      case 'list-item':
        return <li {...attributes}>{children}</li>;
      case 'link':
        return (
          <a
            {...attributes}
            {...linkChangeAttributes(element)}
            href={element.url}
            rel="noreferrer noopener"
            onClick={(e) => e.preventDefault()}
          >
            {children}
          </a>
        );
      case 'section-break':
        return (
          <div
            {...attributes}
            className="section-break"
            role="separator"
            aria-label="Section break"
          >
            <span contentEditable={false}>* * *</span>
            {children}
          </div>
        );
      case 'image':
        return (
          <ImageBlock {...props} attributes={attributes} element={element} resolve={resolve} />
        );
      default:
        return assertNever(element);
    }
  };
}

function CommentAnchor({
  ids,
  children,
}: {
  readonly ids: ReadonlyArray<string>;
  readonly children: ReactElement;
}): ReactElement {
  const { openComments, activeComment } = useReviewDisplay();
  const open = ids.filter((id) => openComments.has(id));
  if (open.length === 0) return children;
  const active = activeComment !== undefined && open.includes(activeComment);
  return (
    <mark
      className={`comment-anchor${active ? ' is-active' : ''}`}
      data-comment-ids={open.join(' ')}
    >
      {children}
    </mark>
  );
}

/**
 * Renders formatting marks, review marks and decorations. Suggested insertions and deletions
 * are real <ins> and <del> elements (screen readers announce "insertion" and "deletion"),
 * with underline and strike-through so they never rest on colour.
 */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps): ReactElement {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.strikethrough) content = <s>{content}</s>;
  if (leaf.fmt)
    content = (
      <span
        className="suggested-format"
        data-suggestion-id={leaf.fmt.id}
        title={`${describeFormat(leaf).join(', ')}: suggested by ${leaf.fmt.author}`}
      >
        {content}
      </span>
    );
  if (leaf.del)
    content = (
      <del data-suggestion-id={leaf.del.id} title={`Suggested deletion by ${leaf.del.author}`}>
        {content}
      </del>
    );
  if (leaf.ins)
    content = (
      <ins data-suggestion-id={leaf.ins.id} title={`Suggested insertion by ${leaf.ins.author}`}>
        {content}
      </ins>
    );
  if (leaf.comments && leaf.comments.length > 0)
    content = <CommentAnchor ids={leaf.comments}>{content}</CommentAnchor>;
  const decorated: DecoratedLeaf = leaf;
  const classes = [
    leaf.note ? 'note' : '',
    decorated.findMatch ? 'find-match' : '',
    decorated.findCurrent ? 'find-current' : '',
    decorated.proof ? `proof proof-${decorated.proof}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <span
      {...attributes}
      className={classes || undefined}
      data-note={leaf.note ? 'true' : undefined}
      data-proof-id={decorated.proofId}
      data-proof-kind={decorated.proof}
    >
      {content}
    </span>
  );
}

/** Slate's own placeholder is too faint to pass a contrast check; CSS restores the contrast. */
export function renderPlaceholder({ attributes, children }: RenderPlaceholderProps): ReactElement {
  return (
    <span {...attributes} className="body-placeholder">
      {children}
    </span>
  );
}

/** The smallest chunks get `content-visibility: auto`, so off-screen text costs no layout. */
export function renderChunk({ attributes, children, lowest }: RenderChunkProps): ReactElement {
  return (
    <div {...attributes} className={lowest ? 'chunk' : undefined}>
      {children}
    </div>
  );
}
