import type { ReactElement } from 'react';
import { useFocused, useSelected } from 'slate-react';
import type {
  RenderChunkProps,
  RenderElementProps,
  RenderLeafProps,
  RenderPlaceholderProps,
} from 'slate-react';
import type { ImageElement } from '../../shared/story';

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

/** Renders every element of the story schema; the switch is exhaustive. */
export function makeRenderElement(
  resolve: AssetResolver,
): (props: RenderElementProps) => ReactElement {
  return function renderElement(props: RenderElementProps): ReactElement {
    const { attributes, children, element } = props;
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
        return <ImageBlock {...props} element={element} resolve={resolve} />;
      default:
        return assertNever(element);
    }
  };
}

/** Renders formatting marks and decorations (find matches, proofing later) as classes. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps): ReactElement {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.strikethrough) content = <s>{content}</s>;
  const decorated = leaf as typeof leaf & {
    findMatch?: boolean;
    findCurrent?: boolean;
    proof?: string;
    proofId?: string;
  };
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
