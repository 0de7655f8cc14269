import { useEffect, useRef } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { publishedBlocks } from '../../shared/export/model';
import { blockText } from '../../shared/story';
import type { InlineNode, Story, StoryBlock, StoryText } from '../../shared/story';
import type { AssetResolver } from '../editor/render';

/** Props of the print proof. */
export interface PrintProofProps {
  readonly story: Story;
  /** Editor's notes, suggestions and comments printed too. */
  readonly withNotes: boolean;
  readonly resolveAsset: AssetResolver;
  /** Called when the print dialog closes. */
  readonly onDone: () => void;
  /** How to print once the proof is in the page: the print dialog unless told otherwise. */
  readonly print?: () => void;
}

function Leaf({
  leaf,
  withNotes,
}: {
  readonly leaf: StoryText;
  readonly withNotes: boolean;
}): ReactNode {
  let content: ReactNode = leaf.text;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.strikethrough) content = <s>{content}</s>;
  if (withNotes && leaf.note) content = <span className="print-note">[Note: {content}]</span>;
  if (withNotes && leaf.del) content = <del>{content}</del>;
  if (withNotes && leaf.ins) content = <ins>{content}</ins>;
  return content;
}

function Inlines({
  children,
  withNotes,
}: {
  readonly children: ReadonlyArray<InlineNode>;
  readonly withNotes: boolean;
}): ReactElement {
  return (
    <>
      {children.map((child, i) =>
        'text' in child ? (
          <Leaf key={i} leaf={child} withNotes={withNotes} />
        ) : (
          <a key={i} href={child.url}>
            {child.children.map((leaf, j) => (
              <Leaf key={j} leaf={leaf} withNotes={withNotes} />
            ))}
          </a>
        ),
      )}
    </>
  );
}

function Block({
  block,
  withNotes,
  resolve,
}: {
  readonly block: StoryBlock;
  readonly withNotes: boolean;
  readonly resolve: AssetResolver;
}): ReactElement {
  switch (block.type) {
    case 'bulleted-list':
    case 'numbered-list': {
      const List = block.type === 'bulleted-list' ? 'ul' : 'ol';
      return (
        <List>
          {block.children.map((item, i) => (
            <li key={i}>
              <Inlines withNotes={withNotes}>{item.children}</Inlines>
            </li>
          ))}
        </List>
      );
    }
    case 'section-break':
      return <p className="print-break">* * *</p>;
    case 'image':
      return (
        <figure>
          <img src={resolve(block.src)} alt={block.alt} />
          <figcaption>
            {block.caption}
            {block.credit ? ` (${block.credit})` : ''}
          </figcaption>
        </figure>
      );
    case 'heading-one':
      return (
        <h3>
          <Inlines withNotes={withNotes}>{block.children}</Inlines>
        </h3>
      );
    case 'heading-two':
      return (
        <h4>
          <Inlines withNotes={withNotes}>{block.children}</Inlines>
        </h4>
      );
    case 'blockquote':
    case 'pull-quote':
      return (
        <blockquote>
          <Inlines withNotes={withNotes}>{block.children}</Inlines>
        </blockquote>
      );
    default:
      return (
        <p>
          <Inlines withNotes={withNotes}>{block.children}</Inlines>
        </p>
      );
  }
}

/**
 * The story as a newspaper proof (headline, dek, byline, dateline, body with captions), drawn
 * only for print (see `@media print` in styles.css) and handed to the browser's print dialog,
 * where "Save as PDF" makes the PDF. Without notes it is exactly the accepted, published text.
 */
export function PrintProof({
  story,
  withNotes,
  resolveAsset,
  onDone,
  print,
}: PrintProofProps): ReactElement {
  // One print per proof shown: a re-render (the save status, a check's results) hands in new
  // callbacks, which must not print again; a new print request mounts a new proof.
  const latest = useRef({ onDone, print });
  latest.current = { onDone, print };
  useEffect(() => {
    // After the proof is in the page; printing is modal in a real browser, a no-op headless.
    const done = (): void => latest.current.onDone();
    const timer = setTimeout(() => (latest.current.print ?? (() => window.print()))(), 0);
    window.addEventListener('afterprint', done);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, []);
  const blocks = withNotes ? story.body : publishedBlocks(story.body);
  const [first, ...rest] = blocks;
  return createPortal(
    <article className="print-proof" aria-hidden="true">
      <p className="print-slug">
        {story.slug || 'untitled'} · {story.status} · {new Date().toLocaleString('en-US')}
      </p>
      <h1>{story.headline}</h1>
      {story.dek ? <p className="print-dek">{story.dek}</p> : null}
      {story.byline ? (
        <p className="print-byline">By {story.byline.replace(/^by\s+/i, '')}</p>
      ) : null}
      {first &&
      first.type === 'paragraph' &&
      story.dateline &&
      !blockText(first).trimStart().startsWith(story.dateline) ? (
        <p>
          <span className="print-dateline">{story.dateline} — </span>
          <Inlines withNotes={withNotes}>{first.children}</Inlines>
        </p>
      ) : first ? (
        <Block block={first} withNotes={withNotes} resolve={resolveAsset} />
      ) : null}
      {rest.map((block, i) => (
        <Block key={i} block={block} withNotes={withNotes} resolve={resolveAsset} />
      ))}
      {withNotes && (story.comments ?? []).length > 0 ? (
        <section className="print-comments">
          <h2>Comments</h2>
          {(story.comments ?? []).map((c) => (
            <p key={c.id}>
              “{c.quote}” — {c.author}: {c.text}
              {c.resolved ? ' (resolved)' : ''}
            </p>
          ))}
        </section>
      ) : null}
    </article>,
    document.body,
  );
}
