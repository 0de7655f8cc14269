import type { ReactElement } from 'react';

/** A finding's span inside a single field, and its kind (for the underline style). */
export interface FieldMark {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
}

/**
 * Draws the checker's underlines under the text of an input or textarea: a copy of the text
 * in transparent ink, laid exactly over the field, with the findings' spans underlined.
 * Screen readers get the findings from the Findings panel and the field's description.
 */
export function FieldUnderlay({
  value,
  marks,
  multiline,
  scroll,
}: {
  readonly value: string;
  readonly marks: ReadonlyArray<FieldMark>;
  readonly multiline: boolean;
  readonly scroll: { readonly left: number; readonly top: number };
}): ReactElement | null {
  if (marks.length === 0) return null;
  const parts: ReactElement[] = [];
  let at = 0;
  const sorted = [...marks]
    .filter((m) => m.end <= value.length && m.start < m.end)
    .sort((a, b) => a.start - b.start);
  for (const mark of sorted) {
    if (mark.start < at) continue;
    if (mark.start > at) parts.push(<span key={`t${at}`}>{value.slice(at, mark.start)}</span>);
    parts.push(
      <span key={`m${mark.start}`} className={`proof proof-${mark.kind}`}>
        {value.slice(mark.start, mark.end)}
      </span>,
    );
    at = mark.end;
  }
  if (at < value.length) parts.push(<span key={`t${at}`}>{value.slice(at)}</span>);
  return (
    <div
      aria-hidden="true"
      className={`field-underlay${multiline ? ' field-underlay-multiline' : ''}`}
    >
      <div style={{ transform: `translate(${-scroll.left}px, ${-scroll.top}px)` }}>{parts}</div>
    </div>
  );
}
