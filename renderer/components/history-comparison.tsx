import { Fragment } from 'react';
import type { ReactElement } from 'react';
import type { BlockChange, StoryComparison } from '../../shared/history/compare';
import { PARAGRAPH_MARK } from '../../shared/history/compare';

/** Props of the comparison view. */
export interface HistoryComparisonProps {
  readonly comparison: StoryComparison;
  readonly title: string;
}

const FIELD_NAMES: Record<string, string> = {
  headline: 'Headline',
  dek: 'Dek',
  byline: 'Byline',
  dateline: 'Dateline',
  slug: 'Slug',
  section: 'Section',
  tags: 'Tags',
  status: 'Status',
  wordBudget: 'Word budget',
  comments: 'Comments',
};

function Parts({
  text,
  kind,
}: {
  readonly text: string;
  readonly kind: 'ins' | 'del';
}): ReactElement {
  // The ¶ that marks a split or joined paragraph gets a spoken name.
  const pieces = text.split(PARAGRAPH_MARK);
  const Tag = kind;
  return (
    <Tag>
      <span className="visually-hidden">{kind === 'ins' ? ' [inserted: ' : ' [deleted: '}</span>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 ? <span aria-label="paragraph break">{PARAGRAPH_MARK}</span> : null}
          {piece}
        </Fragment>
      ))}
      <span className="visually-hidden">] </span>
    </Tag>
  );
}

function Block({ change }: { readonly change: BlockChange }): ReactElement | null {
  switch (change.kind) {
    case 'same':
      return <p className="cmp-same">{change.text}</p>;
    case 'added':
      return (
        <p className="cmp-block-added">
          <span className="cmp-label">Added paragraph: </span>
          <Parts text={change.text} kind="ins" />
        </p>
      );
    case 'removed':
      return (
        <p className="cmp-block-removed">
          <span className="cmp-label">Removed paragraph: </span>
          <Parts text={change.text} kind="del" />
        </p>
      );
    case 'moved-away':
      return (
        <p className="cmp-moved">
          <span className="cmp-label">Moved from here: </span>
          {change.text}
        </p>
      );
    case 'moved-here':
      return (
        <p className="cmp-moved">
          <span className="cmp-label">Moved here: </span>
          {change.text}
        </p>
      );
    case 'changed':
      return (
        <p className="cmp-changed">
          {change.formatOnly ? <span className="cmp-label">Formatting changed: </span> : null}
          {change.parts.map((part, i) =>
            part.type === 'same' ? (
              <Fragment key={i}>{part.text}</Fragment>
            ) : (
              <Parts key={i} text={part.text} kind={part.type === 'added' ? 'ins' : 'del'} />
            ),
          )}
        </p>
      );
  }
}

const CONTEXT = 1;

/**
 * Shows what changed: metadata field by field, then the body with word-level insertions and
 * deletions; runs of unchanged paragraphs collapse to a count, keeping one on each side.
 */
export function HistoryComparison({ comparison, title }: HistoryComparisonProps): ReactElement {
  const { blocks, meta } = comparison;
  const keep = blocks.map((block, i) => {
    if (block.kind !== 'same') return true;
    for (let d = -CONTEXT; d <= CONTEXT; d++)
      if (blocks[i + d] && blocks[i + d]!.kind !== 'same') return true;
    return false;
  });
  const rows: ReactElement[] = [];
  let hidden = 0;
  blocks.forEach((block, i) => {
    if (keep[i]) {
      if (hidden > 0)
        rows.push(
          <p key={`gap-${i}`} className="cmp-gap">
            … {hidden === 1 ? '1 unchanged paragraph' : `${hidden} unchanged paragraphs`} …
          </p>,
        );
      hidden = 0;
      rows.push(<Block key={i} change={block} />);
    } else hidden++;
  });
  if (hidden > 0)
    rows.push(
      <p key="gap-end" className="cmp-gap">
        … {hidden === 1 ? '1 unchanged paragraph' : `${hidden} unchanged paragraphs`} …
      </p>,
    );
  const noChange = meta.length === 0 && blocks.every((b) => b.kind === 'same');
  return (
    <section className="comparison" aria-label="Comparison">
      <h3>{title}</h3>
      <p>
        {noChange
          ? 'No differences.'
          : `${comparison.wordsAdded} words added, ${comparison.wordsRemoved} words removed.`}
      </p>
      {meta.length > 0 ? (
        <table className="cmp-meta">
          <caption>Details that changed</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {meta.map((change) => (
              <tr key={change.field}>
                <th scope="row">{FIELD_NAMES[change.field] ?? change.field}</th>
                <td>
                  <del>{change.before || '(empty)'}</del>
                </td>
                <td>
                  <ins>{change.after || '(empty)'}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="cmp-body">{rows}</div>
    </section>
  );
}
